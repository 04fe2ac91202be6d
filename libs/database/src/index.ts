export * from './database-settings';
export * from './database.module';
