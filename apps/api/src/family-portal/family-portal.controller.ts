import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import type { Actor, FamilyActor } from '@childfirst/domain/access';
import { PortalService, ReferralService, type PortalAccount, type RequestContext } from '@childfirst/server';
import { AllowUnlinked, CurrentActor, CurrentFamilyActor, CurrentPortalAccount } from '../platform/auth/access.decorators';
import { FamilyAccountGuard } from '../platform/auth/family-account.guard';
import { ApiIdempotencyKey, IdempotencyKey } from '../platform/idempotency-key';
import { RequestCtx } from '../platform/request-context';
import {
  AttachmentDto,
  AttachmentParamsDto,
  ChangeOfCircumstancesDto,
  ChangeReceiptDto,
  ConsentParamsDto,
  DocumentDto,
  DocumentListDto,
  DocumentUploadDto,
  FamilyConsentListDto,
  FamilyHelpRequestDto,
  FamilyHelpRequestListDto,
  FamilyHomeDto,
  FamilyMeDto,
  FamilyViewDto,
  FamilyViewListDto,
  HelpRequestSubmissionDto,
  LinkAccountDto,
  NewThreadDto,
  ReplyDto,
  ThreadDto,
  ThreadListDto,
  ThreadParamsDto,
  ViewSubmissionDto,
} from './family-portal.schemas';
import { readUploadedFile } from './file-upload';

/**
 * The family-facing surface: its own guard, its own OpenAPI document, responses serialised through
 * family schemas (so staff-only fields cannot leak), and every query scoped to the signed-in family
 * (a young person's own account to themselves), never to an id the caller sends.
 */
@ApiTags('family')
@ApiBearerAuth()
@UseGuards(FamilyAccountGuard)
@Controller('family')
export class FamilyPortalController {
  constructor(
    private readonly referrals: ReferralService,
    private readonly portal: PortalService,
  ) {}

  @Get('me')
  @AllowUnlinked()
  @ZodResponse({ status: 200, type: FamilyMeDto, description: 'Who is signed in, and whether their account is linked to a family yet' })
  getMe(@CurrentActor() actor: Actor) {
    return this.portal.me(actor);
  }

  @Post('link')
  @AllowUnlinked()
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @Throttle({ default: { limit: 10, ttl: 15 * 60_000 } })
  @ZodResponse({ status: 200, type: FamilyMeDto, description: 'Linked with the key worker’s single-use invitation code' })
  link(@CurrentActor() actor: Actor, @Body() body: LinkAccountDto, @RequestCtx() ctx: RequestContext) {
    return this.portal.link({ subject: actor.subject, displayName: actor.displayName, email: actor.email ?? null }, body.code, ctx);
  }

  @Get('home')
  @ZodResponse({ status: 200, type: FamilyHomeDto })
  home(@CurrentPortalAccount() account: PortalAccount, @RequestCtx() ctx: RequestContext) {
    return this.portal.home(account, ctx);
  }

  @Get('help-requests')
  @ZodResponse({ status: 200, type: FamilyHelpRequestListDto })
  async listHelpRequests(@CurrentPortalAccount() account: PortalAccount, @RequestCtx() ctx: RequestContext) {
    return { items: await this.portal.helpRequests(account, ctx) };
  }

  @Post('help-requests')
  @ApiIdempotencyKey()
  @ZodResponse({ status: 201, type: FamilyHelpRequestDto })
  async submitHelpRequest(
    @CurrentFamilyActor() actor: FamilyActor,
    @Body() submission: HelpRequestSubmissionDto,
    @IdempotencyKey() idempotencyKey: string,
    @RequestCtx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { request, created } = await this.referrals.submitFamilyHelpRequest(actor, submission, idempotencyKey, ctx);
    // A replay answers 200 with the original request, so clients can tell it was not recorded twice.
    if (!created) void reply.status(200);
    return request;
  }

  @Post('changes')
  @ApiIdempotencyKey('change form')
  @ZodResponse({ status: 201, type: ChangeReceiptDto, description: 'Received by the front door (the same key again: the same change)' })
  reportChange(@CurrentPortalAccount() account: PortalAccount, @Body() body: ChangeOfCircumstancesDto, @IdempotencyKey() idempotencyKey: string, @RequestCtx() ctx: RequestContext) {
    return this.portal.reportChange(account, body, idempotencyKey, ctx);
  }

