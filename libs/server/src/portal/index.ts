export * from './portal.entities';
export * from './portal.module';
export * from './portal.service';
export * from './staff-portal.service';
