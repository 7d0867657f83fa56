export * from './roles';
export * from './capabilities';
export * from './case-access-policy';
export * from './search-purposes';
