import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PeopleModule } from '../people/people.module';
import { ReferralRepository } from './referral.repository';
import { ReferralService } from './referral.service';
import { ReferralWorkflows } from './referral-workflows';
import { PractitionerRepository } from '../agencies/practitioner.repository';
import { FrontDoorActivitiesService } from './front-door-activities.service';
import { FrontDoorService } from './front-door.service';
import { Mailer } from './mailer';

@Module({
  imports: [AuditModule, PeopleModule],
  providers: [ReferralRepository, ReferralWorkflows, ReferralService, FrontDoorService, FrontDoorActivitiesService, PractitionerRepository, Mailer],
  exports: [ReferralService, FrontDoorService, FrontDoorActivitiesService, Mailer],
})
export class ReferralsModule {}
