import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ZodResponse, ZodValidationException } from 'nestjs-zod';
import type { Actor } from '@childfirst/domain/access';
import { ReferralService, type RequestContext } from '@childfirst/server';
import { CurrentActor, RequireCapability } from '../platform/auth/access.decorators';
import { RequestCtx } from '../platform/request-context';
import {
  ReferralDetailDto,
  ReferralIdParamsDto,
  TriageDecisionDto,
  TriageQueueDto,
  TriageQueueQueryDto,
  ifMatchVersionSchema,
} from './staff-referrals.schemas';

@ApiTags('referrals')
@ApiBearerAuth()
@Controller('staff/referrals')
export class StaffReferralsController {
  constructor(private readonly referrals: ReferralService) {}

  @Get()
  @RequireCapability('referral:triage:view')
  @ZodResponse({ status: 200, type: TriageQueueDto })
  async listReferrals(@CurrentActor() actor: Actor, @Query() query: TriageQueueQueryDto, @RequestCtx() ctx: RequestContext) {
    return { items: await this.referrals.listTriageQueue(actor, query.status, ctx) };
  }

  @Get(':id')
  @RequireCapability('referral:triage:view')
  @ZodResponse({ status: 200, type: ReferralDetailDto })
  getReferral(@CurrentActor() actor: Actor, @Param() params: ReferralIdParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.referrals.getReferral(actor, params.id, ctx);
  }

  @Post(':id/decision')
  @HttpCode(200)
  @RequireCapability('referral:triage:decide')
  @ApiHeader({ name: 'If-Match', required: false, description: 'The referral version the decision maker saw, e.g. "3".' })
  @ZodResponse({ status: 200, type: ReferralDetailDto })
  decideReferral(
    @CurrentActor() actor: Actor,
    @Param() params: ReferralIdParamsDto,
    @Body() decision: TriageDecisionDto,
    @Headers('if-match') ifMatch: string | undefined,
    @RequestCtx() ctx: RequestContext,
  ) {
    const version = ifMatchVersionSchema.safeParse(ifMatch);
    if (!version.success) throw new ZodValidationException(version.error);
    return this.referrals.decideReferral(actor, params.id, decision, version.data ?? null, ctx);
  }
}
