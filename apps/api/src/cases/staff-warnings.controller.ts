import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import type { Actor } from '@childfirst/domain/access';
import { CaseRecordKeepingService, type RequestContext } from '@childfirst/server';
import { CurrentActor, RequireCapability } from '../platform/auth/access.decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../platform/idempotency-key';
import { RequestCtx } from '../platform/request-context';
import { PersonIdParamsDto } from '../people/staff-people.schemas';
import { WarningDto, WarningEndDto, WarningNoteSubmissionDto, WarningParamsDto, WarningSignOffDto } from './staff-cases.schemas';

/** Staff-safety warnings on a person: recorded by practitioners working with the family, signed off by a manager. */
@ApiTags('warnings')
@ApiBearerAuth()
@Controller('staff')
export class StaffWarningsController {
  constructor(private readonly recordKeeping: CaseRecordKeepingService) {}

  @Post('people/:id/warnings')
  @RequireCapability('case:write-notes')
  @ApiIdempotencyKey('warning form')
  @ZodResponse({ status: 201, type: WarningDto, description: 'The warning, awaiting manager sign-off (200 when the same Idempotency-Key is resent)' })
  async addWarning(
    @CurrentActor() actor: Actor,
    @Param() params: PersonIdParamsDto,
    @Body() warning: WarningNoteSubmissionDto,
    @IdempotencyKey() idempotencyKey: string,
    @RequestCtx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { warning: stored, created } = await this.recordKeeping.addWarning(actor, params.id, warning, idempotencyKey, ctx);
    if (!created) void reply.status(200);
    return stored;
  }

  @Post('warnings/:id/sign-off')
  @RequireCapability('warning:sign-off')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: WarningDto })
  signOff(@CurrentActor() actor: Actor, @Param() params: WarningParamsDto, @Body() body: WarningSignOffDto, @RequestCtx() ctx: RequestContext) {
    return this.recordKeeping.signOffWarning(actor, params.id, body.version, ctx);
  }

  @Post('warnings/:id/end')
  @RequireCapability('case:write-notes')
  @HttpCode(200)
  @ZodResponse({ status: 200, type: WarningDto })
  end(@CurrentActor() actor: Actor, @Param() params: WarningParamsDto, @Body() body: WarningEndDto, @RequestCtx() ctx: RequestContext) {
    return this.recordKeeping.endWarning(actor, params.id, body.version, body.reason, ctx);
  }
}
