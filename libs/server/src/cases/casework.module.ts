import { Module } from '@nestjs/common';
import { CaseAccessService } from '../access/case-access.service';
import { PractitionerRepository } from '../agencies/practitioner.repository';
import { AuditModule } from '../audit/audit.module';
import { PeopleModule } from '../people/people.module';
import { FamilyRecordService } from '../people/family-record.service';
import { PersonRecordService } from '../people/person-record.service';
import { PersonRegistrationService } from '../people/person-registration.service';
import { CaseRecordKeepingService } from './case-record-keeping.service';
import { CaseRecordService } from './case-record.service';

/** The child-centred record for staff: people, families, cases, with access decided in one policy. */
@Module({
  imports: [AuditModule, PeopleModule],
  providers: [PractitionerRepository, CaseAccessService, CaseRecordService, CaseRecordKeepingService, PersonRecordService, FamilyRecordService, PersonRegistrationService],
  exports: [PractitionerRepository, CaseAccessService, CaseRecordService, CaseRecordKeepingService, PersonRecordService, FamilyRecordService, PersonRegistrationService],
})
export class CaseworkModule {}
