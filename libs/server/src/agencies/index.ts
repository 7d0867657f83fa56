export * from './organisation.entity';
export * from './practitioner.entity';
export * from './school-cluster.entity';
export * from './practitioner.repository';
