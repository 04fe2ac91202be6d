import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSourceOptions } from 'typeorm';
import { DATABASE_URL, databaseUrlFromEnv } from './database-settings';

export interface ServiceDatabase {
  service: string;
  entities: DataSourceOptions['entities'];
  migrations: DataSourceOptions['migrations'];
}

/** TypeORM options for a service: migrations only, never `synchronize`. */
export function serviceDataSourceOptions(database: ServiceDatabase, env = process.env): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrlFromEnv(database.service, env),
    entities: database.entities,
    migrations: database.migrations,
    synchronize: false,
    migrationsRun: env.MIGRATE_ON_BOOT === 'true',
    extra: { max: Number(env.DATABASE_POOL_SIZE ?? 10), application_name: database.service },
  };
}

@Module({})
export class DatabaseModule {
  static forService(database: ServiceDatabase): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      imports: [TypeOrmModule.forRootAsync({ useFactory: () => serviceDataSourceOptions(database) })],
      providers: [{ provide: DATABASE_URL, useFactory: () => databaseUrlFromEnv(database.service) }],
      exports: [DATABASE_URL],
    };
  }
}
