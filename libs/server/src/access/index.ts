export * from './break-glass-access.entity';
export * from './case-grant.entity';
export * from './restricted-person-access.entity';
export * from './case-access.service';
