export * from './agencies';
export * from './organisation-kinds';
export * from './practitioner-roles';
