export * from './referral.entity';
export * from './referral.repository';
export * from './referral.service';
export * from './referral-workflows';
export * from './referral-identity';
export * from './referrals.module';
