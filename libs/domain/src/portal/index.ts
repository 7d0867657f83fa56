export * from './portal';
export * from './family-disclosure';
