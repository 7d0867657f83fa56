import type { ReferralStatus } from '@childfirst/domain/referrals';

export const queryKeys = {
  staffProfile: ['staff', 'me'] as const,
  triageQueues: ['staff', 'referrals', 'queue'] as const,
  triageQueue: (status: ReferralStatus) => ['staff', 'referrals', 'queue', status] as const,
  referral: (id: string) => ['staff', 'referrals', 'detail', id] as const,
};
