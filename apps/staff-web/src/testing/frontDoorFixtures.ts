// Front door records as the staff API returns them, for component tests. They satisfy the API's own
// response schemas (frontDoorFixtures.spec.ts checks), so ids are real UUIDs and times have offsets.
import type { AgencyTask, FrontDoorQueueItem, FrontDoorReferral, InformationRequestView, PreventionAlert } from '../api/frontDoorTypes';
import type { Practitioner } from '../api/casesTypes';
import type { PersonSearchResult } from '../api/peopleTypes';
import { ids as recordIds, searchHit } from './recordFixtures';

const uuid = (group: number, serial: number) => `${String(group).padStart(8, '0')}-0000-4000-8000-${String(serial).padStart(12, '0')}`;

export const frontDoorIds = {
  adamsReferral: uuid(20, 1),
  begumReferral: uuid(20, 2),
  earlierAdamsReferral: uuid(20, 3),
  samSubject: uuid(21, 1),
  alexSubject: uuid(21, 2),
  healthRequest: uuid(22, 1),
  educationRequest: uuid(22, 2),
  alert: uuid(23, 1),
  /** Practitioners. */
  tara: uuid(24, 1),
  kay: uuid(24, 2),
  /** A person record found for Alex. */
  alexRecord: recordIds.alex,
};

/** "Now" in the tests that fix the clock: the morning after the Adams referral arrived. */
export const testNow = '2025-06-03T10:00:00.000Z';

export const adamsQueueItem: FrontDoorQueueItem = {
  id: frontDoorIds.adamsReferral,
  receivedAt: '2025-06-03T08:05:00Z',
  source: 'school',
  sourceLabel: 'School',
  familyName: 'Adams',
  summary: 'Sam has stopped coming to school since March.',
  status: 'awaiting-decision',
  decisionDueAt: '2025-06-04T08:05:00Z',
  decisionEscalatesAt: '2025-06-04T06:05:00Z',
  clockState: 'on-time',
  intakeChannel: 'professional',
  rag: 'amber',
  concerns: [
    { code: 'local-attendance', label: 'School attendance' },
    { code: '16A', label: 'Neglect' },
  ],
  urgency: 'within-24-hours',
  urgencyLabel: 'Someone needs to respond within 24 hours',
  reReferral: true,
  unmatchedSubjects: 1,
  openRequests: 2,
  overdueRequests: 1,
  assignedTo: 'Tara Triage',
};

export const begumQueueItem: FrontDoorQueueItem = {
  ...adamsQueueItem,
  id: frontDoorIds.begumReferral,
  receivedAt: '2025-06-03T09:00:00Z',
  source: 'family-self',
  sourceLabel: 'Family (asked for help themselves)',
  familyName: null,
  summary: 'We need help with our son’s behaviour at home.',
  decisionDueAt: '2025-06-04T09:00:00Z',
  decisionEscalatesAt: '2025-06-04T07:00:00Z',
  intakeChannel: 'family-self',
  rag: null,
  concerns: [],
  urgency: null,
  urgencyLabel: null,
  reReferral: false,
  unmatchedSubjects: 0,
  openRequests: 0,
  overdueRequests: 0,
  assignedTo: null,
};

export const samPreventionAlert: PreventionAlert = {
  id: frontDoorIds.alert,
  personId: recordIds.sam,
  childName: 'Sam Adams',
  agencies: [
    { code: 'education', label: 'Education' },
    { code: 'health', label: 'Health' },
  ],
  referralIds: [frontDoorIds.adamsReferral, frontDoorIds.earlierAdamsReferral],
  firstAt: '2025-05-30T09:00:00Z',
  lastAt: '2025-06-03T08:05:00Z',
  windowDays: 7,
  raisedAt: '2025-06-03T08:06:00Z',
  acknowledgedAt: null,
  acknowledgedBy: null,
};

export const answeredHealthRequest: InformationRequestView = {
  id: frontDoorIds.healthRequest,
  agency: 'health',
  agencyLabel: 'Health',
  question: 'Is Sam known to CAMHS, and have there been missed appointments?',
  requestedAt: '2025-06-03T08:30:00Z',
  requestedBy: 'Tara Triage',
  dueAt: '2025-06-04T08:30:00Z',
  escalateAt: '2025-06-04T06:30:00Z',
  status: 'answered',
  timing: 'answered',
  chasedAt: null,
  escalatedAt: null,
  answeredAt: '2025-06-03T09:40:00Z',
  answeredBy: 'Hana Visser',
  response: {
    summary: 'Sam is known to CAMHS. Two appointments were missed in May.',
    knownToAgency: true,
    concernsHeld: 'medium',
    sensitivity: 'standard',
  },
};

export const openEducationRequest: InformationRequestView = {
  ...answeredHealthRequest,
  id: frontDoorIds.educationRequest,
  agency: 'education',
  agencyLabel: 'Education',
  question: 'What is Sam’s attendance this term, and what has the school tried?',
  status: 'requested',
  timing: 'due',
  answeredAt: null,
  answeredBy: null,
  response: null,
};

const { reReferral: _reReferral, unmatchedSubjects: _unmatched, openRequests: _open, overdueRequests: _overdue, assignedTo: _assignedTo, ...adamsCommon } = adamsQueueItem;

