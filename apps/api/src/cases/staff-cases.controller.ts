import { Body, Controller, Get, Headers, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse, ZodValidationException } from 'nestjs-zod';
import type { Actor } from '@childfirst/domain/access';
import { agencies } from '@childfirst/domain/agencies';
import { idempotencyKeySchema } from '@childfirst/domain/referrals';
import { CaseAccessService, CaseRecordService, PractitionerRepository, labelOf, type RequestContext } from '@childfirst/server';
import { CurrentActor, RequireCapability } from '../platform/auth/access.decorators';
import { RequestCtx } from '../platform/request-context';
import {
  BreakGlassGrantedDto,
  BreakGlassRequestDto,
  CaseIdParamsDto,
  CaseNoteDto,
  CaseNoteSubmissionDto,
  CaseNotesDto,
  CaseWorkspaceDto,
  CaseloadDto,
  ChronologyDto,
  ChronologyQueryDto,
  KeyWorkerChangeDto,
  PractitionerListDto,
  PractitionerQueryDto,
} from './staff-cases.schemas';

const asList = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

@ApiTags('cases')
@ApiBearerAuth()
@Controller('staff')
export class StaffCasesController {
  constructor(
    private readonly cases: CaseRecordService,
    private readonly access: CaseAccessService,
    private readonly practitioners: PractitionerRepository,
  ) {}

  @Get('caseload')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: CaseloadDto })
  getCaseload(@CurrentActor() actor: Actor) {
    return this.cases.caseload(actor);
  }

  @Get('practitioners')
  @RequireCapability('case:assign-key-worker')
  @ZodResponse({ status: 200, type: PractitionerListDto })
  async listPractitioners(@Query() query: PractitionerQueryDto) {
    const found = await this.practitioners.searchByName(query.name);
    return { items: found.map(({ teamId: _teamId, ...p }) => ({ ...p, agencyLabel: labelOf(agencies, p.agency) })) };
  }

  @Get('cases/:id')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: CaseWorkspaceDto })
  getCase(@CurrentActor() actor: Actor, @Param() params: CaseIdParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.cases.getWorkspace(actor, params.id, ctx);
  }

  @Get('cases/:id/chronology')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: ChronologyDto })
  getChronology(@CurrentActor() actor: Actor, @Param() params: CaseIdParamsDto, @Query() query: ChronologyQueryDto, @RequestCtx() ctx: RequestContext) {
    return this.cases.getChronology(actor, params.id, { agencies: asList(query.agency), eventTypes: asList(query.eventType) }, ctx);
  }

  @Get('cases/:id/notes')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: CaseNotesDto })
  listCaseNotes(@CurrentActor() actor: Actor, @Param() params: CaseIdParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.cases.listNotes(actor, params.id, ctx);
  }

  @Post('cases/:id/notes')
  @RequireCapability('case:write-notes')
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'One value per note form; resend it when retrying.' })
  @ZodResponse({ status: 201, type: CaseNoteDto })
  async addCaseNote(
    @CurrentActor() actor: Actor,
    @Param() params: CaseIdParamsDto,
    @Body() note: CaseNoteSubmissionDto,
    @Headers('idempotency-key') idempotencyKeyHeader: string | undefined,
    @RequestCtx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const key = idempotencyKeySchema.safeParse(idempotencyKeyHeader);
    if (!key.success) throw new ZodValidationException(key.error);
    const { note: stored, created } = await this.cases.addNote(actor, params.id, note, key.data, ctx);
    if (!created) void reply.status(200);
    return stored;
  }

  @Put('cases/:id/key-worker')
  @RequireCapability('case:assign-key-worker')
  @ZodResponse({ status: 200, type: CaseWorkspaceDto })
  changeKeyWorker(@CurrentActor() actor: Actor, @Param() params: CaseIdParamsDto, @Body() change: KeyWorkerChangeDto, @RequestCtx() ctx: RequestContext) {
    return this.cases.assignKeyWorker(actor, params.id, change.practitionerId, change.version, ctx);
  }

  @Post('cases/:id/break-glass')
  @RequireCapability('case:break-glass')
  @ZodResponse({ status: 201, type: BreakGlassGrantedDto })
  async openBreakGlass(@CurrentActor() actor: Actor, @Param() params: CaseIdParamsDto, @Body() request: BreakGlassRequestDto, @RequestCtx() ctx: RequestContext) {
    const { expiresAt } = await this.access.openBreakGlass(actor, params.id, request.reason, ctx.now);
    return { expiresAt: expiresAt.toISOString() };
  }
}
