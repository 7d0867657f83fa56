import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { capabilitiesForRoles, type Actor } from '@childfirst/domain/access';
import { PractitionerRepository } from '@childfirst/server';
import { CurrentActor } from '../platform/auth/access.decorators';
import { StaffProfileDto } from './staff-profile.schemas';

@ApiTags('staff')
@ApiBearerAuth()
@Controller('staff/me')
export class StaffProfileController {
  constructor(private readonly practitioners: PractitionerRepository) {}

  @Get()
  @ZodResponse({ status: 200, type: StaffProfileDto })
  async getStaffProfile(@CurrentActor() actor: Actor) {
    const practitioner = await this.practitioners.findBySubject(actor.subject);
    return { displayName: actor.displayName, roles: actor.roles, capabilities: capabilitiesForRoles(actor.roles), practitionerId: practitioner?.id ?? null };
  }
}
