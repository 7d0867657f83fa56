export * from './portal.entities';
export * from './portal.module';
export * from './portal.service';
export * from './staff-portal.service';
export * from './family-submissions.entities';
export * from './family-submissions.repository';
export * from './family-submissions.service';
