import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import type { Actor } from '@childfirst/domain/access';
import {
  appointmentRequestSchema,
  appointmentSchema,
  familyDocumentsForStaffSchema,
  familyViewsForStaffSchema,
  invitationRequestSchema,
  invitationSchema,
  staffReadingSchema,
} from '@childfirst/domain/portal';
import { FamilySubmissionsService, StaffPortalService, type RequestContext } from '@childfirst/server';
import { CurrentActor, RequireCapability } from '../platform/auth/access.decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../platform/idempotency-key';
import { RequestCtx } from '../platform/request-context';
import { createZodDto } from '../platform/openapi/zod-dto';
import { NewThreadDto, ReplyDto, ThreadDto, ThreadListDto } from './family-portal.schemas';

const uuidParam = (what: string) => z.uuid({ error: `The ${what} id must be a UUID` });
class CaseParamsDto extends createZodDto(z.object({ id: uuidParam('case') })) {}
class CaseThreadParamsDto extends createZodDto(z.object({ id: uuidParam('case'), threadId: uuidParam('conversation') })) {}
class CaseAttachmentParamsDto extends createZodDto(z.object({ id: uuidParam('case'), attachmentId: uuidParam('file') })) {}
class InvitationRequestDto extends createZodDto(invitationRequestSchema) {}
class InvitationDto extends createZodDto(invitationSchema) {}
class AppointmentRequestDto extends createZodDto(appointmentRequestSchema) {}
class AppointmentDto extends createZodDto(appointmentSchema) {}
class CaseDocumentParamsDto extends createZodDto(z.object({ id: uuidParam('case'), documentId: uuidParam('document') })) {}
class CaseViewParamsDto extends createZodDto(z.object({ id: uuidParam('case'), viewId: uuidParam('view') })) {}
class FamilyDocumentsForStaffDto extends createZodDto(familyDocumentsForStaffSchema) {}
class FamilyViewsForStaffDto extends createZodDto(familyViewsForStaffSchema) {}
class StaffReadingDto extends createZodDto(staffReadingSchema) {}

/** The family portal from the staff side: messages with the family, what the family shared (documents, views), invitations to link, appointments. */
@ApiTags('family portal (staff)')
@ApiBearerAuth()
@Controller('staff/cases/:id')
export class StaffPortalController {
  constructor(
    private readonly portal: StaffPortalService,
    private readonly submissions: FamilySubmissionsService,
  ) {}

  @Get('messages')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: ThreadListDto })
  threads(@CurrentActor() actor: Actor, @Param() params: CaseParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.portal.threads(actor, params.id, ctx);
  }

  @Get('messages/:threadId')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: ThreadDto })
  thread(@CurrentActor() actor: Actor, @Param() params: CaseThreadParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.portal.thread(actor, params.id, params.threadId, ctx);
  }

  @Post('messages/:threadId/read')
  @HttpCode(204)
  @RequireCapability('case:write-notes')
  async markRead(@CurrentActor() actor: Actor, @Param() params: CaseThreadParamsDto, @RequestCtx() ctx: RequestContext) {
    await this.portal.markRead(actor, params.id, params.threadId, ctx);
  }

  @Post('messages')
  @RequireCapability('case:write-notes')
  @ApiIdempotencyKey('message')
  @ZodResponse({ status: 201, type: ThreadDto })
  startThread(@CurrentActor() actor: Actor, @Param() params: CaseParamsDto, @Body() body: NewThreadDto, @IdempotencyKey() key: string, @RequestCtx() ctx: RequestContext) {
    return this.portal.startThread(actor, params.id, body, key, ctx);
  }

  @Post('messages/:threadId/replies')
  @RequireCapability('case:write-notes')
  @ApiIdempotencyKey('message')
  @ZodResponse({ status: 201, type: ThreadDto })
  reply(@CurrentActor() actor: Actor, @Param() params: CaseThreadParamsDto, @Body() body: ReplyDto, @IdempotencyKey() key: string, @RequestCtx() ctx: RequestContext) {
    return this.portal.reply(actor, params.id, params.threadId, body, key, ctx);
  }

  @Get('attachments/:attachmentId')
  @RequireCapability('record:view')
  async download(@CurrentActor() actor: Actor, @Param() params: CaseAttachmentParamsDto, @RequestCtx() ctx: RequestContext, @Res() reply: FastifyReply) {
    const file = await this.portal.attachment(actor, params.id, params.attachmentId, ctx);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  }

  @Get('family-documents')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: FamilyDocumentsForStaffDto, description: 'Documents the family uploaded in the portal, newest first; the file: GET attachments/:attachmentId' })
  familyDocuments(@CurrentActor() actor: Actor, @Param() params: CaseParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.submissions.documents(actor, params.id, ctx);
  }

  @Post('family-documents/:documentId/read')
  @HttpCode(200)
  @RequireCapability('case:write-notes')
  @ZodResponse({ status: 200, type: StaffReadingDto, description: 'Who first read it, and when (marking it again keeps the first reading)' })
  markFamilyDocumentRead(@CurrentActor() actor: Actor, @Param() params: CaseDocumentParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.submissions.markRead(actor, params.id, 'document', params.documentId, ctx);
  }

  @Get('family-views')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: FamilyViewsForStaffDto, description: 'The views of the children and parents given in the portal, newest first' })
  familyViews(@CurrentActor() actor: Actor, @Param() params: CaseParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.submissions.views(actor, params.id, ctx);
  }

  @Post('family-views/:viewId/read')
  @HttpCode(200)
  @RequireCapability('case:write-notes')
  @ZodResponse({ status: 200, type: StaffReadingDto, description: 'Who first read it, and when (marking it again keeps the first reading)' })
  markFamilyViewRead(@CurrentActor() actor: Actor, @Param() params: CaseViewParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.submissions.markRead(actor, params.id, 'view', params.viewId, ctx);
  }

  @Post('invitations')
  @RequireCapability('case:write-notes')
  @ZodResponse({ status: 201, type: InvitationDto, description: 'The code is in this answer only; it can be used once, within 14 days' })
  invite(@CurrentActor() actor: Actor, @Param() params: CaseParamsDto, @Body() body: InvitationRequestDto, @RequestCtx() ctx: RequestContext) {
    return this.portal.invite(actor, params.id, body.personId, ctx);
  }

  @Post('appointments')
  @RequireCapability('case:write-notes')
  @ZodResponse({ status: 201, type: AppointmentDto })
  addAppointment(@CurrentActor() actor: Actor, @Param() params: CaseParamsDto, @Body() body: AppointmentRequestDto, @RequestCtx() ctx: RequestContext) {
    return this.portal.addAppointment(actor, params.id, body, ctx);
  }
}
