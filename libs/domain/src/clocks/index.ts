export * from './working-day-calendar';
export * from './bank-holidays';
export * from './bank-holiday-amendments';
export * from './clock-rules';
export * from './deadline';
export { LONDON_TIME_ZONE, londonDateOf } from './london-time';
