import { Body, Controller, Get, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import type { FamilyActor } from '@childfirst/domain/access';
import { FamilyAccountRepository, ReferralService, type RequestContext } from '@childfirst/server';
import { CurrentFamilyActor } from '../platform/auth/access.decorators';
import { FamilyAccountGuard } from '../platform/auth/family-account.guard';
import { ApiIdempotencyKey, IdempotencyKey } from '../platform/idempotency-key';
import { RequestCtx } from '../platform/request-context';
import { FamilyHelpRequestDto, FamilyHelpRequestListDto, FamilyProfileDto, HelpRequestSubmissionDto } from './family-portal.schemas';

/**
 * The family-facing surface: its own guard, its own OpenAPI document, responses serialised through
 * family schemas (so staff-only fields cannot leak), and every query scoped to the signed-in family.
 */
@ApiTags('family')
@ApiBearerAuth()
@UseGuards(FamilyAccountGuard)
@Controller('family')
export class FamilyPortalController {
  constructor(
    private readonly referrals: ReferralService,
    private readonly accounts: FamilyAccountRepository,
  ) {}

  @Get('me')
  @ZodResponse({ status: 200, type: FamilyProfileDto })
  async getFamilyProfile(@CurrentFamilyActor() actor: FamilyActor) {
    const linked = await this.accounts.findLinkedFamily(actor.subject);
    return { displayName: actor.displayName, familyName: linked?.familyName ?? '' };
  }

  @Get('help-requests')
  @ZodResponse({ status: 200, type: FamilyHelpRequestListDto })
  async listHelpRequests(@CurrentFamilyActor() actor: FamilyActor, @RequestCtx() ctx: RequestContext) {
    return { items: await this.referrals.listFamilyHelpRequests(actor, ctx) };
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
}