  // ─── Messages ──────────────────────────────────────────────────────────────────────────────────

  @Get('messages')
  @ZodResponse({ status: 200, type: ThreadListDto })
  threads(@CurrentPortalAccount() account: PortalAccount) {
    return this.portal.familyThreads(account);
  }

  @Get('messages/:threadId')
  @ZodResponse({ status: 200, type: ThreadDto })
  thread(@CurrentPortalAccount() account: PortalAccount, @Param() params: ThreadParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.portal.familyThread(account, params.threadId, ctx);
  }

  @Post('messages')
  @ApiIdempotencyKey('message')
  @ZodResponse({ status: 201, type: ThreadDto })
  startThread(@CurrentPortalAccount() account: PortalAccount, @Body() body: NewThreadDto, @IdempotencyKey() idempotencyKey: string, @RequestCtx() ctx: RequestContext) {
    const owner = account.accountKind === 'young-person' ? account.personId : null;
    return this.portal.startThread(account.familyId, owner, body, { kind: 'family', subject: account.subject, name: account.displayName }, idempotencyKey, ctx);
  }

  @Post('messages/:threadId/replies')
  @ApiIdempotencyKey('message')
  @ZodResponse({ status: 201, type: ThreadDto })
  replyToThread(@CurrentPortalAccount() account: PortalAccount, @Param() params: ThreadParamsDto, @Body() body: ReplyDto, @IdempotencyKey() idempotencyKey: string, @RequestCtx() ctx: RequestContext) {
    return this.portal.familyReply(account, params.threadId, body, idempotencyKey, ctx);
  }

  @Post('messages/:threadId/read')
  @HttpCode(204)
  async markRead(@CurrentPortalAccount() account: PortalAccount, @Param() params: ThreadParamsDto, @RequestCtx() ctx: RequestContext) {
    await this.portal.familyMarkRead(account, params.threadId, ctx.now);
  }

  // ─── Files and documents ───────────────────────────────────────────────────────────────────────

  @Post('attachments')
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'PDF, JPEG, PNG or Word document, 10 MB or smaller' } } } })
  @ZodResponse({ status: 201, type: AttachmentDto })
  async upload(@CurrentPortalAccount() account: PortalAccount, @Req() request: FastifyRequest, @RequestCtx() ctx: RequestContext) {
    return this.portal.uploadAttachment(account, await readUploadedFile(request), ctx);
  }

  @Get('attachments/:id')
  async download(@CurrentPortalAccount() account: PortalAccount, @Param() params: AttachmentParamsDto, @Res() reply: FastifyReply) {
    const file = await this.portal.familyAttachment(account, params.id);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${encodeURIComponent(file.fileName)}"`)
      .header('x-content-type-options', 'nosniff')
      .send(file.content);
  }

  @Get('documents')
  @ZodResponse({ status: 200, type: DocumentListDto })
  documents(@CurrentPortalAccount() account: PortalAccount) {
    return this.portal.documents(account);
  }

  @Post('documents')
  @ZodResponse({ status: 201, type: DocumentDto })
  addDocument(@CurrentPortalAccount() account: PortalAccount, @Body() body: DocumentUploadDto, @RequestCtx() ctx: RequestContext) {
    return this.portal.addDocument(account, body.title, body.attachmentId, ctx);
  }

  // ─── Views and consent ─────────────────────────────────────────────────────────────────────────

  @Get('views')
  @ZodResponse({ status: 200, type: FamilyViewListDto })
  views(@CurrentPortalAccount() account: PortalAccount) {
    return this.portal.views(account);
  }

  @Post('views')
  @ZodResponse({ status: 201, type: FamilyViewDto })
  addView(@CurrentPortalAccount() account: PortalAccount, @Body() body: ViewSubmissionDto, @RequestCtx() ctx: RequestContext) {
    return this.portal.addView(account, body, ctx);
  }

  @Get('consents')
  @ZodResponse({ status: 200, type: FamilyConsentListDto })
  consents(@CurrentPortalAccount() account: PortalAccount) {
    return this.portal.consents(account);
  }

  @Post('consents/:id/withdraw')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: FamilyConsentListDto, description: 'Withdrawn: staff of that agency lose access at once' })
  withdrawConsent(@CurrentPortalAccount() account: PortalAccount, @Param() params: ConsentParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.portal.withdrawConsent(account, params.id, ctx);
  }
}
