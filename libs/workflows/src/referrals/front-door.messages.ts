import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Agency } from '@childfirst/domain/agencies';
import type { InformationResponse, RagRating, TriageOutcome } from '@childfirst/domain/referrals';

/**
 * The front door's durable process for one referral, from any source (PRODUCT.md, "Referral"):
 * acknowledge → link and screen → priority (RAG) with parallel information requests to agencies →
 * decision within one working day (at risk at 75 %, then overdue) → the outcome's follow-on →
 * the referrer and, where safe, the family are told. Only ids and instants travel in history.
 */
export interface FrontDoorInput {
  referralId: string;
  /** ISO instants from the statutory clock rule referral.decision, computed at receipt. */
  decisionEscalatesAt: string;
  decisionDueAt: string;
}

export interface Acting {
  bySubject: string;
  byName: string;
  /** ISO instant the person acted (not the activity's clock). */
  at: string;
}

export interface InformationRequestToSend {
  agency: Agency;
  question: string;
}

/** The front door sets (or changes) the priority and asks agencies for what they know. */
export interface GatherInformationArgs extends Acting {
  rag: RagRating;
  requests: InformationRequestToSend[];
  note?: string;
  expectedVersion: number;
}

/** One information request as the workflow tracks it; its id is derived from referral and agency. */
export interface InformationRequestTicket {
  id: string;
  agency: Agency;
  dueAt: string;
  escalateAt: string;
}

export interface GatherInformationResult {
  version: number;
  /** Requests this call created (an agency already asked is not asked twice). */
  requests: InformationRequestTicket[];
}

export interface AnswerInformationRequestArgs extends Acting {
  requestId: string;
  response: InformationResponse;
}

export interface FrontDoorDecisionArgs extends Acting {
  outcome: TriageOutcome;
  reason: string;
  expectedVersion: number;
  /** Early help: the key worker to allocate. */
  keyWorkerPractitionerId?: string;
  /** Signposting: the services the family was pointed to. */
  signpostServices?: string;
  /** Why the decision is late, when it is past its due time (kept with the missed deadline). */
  lateReason?: string;
}

export interface FrontDoorDecisionResult {
  outcome: TriageOutcome;
  version: number;
}

export type FrontDoorStage = 'received' | 'gathering' | 'decided' | 'closed';

export interface FrontDoorState {
  stage: FrontDoorStage;
  decisionClock: 'on-time' | 'at-risk' | 'overdue';
  rag: RagRating | null;
  requests: (InformationRequestTicket & { status: 'requested' | 'chased' | 'overdue' | 'answered' | 'cancelled' })[];
  outcome: TriageOutcome | null;
}

export const gatherInformationUpdate = defineUpdate<GatherInformationResult, [GatherInformationArgs]>('gatherInformation');
export const answerInformationRequestUpdate = defineUpdate<void, [AnswerInformationRequestArgs]>('answerInformationRequest');
export const frontDoorDecisionUpdate = defineUpdate<FrontDoorDecisionResult, [FrontDoorDecisionArgs]>('decideFrontDoorReferral');
export const frontDoorStateQuery = defineQuery<FrontDoorState>('frontDoorState');

/** Failure types of rejected updates: domain error codes, mapped 1:1 by the API. */
export const INFORMATION_REQUEST_NOT_OPEN = 'INFORMATION_REQUEST_NOT_OPEN';

// ─── The assessment contract ─────────────────────────────────────────────────────────────────────

/**
 * What the front door hands to the child and family assessment (a later issue fills in the
 * assessment itself): the referral it came from and its statutory clock, 45 working days from
 * receipt of the referral (Working Together 2023, ch. 3).
 */
export interface AssessmentInput {
  referralId: string;
  /** ISO instants of the assessment.child-and-family clock, which starts at referral receipt. */
  dueAt: string;
  escalatesAt: string;
}

export interface AssessmentCompletion {
  completedAt: string;
  completedByName: string;
}

export const assessmentCompletedSignal = defineSignal<[AssessmentCompletion]>('assessmentCompleted');

export function assessmentWorkflowId(referralId: string): string {
  return `assessment:${referralId}`;
}
