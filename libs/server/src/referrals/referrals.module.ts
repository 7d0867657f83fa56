import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PeopleModule } from '../people/people.module';
import { ReferralRepository } from './referral.repository';
import { ReferralService } from './referral.service';
import { ReferralWorkflows } from './referral-workflows';

@Module({
  imports: [AuditModule, PeopleModule],
  providers: [ReferralRepository, ReferralWorkflows, ReferralService],
  exports: [ReferralService],
})
export class ReferralsModule {}
