import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import type { Actor } from '@childfirst/domain/access';
import { draftFromProfessional } from '@childfirst/domain/referrals';
import { CaseAccessService, FrontDoorActivitiesService, FrontDoorService, type RequestContext } from '@childfirst/server';
import { DomainError } from '@childfirst/domain/errors';
import { z } from 'zod';
import { createZodDto } from '../platform/openapi/zod-dto';
import { CurrentActor, RequireCapability } from '../platform/auth/access.decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../platform/idempotency-key';
import { RequestCtx } from '../platform/request-context';
import { ApiIfMatch, IfMatchVersion } from './if-match';
import {
  AgencyTaskListDto,
  AlertIdParamsDto,
  FrontDoorQueueDto,
  FrontDoorReferralDto,
  InformationGatheringDto,
  InformationRequestDto,
  InformationRequestIdParamsDto,
  InformationResponseDto,
  PreventionAlertDto,
  ProfessionalReferralDto,
  ReferralAssigneeDto,
  ReferralIdParamsDto,
  SubjectMatchDto,
  SubjectParamsDto,
  TriageDecisionDto,
  TriageQueueQueryDto,
} from './staff-referrals.schemas';

class FamilyToldDto extends createZodDto(z.object({ familyToldAt: z.iso.datetime({ offset: true }) })) {}

/** The front door for staff: make a referral, the triage queue, the referral page and its commands. */
@ApiTags('referrals')
@ApiBearerAuth()
@Controller('staff')
export class StaffReferralsController {
  constructor(
    private readonly frontDoor: FrontDoorService,
    private readonly activities: FrontDoorActivitiesService,
    private readonly access: CaseAccessService,
  ) {}

  /**
   * After a strategy discussion the family is not told automatically: a social worker (or their
   * manager) with a relationship to the family's case records that telling them is safe, and the
   * outcome's family message goes to the portal then. Saying it again changes nothing.
   */
  @Post('referrals/:id/tell-family')
  @HttpCode(200)
  @RequireCapability('referral:tell-family')
  @ZodResponse({ status: 200, type: FamilyToldDto, description: 'The family has been sent the outcome message (once)' })
  async tellFamily(@CurrentActor() actor: Actor, @Param() params: ReferralIdParamsDto, @RequestCtx() ctx: RequestContext) {
    const caseId = await this.activities.familyCaseOf(params.id);
    if (!caseId) throw new DomainError('REFERRAL_NOT_FOUND', 'There is no referral with that id about a family with a case, or you do not have access to it.');
    await this.access.requireCase(actor, caseId, ctx.now);
    return this.activities.tellFamilyAfterStrategyDiscussion(params.id, actor, ctx.now);
  }

  @Post('referrals')
  @RequireCapability('record:view')
  @ApiIdempotencyKey('referral form')
  @ZodResponse({ status: 201, type: FrontDoorReferralDto, description: 'The referral as the front door sees it (200 when the same Idempotency-Key is resent)' })
  async makeReferral(
    @CurrentActor() actor: Actor,
    @Body() body: ProfessionalReferralDto,
    @IdempotencyKey() idempotencyKey: string,
    @RequestCtx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { referral, created } = await this.frontDoor.createReferral(draftFromProfessional(body, actor.displayName), actor, idempotencyKey, ctx);
    if (!created) void reply.status(200);
    return this.frontDoor.referralForReferrer(referral.id, ctx.now);
  }

  @Get('referrals')
  @RequireCapability('referral:triage:view')
  @ZodResponse({ status: 200, type: FrontDoorQueueDto })
  listReferrals(@CurrentActor() actor: Actor, @Query() query: TriageQueueQueryDto, @RequestCtx() ctx: RequestContext) {
    return this.frontDoor.queue(actor, query, ctx);
  }

  @Get('referrals/:id')
  @RequireCapability('referral:triage:view')
  @ZodResponse({ status: 200, type: FrontDoorReferralDto })
  getReferral(@CurrentActor() actor: Actor, @Param() params: ReferralIdParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.frontDoor.getReferral(actor, params.id, ctx);
  }

  @Post('referrals/:id/information-gathering')
  @HttpCode(200)
  @RequireCapability('referral:triage:decide')
  @ApiIfMatch()
  @ZodResponse({ status: 200, type: FrontDoorReferralDto, description: 'Priority set; each agency asked once, with its deadline' })
  gatherInformation(@CurrentActor() actor: Actor, @Param() params: ReferralIdParamsDto, @Body() body: InformationGatheringDto, @IfMatchVersion() version: number | null, @RequestCtx() ctx: RequestContext) {
    return this.frontDoor.gatherInformation(actor, params.id, body, version, ctx);
  }

  @Post('referrals/:id/decision')
  @HttpCode(200)
  @RequireCapability('referral:triage:decide')
  @ApiIfMatch()
  @ZodResponse({ status: 200, type: FrontDoorReferralDto })
  decideReferral(@CurrentActor() actor: Actor, @Param() params: ReferralIdParamsDto, @Body() decision: TriageDecisionDto, @IfMatchVersion() version: number | null, @RequestCtx() ctx: RequestContext) {
    return this.frontDoor.decide(actor, params.id, decision, version, ctx);
  }

  @Post('referrals/:id/assignee')
  @HttpCode(200)
  @RequireCapability('referral:triage:decide')
  @ApiIfMatch()
  @ZodResponse({ status: 200, type: FrontDoorReferralDto })
  assign(@CurrentActor() actor: Actor, @Param() params: ReferralIdParamsDto, @Body() body: ReferralAssigneeDto, @IfMatchVersion() version: number | null, @RequestCtx() ctx: RequestContext) {
    return this.frontDoor.assign(actor, params.id, body.practitionerId, version, ctx);
  }

  @Post('referrals/:id/subjects/:subjectId/match')
  @HttpCode(200)
  @RequireCapability('referral:triage:decide')
  @ZodResponse({ status: 200, type: FrontDoorReferralDto, description: 'The child matched to their record; related referrals and prevention alerts updated' })
  matchSubject(@CurrentActor() actor: Actor, @Param() params: SubjectParamsDto, @Body() body: SubjectMatchDto, @RequestCtx() ctx: RequestContext) {
    return this.frontDoor.matchSubject(actor, params.id, params.subjectId, body.personId, ctx, (id) => this.activities.screenReferral(id));
  }

  @Post('prevention-alerts/:id/acknowledge')
  @HttpCode(200)
  @RequireCapability('referral:triage:decide')
  @ZodResponse({ status: 200, type: PreventionAlertDto })
  acknowledgeAlert(@CurrentActor() actor: Actor, @Param() params: AlertIdParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.frontDoor.acknowledgeAlert(actor, params.id, ctx);
  }

  @Get('information-requests')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: AgencyTaskListDto, description: 'Open information requests for the signed-in practitioner’s agency' })
  listAgencyTasks(@CurrentActor() actor: Actor, @RequestCtx() ctx: RequestContext) {
    return this.frontDoor.agencyTasks(actor, ctx);
  }

  @Post('information-requests/:id/response')
  @HttpCode(200)
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: InformationRequestDto })
  answer(@CurrentActor() actor: Actor, @Param() params: InformationRequestIdParamsDto, @Body() body: InformationResponseDto, @RequestCtx() ctx: RequestContext) {
    return this.frontDoor.answerInformationRequest(actor, params.id, body, ctx);
  }
}
