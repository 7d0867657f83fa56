import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { z } from 'zod';
import type { Actor } from '@childfirst/domain/access';
import { familyRecordSchema } from '@childfirst/domain/casework';
import { FamilyRecordService, type RequestContext } from '@childfirst/server';
import { CurrentActor, RequireCapability } from '../platform/auth/access.decorators';
import { RequestCtx } from '../platform/request-context';
import { createZodDto } from '../platform/openapi/zod-dto';

class FamilyRecordDto extends createZodDto(familyRecordSchema) {}
class FamilyIdParamsDto extends createZodDto(z.object({ id: z.uuid({ error: 'The family id must be a UUID' }) })) {}

@ApiTags('families')
@ApiBearerAuth()
@Controller('staff/families')
export class StaffFamiliesController {
  constructor(private readonly families: FamilyRecordService) {}

  @Get(':id')
  @RequireCapability('record:view')
  @ZodResponse({ status: 200, type: FamilyRecordDto })
  getFamily(@CurrentActor() actor: Actor, @Param() params: FamilyIdParamsDto, @RequestCtx() ctx: RequestContext) {
    return this.families.getFamily(actor, params.id, ctx);
  }
}
