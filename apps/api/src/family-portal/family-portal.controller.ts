import { Body, Controller, Get, Headers, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse, ZodValidationException } from 'nestjs-zod';
import type { FamilyActor } from '@childfirst/domain/access';
import { idempotencyKeySchema } from '@childfirst/domain/referrals';
import { FamilyAccountRepository, ReferralService, type RequestContext } from '@childfirst/server';
import { CurrentFamilyActor } from '../platform/auth/access.decorators';
import { FamilyAccountGuard } from '../platform/auth/family-account.guard';
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
  @ApiHeader({ name: 'Idempotency-Key', required: true, description: 'One value per form; resend it when retrying so the request is recorded once.' })
  @ZodResponse({ status: 201, type: FamilyHelpRequestDto })
  async submitHelpRequest(
    @CurrentFamilyActor() actor: FamilyActor,
    @Body() submission: HelpRequestSubmissionDto,
    @Headers('idempotency-key') idempotencyKeyHeader: string | undefined,
    @RequestCtx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const idempotencyKey = idempotencyKeySchema.safeParse(idempotencyKeyHeader);
    if (!idempotencyKey.success) throw new ZodValidationException(idempotencyKey.error);
    const { request, created } = await this.referrals.submitFamilyHelpRequest(actor, submission, idempotencyKey.data, ctx);
    // A replay answers 200 with the original request, so clients can tell it was not recorded twice.
    if (!created) void reply.status(200);
    return request;
  }
}
