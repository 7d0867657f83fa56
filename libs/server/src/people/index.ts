export * from './family.entity';
export * from './family-account.entity';
export * from './family-account.repository';
export * from './people.module';
