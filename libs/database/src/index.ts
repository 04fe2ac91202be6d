export * from './database-settings';
export * from './database.module';
export * from './unique-violation';
