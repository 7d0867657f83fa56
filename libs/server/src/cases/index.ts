export * from './case-note.entity';
export * from './case-status.entity';
export * from './chronology-entry.entity';
export * from './consent-override.entity';
export * from './consent.entity';
export * from './family-case.entity';
export * from './team-member.entity';
export * from './warning-note.entity';
