import { Foundation1763802000000 } from './1763802000000-foundation';
import { ChildCentredRecord1763809000000 } from './1763809000000-child-centred-record';
import { PersonMerge1763812000000 } from './1763812000000-person-merge';
import { Involvement1763813000000 } from './1763813000000-involvement';
import { PersonPhoneticIndex1763814000000 } from './1763814000000-person-phonetic-index';
import { RecordKeeping1763815000000 } from './1763815000000-record-keeping';
import { FrontDoor1763816000000 } from './1763816000000-front-door';
import { FamilyPortal1763817000000 } from './1763817000000-family-portal';
import { FamilyDisclosure1763818000000 } from './1763818000000-family-disclosure';
import { AuditDetails1763818500000 } from './1763818500000-audit-details';
import { FamilySubmissionsToStaff1763819000000 } from './1763819000000-family-submissions-to-staff';

/** Ordered migration history. Add new migrations at the end; never edit one that has shipped. */
export const migrations: Function[] = [Foundation1763802000000, ChildCentredRecord1763809000000, PersonMerge1763812000000, Involvement1763813000000, PersonPhoneticIndex1763814000000, RecordKeeping1763815000000, FrontDoor1763816000000, FamilyPortal1763817000000, FamilyDisclosure1763818000000, AuditDetails1763818500000, FamilySubmissionsToStaff1763819000000];
