import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CaseworkModule } from '../cases/casework.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { FamilySubmissionsNotifier } from './family-submissions.notifier';
import { FamilySubmissionsRepository } from './family-submissions.repository';
import { FamilySubmissionsService } from './family-submissions.service';
import { StaffPortalService } from './staff-portal.service';
import { PortalService } from './portal.service';
import { FamilyViewRepository } from './family-view.repository';

/** The family portal's server side (its API surface is apps/api/src/family-portal). */
@Module({
  imports: [AuditModule, ReferralsModule, CaseworkModule],
  providers: [PortalService, StaffPortalService, FamilyViewRepository, FamilySubmissionsRepository, FamilySubmissionsNotifier, FamilySubmissionsService],
  exports: [PortalService, StaffPortalService, FamilySubmissionsService],
})
export class PortalModule {}
