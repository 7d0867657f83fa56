import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { TriageOutcome } from '@childfirst/domain/referrals';

export interface ReferralTriageInput {
  referralId: string;
  /** ISO instants computed from the statutory clock rule when the referral was received. */
  decisionEscalatesAt: string;
  decisionDueAt: string;
}

export interface DecideReferralArgs {
  outcome: TriageOutcome;
  reason: string;
  decidedBySubject: string;
  decidedByName: string;
  decidedAt: string;
  expectedVersion: number;
}

export interface DecideReferralResult {
  outcome: TriageOutcome;
  version: number;
}

export type ReferralTriageStage = 'awaiting-decision' | 'at-risk' | 'overdue' | 'decided';

export interface ReferralTriageState {
  stage: ReferralTriageStage;
  outcome: TriageOutcome | null;
}

/** An update, not a signal: the decision maker learns at once whether the decision was accepted. */
export const decideReferralUpdate = defineUpdate<DecideReferralResult, [DecideReferralArgs]>('decideReferral');
export const referralTriageStateQuery = defineQuery<ReferralTriageState>('referralTriageState');

/** Failure types of a rejected update: the domain error codes (libs/domain/errors), so clients map them 1:1. */
export const REFERRAL_ALREADY_DECIDED = 'REFERRAL_ALREADY_DECIDED';
export const REFERRAL_VERSION_MISMATCH = 'REFERRAL_CHANGED_SINCE_VIEWED';
