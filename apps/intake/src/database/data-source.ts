// For the TypeORM CLI (migration:generate / migration:run); the app itself uses DatabaseModule.
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { INTAKE_DATABASE } from './intake-database';

export default new DataSource(serviceDataSourceOptions(INTAKE_DATABASE));
