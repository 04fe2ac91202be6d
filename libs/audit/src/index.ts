export * from './append-only.migration';
export * from './audit-record.entity';
export * from './audit-trail';
export * from './audit.module';
