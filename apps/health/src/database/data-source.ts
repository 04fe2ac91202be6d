// For the TypeORM CLI (migration:generate / migration:run); the app itself uses DatabaseModule.
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { HEALTH_DATABASE } from './health-database';

export default new DataSource(serviceDataSourceOptions(HEALTH_DATABASE));