export const adamsReferral: FrontDoorReferral = {
  ...adamsCommon,
  whatIsHappening: 'Sam has stopped coming to school since March.\nHis younger brother Alex is often late.',
  helpWanted: null,
  preferredContact: 'phone',
  contactPhone: '01632 960 001',
  outcome: null,
  outcomeLabel: null,
  decisionReason: null,
  decidedAt: null,
  decidedBy: null,
  escalatedAt: null,
  version: 3,
  intakeChannelLabel: 'Professional referral',
  consent: { status: 'not-sought', label: 'The family was not asked', detail: 'Mum could not be reached by phone.' },
  referrer: {
    name: 'Priya Shah',
    role: 'Designated safeguarding lead',
    organisation: 'Oakfield Primary School',
    phone: '01632 960 001',
    email: 'p.shah@oakfield.example.sch.uk',
    relationship: null,
    relationshipLabel: null,
  },
  externalReference: 'OAK-2025-114',
  subjects: [
    {
      id: frontDoorIds.samSubject,
      personId: recordIds.sam,
      name: 'Sam Adams',
      dateOfBirth: '2015-03-04',
      approximateAge: null,
      postcode: 'SG1 1AA',
      schoolName: 'Oakfield Primary School',
      description: null,
      matchedAt: '2025-06-03T08:05:00Z',
      matchedBy: 'Priya Shah',
    },
    {
      id: frontDoorIds.alexSubject,
      personId: null,
      name: 'Alex Adams',
      dateOfBirth: null,
      approximateAge: 6,
      postcode: 'SG1 1AA',
      schoolName: null,
      description: null,
      matchedAt: null,
      matchedBy: null,
    },
  ],
  familyId: recordIds.family,
  caseId: recordIds.case,
  ragLabel: 'Amber',
  ragSetAt: '2025-06-03T08:30:00Z',
  informationRequests: [answeredHealthRequest, openEducationRequest],
  reReferralOf: { id: frontDoorIds.earlierAdamsReferral, receivedAt: '2025-01-06T09:00:00Z', outcomeLabel: 'Early help (allocate a key worker)' },
  linkedReferrals: [
    {
      id: frontDoorIds.earlierAdamsReferral,
      receivedAt: '2025-01-06T09:00:00Z',
      sourceLabel: 'Health visitor',
      status: 'decided',
      outcomeLabel: 'Early help (allocate a key worker)',
    },
  ],
  preventionAlerts: [samPreventionAlert],
  assignedTo: { practitionerId: frontDoorIds.tara, name: 'Tara Triage' },
  acknowledgedAt: '2025-06-03T08:06:00Z',
  referrerToldAt: null,
  familyToldAt: null,
  keyWorker: null,
  signpostServices: null,
  lateReason: null,
};

/** A family's own request for help, before the front door has done anything with it. */
export const newFamilyReferral: FrontDoorReferral = {
  ...adamsReferral,
  id: frontDoorIds.begumReferral,
  source: 'family-self',
  sourceLabel: 'Family (asked for help themselves)',
  intakeChannel: 'family-self',
  intakeChannelLabel: 'Family asking for help',
  familyName: 'Begum',
  summary: 'We need help with our son’s behaviour at home.',
  whatIsHappening: 'We need help with our son’s behaviour at home.',
  helpWanted: 'Someone to talk to about parenting.',
  preferredContact: 'phone',
  contactPhone: '07700 900982',
  urgency: null,
  urgencyLabel: null,
  concerns: [],
  consent: null,
  referrer: null,
  externalReference: null,
  subjects: [],
  familyId: null,
  caseId: null,
  rag: null,
  ragLabel: null,
  ragSetAt: null,
  informationRequests: [],
  reReferralOf: null,
  linkedReferrals: [],
  preventionAlerts: [],
  assignedTo: null,
  version: 1,
};

export const decidedAdamsReferral: FrontDoorReferral = {
  ...adamsReferral,
  status: 'decided',
  clockState: 'met',
  outcome: 'early-help',
  outcomeLabel: 'Early help (allocate a key worker)',
  decisionReason: 'Attendance concerns; the family wants support.',
  decidedAt: '2025-06-03T11:00:00Z',
  decidedBy: 'Tara Triage',
  keyWorker: { practitionerId: recordIds.kim, name: 'Kim Okafor' },
  referrerToldAt: '2025-06-03T11:01:00Z',
  familyToldAt: '2025-06-03T11:01:00Z',
  version: 4,
};

export const educationTask: AgencyTask = {
  id: frontDoorIds.educationRequest,
  referralId: frontDoorIds.adamsReferral,
  agency: 'education',
  agencyLabel: 'Education',
  question: openEducationRequest.question,
  requestedAt: openEducationRequest.requestedAt,
  requestedBy: 'Tara Triage',
  dueAt: openEducationRequest.dueAt,
  escalateAt: openEducationRequest.escalateAt,
  status: 'requested',
  timing: 'due',
  rag: 'amber',
  children: [
    { name: 'Sam Adams', dateOfBirth: '2015-03-04' },
    { name: 'Alex Adams', dateOfBirth: null },
  ],
  familyName: 'Adams',
  summary: 'Sam has stopped coming to school since March.',
};

export const practitioners: Practitioner[] = [
  { id: recordIds.kim, name: 'Kim Okafor', agency: 'social-care', agencyLabel: 'Social care', teamName: 'Stevenage family support', jobRole: 'key-worker', jobRoleLabel: 'Key worker (lead practitioner)' },
  { id: frontDoorIds.kay, name: 'Kay Kimberley', agency: 'education', agencyLabel: 'Education', teamName: 'Inclusion team', jobRole: 'education-officer', jobRoleLabel: 'Education officer' },
];

export const alexRecord: PersonSearchResult = searchHit(
  { id: frontDoorIds.alexRecord, givenName: 'Alex', familyName: 'Adams', dateOfBirth: '2019-01-12' },
  { sex: 'U', sexLabel: 'Not known or indeterminate', nhsNumber: null, upn: null, score: 0.88 },
);
