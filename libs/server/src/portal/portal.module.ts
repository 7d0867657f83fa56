import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CaseworkModule } from '../cases/casework.module';
import { ReferralsModule } from '../referrals/referrals.module';
import { StaffPortalService } from './staff-portal.service';
import { PortalService } from './portal.service';
import { FamilyViewRepository } from './family-view.repository';

/** The family portal's server side (its API surface is apps/api/src/family-portal). */
@Module({ imports: [AuditModule, ReferralsModule, CaseworkModule], providers: [PortalService, StaffPortalService, FamilyViewRepository], exports: [PortalService, StaffPortalService] })
export class PortalModule {}
