import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import type { Actor } from '@childfirst/domain/access';
import type { CaseStatus } from '@childfirst/domain/cases';
import { agencies, practitionerRoles } from '@childfirst/domain/agencies';
import { CaseAccessService, CaseRecordKeepingService, CaseRecordService, PractitionerRepository, labelOf, type RequestContext } from '@childfirst/server';
import { CurrentActor, RequireCapability } from '../platform/auth/access.decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../platform/idempotency-key';
import { RequestCtx } from '../platform/request-context';
import {
  BreakGlassGrantedDto,
  BreakGlassRequestDto,
  CaseIdParamsDto,
  CaseStatusEndDto,
  CaseStatusParamsDto,
  CaseStatusSubmissionDto,
  ChronologyEntryDto,
  ConsentOverrideSubmissionDto,
  ConsentParamsDto,
  ConsentRecordDto,
  ConsentWithdrawalDto,
  CuratedChronologyEntryDto,
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
    private readonly recordKeeping: CaseRecordKeepingService,
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
    return { items: found.map(({ teamId: _teamId, ...p }) => ({ ...p, agencyLabel: labelOf(agencies, p.agency), jobRoleLabel: labelOf(practitionerRoles, p.jobRole) })) };
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
  @ApiIdempotencyKey()
  @ZodResponse({ status: 201, type: CaseNoteDto })
  async addCaseNote(
    @CurrentActor() actor: Actor,
    @Param() params: CaseIdParamsDto,
    @Body() note: CaseNoteSubmissionDto,
    @IdempotencyKey() idempotencyKey: string,
    @RequestCtx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { note: stored, created } = await this.cases.addNote(actor, params.id, note, idempotencyKey, ctx);
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

  @Post('cases/:id/chronology')
  @RequireCapability('case:write-notes')
  @ApiIdempotencyKey('chronology entry form')
  @ZodResponse({ status: 201, type: ChronologyEntryDto, description: 'The entry added (200 when the same Idempotency-Key is resent)' })
  async addChronologyEntry(
    @CurrentActor() actor: Actor,
    @Param() params: CaseIdParamsDto,
    @Body() entry: CuratedChronologyEntryDto,
    @IdempotencyKey() idempotencyKey: string,
    @RequestCtx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { entry: stored, created } = await this.recordKeeping.addChronologyEntry(actor, params.id, entry, idempotencyKey, ctx);
    if (!created) void reply.status(200);
    return { ...stored, source: 'curated' as const };
  }

  @Post('cases/:id/consents')
  @RequireCapability('case:record-consent')
  @ApiIdempotencyKey('consent form')
  @ZodResponse({ status: 201, type: CaseWorkspaceDto, description: 'The case with the consent recorded (200 when the same Idempotency-Key is resent)' })
  async recordConsent(
    @CurrentActor() actor: Actor,
    @Param() params: CaseIdParamsDto,
    @Body() consent: ConsentRecordDto,
    @IdempotencyKey() idempotencyKey: string,
    @RequestCtx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created } = await this.recordKeeping.recordConsent(actor, params.id, consent, idempotencyKey, ctx);
    if (!created) void reply.status(200);
    return this.cases.getWorkspace(actor, params.id, ctx);
  }

  @Post('cases/:id/consents/:consentId/withdraw')
  @RequireCapability('case:record-consent')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: CaseWorkspaceDto, description: 'The case with the consent withdrawn: effective at once' })
  async withdrawConsent(@CurrentActor() actor: Actor, @Param() params: ConsentParamsDto, @Body() body: ConsentWithdrawalDto, @RequestCtx() ctx: RequestContext) {
    await this.recordKeeping.withdrawConsent(actor, params.id, params.consentId, body.note, ctx);
    return this.cases.getWorkspace(actor, params.id, ctx);
  }

  @Post('cases/:id/consent-overrides')
  @RequireCapability('case:override-consent')
  @ZodResponse({ status: 201, type: CaseWorkspaceDto, description: 'The case with the sharing recorded; recording the same agency again adds nothing' })
  async overrideConsent(@CurrentActor() actor: Actor, @Param() params: CaseIdParamsDto, @Body() body: ConsentOverrideSubmissionDto, @RequestCtx() ctx: RequestContext) {
    await this.recordKeeping.overrideConsent(actor, params.id, body, ctx);
    return this.cases.getWorkspace(actor, params.id, ctx);
  }

  @Post('cases/:id/statuses')
  @RequireCapability('case:record-status')
  @ZodResponse({ status: 201, type: CaseWorkspaceDto })
  async startStatus(@CurrentActor() actor: Actor, @Param() params: CaseIdParamsDto, @Body() body: CaseStatusSubmissionDto, @RequestCtx() ctx: RequestContext) {
    await this.recordKeeping.startStatus(actor, params.id, body as unknown as CaseStatus, ctx);
    return this.cases.getWorkspace(actor, params.id, ctx);
  }

  @Post('cases/:id/statuses/:statusId/end')
  @RequireCapability('case:record-status')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: CaseWorkspaceDto })
  async endStatus(@CurrentActor() actor: Actor, @Param() params: CaseStatusParamsDto, @Body() body: CaseStatusEndDto, @RequestCtx() ctx: RequestContext) {
    await this.recordKeeping.endStatus(actor, params.id, params.statusId, body.endedOn, ctx);
    return this.cases.getWorkspace(actor, params.id, ctx);
  }
}
