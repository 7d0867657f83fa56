export * from './referral-source';
export * from './triage-outcome';
export * from './referral-status';
export * from './schemas';
