import { Body, Controller, Post, Res, UseGuards } from '@nestjs/common';
import { ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Throttle, ThrottlerGuard } from '@nestjs/throttler';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import { draftFromPublic } from '@childfirst/domain/referrals';
import { FrontDoorService, PUBLIC_SUBMITTER, loadServerConfig, type RequestContext } from '@childfirst/server';
import { Public } from '../platform/auth/access.decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../platform/idempotency-key';
import { RequestCtx } from '../platform/request-context';
import { PublicConcernDto, PublicConcernReceiptDto } from '../referrals/staff-referrals.schemas';

let rateLimit: number | undefined;
/** PUBLIC_CONCERN_RATE_LIMIT, read once (validated with the rest of the configuration at start-up). */
function publicConcernRateLimit(): number {
  rateLimit ??= loadServerConfig().PUBLIC_CONCERN_RATE_LIMIT;
  return rateLimit;
}

/**
 * Anyone can report a concern about a child, without an account (PRODUCT.md: the public reach the
 * front door through the family portal). The answer is a reference and what happens next, nothing
 * about the child or family. Limited per address so the door cannot be flooded.
 */
@ApiTags('public')
@Controller('public')
@UseGuards(ThrottlerGuard)
export class PublicConcernsController {
  constructor(private readonly frontDoor: FrontDoorService) {}

  @Post('concerns')
  @Public()
  @Throttle({ default: { limit: () => publicConcernRateLimit(), ttl: 10 * 60_000 } })
  @ApiIdempotencyKey('concern form')
  @ApiTooManyRequestsResponse({ description: 'Too many reports from this address in 10 minutes' })
  @ZodResponse({ status: 201, type: PublicConcernReceiptDto, description: 'Received (200 when the same Idempotency-Key is resent)' })
  async reportConcern(@Body() body: PublicConcernDto, @IdempotencyKey() idempotencyKey: string, @RequestCtx() ctx: RequestContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const { referral, created } = await this.frontDoor.createReferral(draftFromPublic(body), { subject: PUBLIC_SUBMITTER, displayName: 'Member of the public' }, idempotencyKey, ctx);
    if (!created) void reply.status(200);
    return {
      reference: referral.id.slice(0, 8).toUpperCase(),
      receivedAt: referral.receivedAt.toISOString(),
      message:
        'Thank you for telling us. Our front door team looks at every concern within one working day. ' +
        (body.anonymous ? 'You chose not to give your details, so we cannot contact you.' : 'We will contact you only if we need to know more.') +
        ' We cannot tell you what happens to the child or their family: this is to protect their privacy.',
    };
  }
}
