export * from './bank-holidays';
export * from './clock';
export * from './clock-time';
export * from './working-calendar';
export * from './relative-dates';
export * from './london-dates';
