import type { FamilyHome, FamilyMe, MessageThread } from '@childfirst/domain/portal';
import type { FamilyConsent, ThreadSummary } from '../api/familyApi';
import { uuid } from './renderPage';

export const linkedParent: FamilyMe = { linked: true, displayName: 'Amy Adams', familyName: 'Adams', accountKind: 'parent', personName: 'Amy Adams' };
export const notLinked: FamilyMe = { linked: false, displayName: 'Amy Adams', familyName: null, accountKind: null, personName: null };

export const home: FamilyHome = {
  familyName: 'Adams',
  accountKind: 'parent',
  keyWorker: {
    name: 'Kim Okafor',
    role: 'Family support worker',
    agencyLabel: 'Early help',
    teamName: 'Stevenage early help team',
    phone: '01632 960 123',
    email: 'kim.okafor@example.gov.uk',
    availability: 'Monday to Thursday, 9am to 5pm',
    cover: { name: 'Sam Patel', phone: '01632 960 124' },
  },
  processes: [
    {
      id: 'ehc-1',
      kind: 'ehc',
      title: 'EHC needs assessment for Jamie',
      stage: 'Week 7 of 20',
      nextStep: 'Advice from the educational psychologist',
      dueOn: '2025-07-09',
      progress: { current: 7, total: 20, unit: 'week' },
      state: 'on-track',
    },
    {
      id: 'help-1',
      kind: 'help-request',
      title: 'Your request for help',
      stage: 'We are deciding what help to offer',
      nextStep: 'Decision on your request',
      dueOn: null,
      progress: null,
      state: 'overdue',
    },
  ],
  appointments: [
    { id: uuid(1), startsAt: '2025-06-12T09:30:00+01:00', endsAt: '2025-06-12T10:30:00+01:00', title: 'Team around the family meeting', location: 'Oak Primary School', withName: 'Kim Okafor' },
  ],
  unreadMessages: 2,
};

export const threads: ThreadSummary[] = [
  { id: uuid(10), subject: 'Next week’s meeting', lastMessageAt: '2025-06-04T08:15:00Z', lastFrom: 'Kim Okafor', unread: 2 },
  { id: uuid(11), subject: 'School transport', lastMessageAt: '2025-05-20T13:00:00Z', lastFrom: 'You', unread: 0 },
];

export const thread: MessageThread = {
  id: uuid(10),
  subject: 'Next week’s meeting',
  messages: [
    {
      id: uuid(20),
      sentAt: '2025-06-03T14:00:00+01:00',
      from: { name: 'Amy Adams', kind: 'family' },
      body: 'Can we move the meeting to the afternoon?',
      attachments: [],
      mine: true,
      readAt: '2025-06-03T15:00:00+01:00',
    },
    {
      id: uuid(21),
      sentAt: '2025-06-04T09:15:00+01:00',
      from: { name: 'Kim Okafor', kind: 'staff' },
      body: 'Yes, 2pm works. The agenda is attached.',
      attachments: [{ id: uuid(30), fileName: 'agenda.pdf', contentType: 'application/pdf', size: 245_760 }],
      mine: false,
      readAt: null,
    },
  ],
};

export const consents: FamilyConsent[] = [
  { id: uuid(40), agencyLabel: 'Oak Primary School', purposeLabel: 'Sharing attendance and wellbeing information', givenAt: '2025-03-01T10:00:00Z', givenBy: 'Amy Adams', withdrawnAt: null },
  { id: uuid(41), agencyLabel: 'Hertfordshire Police', purposeLabel: 'Sharing information about incidents at home', givenAt: '2025-02-01T10:00:00Z', givenBy: null, withdrawnAt: '2025-04-01T10:00:00Z' },
];
