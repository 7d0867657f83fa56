import type { ChronologyFilters } from './casesTypes';
import type { TriageQueueQuery } from './frontDoorTypes';
import type { PersonSearchCriteria } from './peopleTypes';

export const queryKeys = {
  staffProfile: ['staff', 'me'] as const,
  triageQueues: ['staff', 'referrals', 'queue'] as const,
  triageQueue: (query: TriageQueueQuery) => ['staff', 'referrals', 'queue', query] as const,
  referral: (id: string) => ['staff', 'referrals', 'detail', id] as const,
  /** The signed-in practitioner's agency's open requests for information. */
  informationRequests: ['staff', 'information-requests'] as const,
  /** Every person search, to refresh them all when a record is added or merged away. */
  personSearches: ['staff', 'people', 'search'] as const,
  personSearch: (criteria: PersonSearchCriteria | null) => ['staff', 'people', 'search', criteria] as const,
  person: (id: string) => ['staff', 'people', 'detail', id] as const,
  recordViewers: (personId: string) => ['staff', 'people', 'viewers', personId] as const,
  /** Every family, to refresh them when a member's details change. */
  families: ['staff', 'families'] as const,
  family: (id: string) => ['staff', 'families', id] as const,
  /** Every case, to refresh them when a member's details change. */
  cases: ['staff', 'cases'] as const,
  /** Everything about one case: the workspace, its chronology and its notes. */
  caseAll: (id: string) => ['staff', 'cases', id] as const,
  case: (id: string) => ['staff', 'cases', id, 'workspace'] as const,
  chronology: (id: string, filters: ChronologyFilters) => ['staff', 'cases', id, 'chronology', filters] as const,
  caseNotes: (id: string) => ['staff', 'cases', id, 'notes'] as const,
  /** The case's conversations with the family, and each one. */
  caseThreads: (id: string) => ['staff', 'cases', id, 'messages'] as const,
  caseThread: (id: string, threadId: string) => ['staff', 'cases', id, 'messages', threadId] as const,
  /** What the family shared in the portal. */
  familyDocuments: (id: string) => ['staff', 'cases', id, 'family-documents'] as const,
  familyViews: (id: string) => ['staff', 'cases', id, 'family-views'] as const,
  practitioners: (name: string) => ['staff', 'practitioners', name] as const,
  caseload: ['staff', 'caseload'] as const,
};
