import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import type { Actor } from '@childfirst/domain/access';
import { draftFromAgencyNotification, type AgencyNotification } from '@childfirst/domain/referrals';
import { FrontDoorService, type RequestContext } from '@childfirst/server';
import { CurrentActor, RequireCapability } from '../platform/auth/access.decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../platform/idempotency-key';
import { RequestCtx } from '../platform/request-context';
import { AgencyNotificationDto, AgencyNotificationReceiptDto } from '../referrals/staff-referrals.schemas';

/**
 * Partner agency systems (police, health, schools) send notifications with a client-credentials
 * token holding the partner-system role: a police notification, a health visitor's new-birth
 * concern, a school attendance alert. Each becomes a referral at the front door; the system reads nothing back.
 */
@ApiTags('agency')
@ApiBearerAuth()
@Controller('agency')
export class AgencyNotificationsController {
  constructor(private readonly frontDoor: FrontDoorService) {}

  @Post('notifications')
  @RequireCapability('referral:notify')
  @ApiIdempotencyKey('notification (e.g. the sending system’s message id)')
  @ZodResponse({ status: 201, type: AgencyNotificationReceiptDto, description: 'Received (200 when the same Idempotency-Key is resent)' })
  async notify(@CurrentActor() actor: Actor, @Body() body: AgencyNotificationDto, @IdempotencyKey() idempotencyKey: string, @RequestCtx() ctx: RequestContext, @Res({ passthrough: true }) reply: FastifyReply) {
    const notification = body as unknown as AgencyNotification;
    const { referral, created } = await this.frontDoor.createReferral(draftFromAgencyNotification(notification, actor.username), actor, idempotencyKey, ctx);
    if (!created) void reply.status(200);
    return { referralId: referral.id, reference: referral.id.slice(0, 8).toUpperCase(), receivedAt: referral.receivedAt.toISOString() };
  }
}
