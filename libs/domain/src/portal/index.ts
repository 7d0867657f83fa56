export * from './portal';
export * from './family-disclosure';
export * from './staff-submissions';
