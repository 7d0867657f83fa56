// The Adams family's conversations with their key worker, an invitation, an appointment, and the
// documents and views they shared, as the staff API returns them (portalFixtures.spec.ts checks
// them against the portal's own schemas).
import type { FamilyDocumentsForStaff, FamilyViewsForStaff } from '../api/familySubmissionsTypes';
import type { Appointment, Invitation, MessageThread, ThreadSummary } from '../api/portalTypes';

const uuid = (group: number, serial: number) => `${String(group).padStart(8, '0')}-0000-4000-8000-${String(serial).padStart(12, '0')}`;

export const portalIds = {
  schoolThread: uuid(20, 1),
  housingThread: uuid(20, 2),
  kimAsks: uuid(21, 1),
  joAnswers: uuid(21, 2),
  joAddsMore: uuid(21, 3),
  schoolLetter: uuid(22, 1),
  appointment: uuid(23, 1),
};

export const schoolThreadSummary: ThreadSummary = {
  id: portalIds.schoolThread,
  subject: 'Meeting at school on Tuesday',
  lastMessageAt: '2025-06-03T08:15:00Z',
  lastFrom: 'Jo Adams',
  unread: 2,
};

export const housingThreadSummary: ThreadSummary = {
  id: portalIds.housingThread,
  subject: 'Housing letter',
  lastMessageAt: '2025-05-20T14:00:00Z',
  lastFrom: 'Kim Okafor',
  unread: 0,
};

/** Kim asked; Jo answered twice (with the school's letter) and Kim has not read either yet. */
export const schoolThread: MessageThread = {
  id: portalIds.schoolThread,
  subject: 'Meeting at school on Tuesday',
  messages: [
    {
      id: portalIds.kimAsks,
      sentAt: '2025-06-02T09:00:00Z',
      from: { name: 'Kim Okafor', kind: 'staff' },
      body: 'Can you come to the meeting at Oakfield on Tuesday at 10am?',
      attachments: [],
      mine: true,
      readAt: '2025-06-02T18:30:00Z',
    },
    {
      id: portalIds.joAnswers,
      sentAt: '2025-06-03T08:00:00Z',
      from: { name: 'Jo Adams', kind: 'family' },
      body: 'Yes, I can come.\nHere is the letter the school sent.',
      attachments: [{ id: portalIds.schoolLetter, fileName: 'school-letter.pdf', contentType: 'application/pdf', size: 123_456 }],
      mine: false,
      readAt: null,
    },
    {
      id: portalIds.joAddsMore,
      sentAt: '2025-06-03T08:15:00Z',
      from: { name: 'Jo Adams', kind: 'family' },
      body: 'Lee may come too.',
      attachments: [],
      mine: false,
      readAt: null,
    },
  ],
};

/** The conversation once Kim has read it. */
export const schoolThreadRead: MessageThread = {
  ...schoolThread,
  messages: schoolThread.messages.map((message) => (message.mine ? message : { ...message, readAt: '2025-06-03T09:00:00Z' })),
};

export const joInvitation: Invitation = {
  code: 'K7PMQ2XD9A',
  expiresAt: '2025-06-17T09:00:00Z',
  personName: 'Jo Adams',
  accountKind: 'parent',
};

export const homeVisit: Appointment = {
  id: portalIds.appointment,
  startsAt: '2099-03-27T09:30:00Z',
  endsAt: '2099-03-27T10:30:00Z',
  title: 'Home visit from Kim',
  location: 'At your home',
  withName: 'Kim Okafor',
};

// ─── What the family shared ───

export const submissionIds = {
  gpLetter: uuid(30, 1),
  gpLetterFile: uuid(30, 2),
  schoolReport: uuid(30, 3),
  schoolReportFile: uuid(30, 4),
  samView: uuid(31, 1),
  joView: uuid(31, 2),
};

const jo = { name: 'Jo Adams', memberName: 'Jo Adams', accountKind: 'parent' as const };

/** Jo sent the GP's letter last (nobody has read it yet); Kim read the school report. */
export const adamsDocuments: FamilyDocumentsForStaff = {
  items: [
    {
      id: submissionIds.schoolReport,
      attachmentId: submissionIds.schoolReportFile,
      title: 'School report',
      fileName: 'report.pdf',
      contentType: 'application/pdf',
      size: 52_000,
      sentAt: '2025-06-01T10:00:00Z',
      sentBy: jo,
      read: { readAt: '2025-06-02T08:30:00Z', readBy: 'Kim Okafor' },
    },
    {
      id: submissionIds.gpLetter,
      attachmentId: submissionIds.gpLetterFile,
      title: 'Letter from the GP',
      fileName: 'gp-letter.png',
      contentType: 'image/png',
      size: 860,
      sentAt: '2025-06-03T14:00:00Z',
      sentBy: jo,
      read: null,
    },
  ],
  unread: 1,
};

/** Sam's views, sent by Jo and not read yet; Jo's own views, read by Hana. */
export const adamsViews: FamilyViewsForStaff = {
  items: [
    {
      id: submissionIds.joView,
      speaker: 'parent',
      aboutName: null,
      topic: 'general',
      topicLabel: 'Anything else',
      text: 'We would like visits after school, not in the morning.',
      sentAt: '2025-05-28T16:00:00Z',
      sentBy: jo,
      read: { readAt: '2025-05-29T09:00:00Z', readBy: 'Hana Visser' },
    },
    {
      id: submissionIds.samView,
      speaker: 'child',
      aboutName: 'Sam Adams',
      topic: 'plan',
      topicLabel: 'A plan (for example an EHC plan or child in need plan)',
      text: 'Sam wants to keep going to football club.\nHe does not want to change school.',
      sentAt: '2025-06-03T15:30:00Z',
      sentBy: { name: 'Jo Adams', memberName: 'Joanne Adams', accountKind: 'parent' },
      read: null,
    },
  ],
  unread: 1,
};
