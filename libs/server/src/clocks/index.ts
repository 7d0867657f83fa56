export * from './statutory-deadline.entity';
