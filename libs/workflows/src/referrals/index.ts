export * from './referral-triage.ids';
export * from './referral-triage.messages';
export type * from './referral-triage.activities';
export * from './front-door.messages';
export type * from './front-door.activities';
