import type { AssessmentInput, AnswerInformationRequestArgs, FrontDoorDecisionArgs, GatherInformationArgs, GatherInformationResult } from './front-door.messages';

export interface ReferralRef {
  referralId: string;
}

export interface ClockEvent extends ReferralRef {
  /** ISO instant from the workflow's deterministic clock. */
  at: string;
}

export interface InformationRequestEvent {
  requestId: string;
  at: string;
}

export interface ScreeningResult {
  /** The most recent referral about the same child within 12 months, if any. */
  reReferralOf: string | null;
  linkedReferralIds: string[];
  preventionAlerts: number;
}

/**
 * Implemented by apps/workers. Every activity is idempotent (deterministic ids, ON CONFLICT,
 * "already done" checks), so a retry after a worker crash leaves the same state as one run: no
 * duplicate tasks, notifications or chronology entries.
 */
export interface FrontDoorActivities {
  acknowledgeReferral(input: ReferralRef): Promise<void>;
  screenReferral(input: ReferralRef): Promise<ScreeningResult>;
  recordInformationGathering(input: GatherInformationArgs & ReferralRef): Promise<GatherInformationResult>;
  recordInformationResponse(input: AnswerInformationRequestArgs & ReferralRef): Promise<void>;
  chaseInformationRequest(input: InformationRequestEvent): Promise<void>;
  escalateInformationRequest(input: InformationRequestEvent): Promise<void>;
  recordFrontDoorDecision(input: FrontDoorDecisionArgs & ReferralRef): Promise<{ version: number }>;
  cancelOpenInformationRequests(input: ClockEvent): Promise<void>;
  recordDecisionAtRisk(input: ClockEvent): Promise<void>;
  recordDecisionOverdue(input: ClockEvent): Promise<void>;
  allocateKeyWorker(input: ReferralRef): Promise<void>;
  prepareAssessment(input: ReferralRef): Promise<AssessmentInput>;
  requestStrategyDiscussion(input: ReferralRef): Promise<void>;
  notifyOutcome(input: ReferralRef): Promise<void>;
}

/** Activities of the assessment contract's minimal workflow. */
export interface AssessmentActivities {
  recordAssessmentClock(input: { referralId: string; event: 'at-risk' | 'overdue' | 'completed'; at: string }): Promise<void>;
}
