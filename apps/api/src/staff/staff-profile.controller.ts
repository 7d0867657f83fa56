import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { capabilitiesForRoles, type Actor } from '@childfirst/domain/access';
import { CurrentActor } from '../platform/auth/access.decorators';
import { StaffProfileDto } from './staff-profile.schemas';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/me')
export class StaffProfileController {
  @Get()
  @ZodResponse({ status: 200, type: StaffProfileDto })
  getStaffProfile(@CurrentActor() actor: Actor) {
    return { displayName: actor.displayName, roles: actor.roles, capabilities: capabilitiesForRoles(actor.roles) };
  }
}
