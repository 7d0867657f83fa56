import { Body, Controller, Get, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ZodResponse } from 'nestjs-zod';
import type { Actor } from '@childfirst/domain/access';
import { PersonRecordService, PersonRegistrationService, type RequestContext } from '@childfirst/server';
import { CurrentActor, RequireCapability } from '../platform/auth/access.decorators';
import { ApiIdempotencyKey, IdempotencyKey } from '../platform/idempotency-key';
import { RequestCtx } from '../platform/request-context';
import {
  PersonCreatedDto,
  PersonIdParamsDto,
  PersonMergeDto,
  PersonRecordDto,
  PersonRegistrationDto,
  PersonSearchQueryDto,
  PersonSearchResultsDto,
  PersonUpdateDto,
  RecordViewersDto,
} from './staff-people.schemas';

@ApiTags('people')
@ApiBearerAuth()
@Controller('staff/people')
export class StaffPeopleController {
  constructor(
    private readonly people: PersonRecordService,
    private readonly registration: PersonRegistrationService,
  ) {}

  @Get()
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: PersonSearchResultsDto })
  searchPeople(@CurrentActor() actor: Actor, @Query() query: PersonSearchQueryDto, @RequestCtx() ctx: RequestContext) {
    return this.people.searchPeople(actor, query, ctx);
  }

  @Post()
  @RequireCapability('record:edit')
  @ApiIdempotencyKey()
  @ZodResponse({ status: 201, type: PersonCreatedDto })
  async createPerson(
    @CurrentActor() actor: Actor,
    @Body() body: PersonRegistrationDto,
    @IdempotencyKey() idempotencyKey: string,
    @RequestCtx() ctx: RequestContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { id, created } = await this.registration.createPerson(actor, body.person, body.duplicatesReviewed, idempotencyKey, ctx);
    if (!created) void reply.status(200);
    return { id };
  }

  @Get(':id')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: PersonRecordDto })
  getPerson(@CurrentActor() actor: Actor, @Param() params: PersonIdParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.people.getPerson(actor, params.id, ctx);
  }

  @Patch(':id')
  @RequireCapability('record:edit')
  @ZodResponse({ status: 200, type: PersonRecordDto })
  async updatePerson(@CurrentActor() actor: Actor, @Param() params: PersonIdParamsDto, @Body() change: PersonUpdateDto, @RequestCtx() ctx: RequestContext) {
    // Only someone who may see the record may change it.
    await this.people.requireAccess(actor, params.id, ctx.now);
    await this.registration.updatePerson(actor, params.id, change, ctx);
    return this.people.getPerson(actor, params.id, ctx);
  }

  @Post(':id/merge')
  @RequireCapability('record:merge')
  @ZodResponse({ status: 200, type: PersonRecordDto })
  async mergePerson(@CurrentActor() actor: Actor, @Param() params: PersonIdParamsDto, @Body() merge: PersonMergeDto, @RequestCtx() ctx: RequestContext) {
    await this.people.requireAccess(actor, params.id, ctx.now);
    await this.people.requireAccess(actor, merge.intoPersonId, ctx.now);
    await this.registration.mergePeople(actor, params.id, merge.intoPersonId, merge.reason, ctx);
    return this.people.getPerson(actor, merge.intoPersonId, ctx);
  }

  @Get(':id/viewers')
  @RequireCapability('record:viewers')
  @ZodResponse({ status: 200, type: RecordViewersDto })
  listRecordViewers(@CurrentActor() actor: Actor, @Param() params: PersonIdParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.people.viewers(actor, params.id, ctx);
  }
}
