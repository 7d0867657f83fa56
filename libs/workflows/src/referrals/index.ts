export * from './referral-triage.ids';
export * from './referral-triage.messages';
export type * from './referral-triage.activities';
