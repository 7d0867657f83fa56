export * from './views';
export * from './requests';
