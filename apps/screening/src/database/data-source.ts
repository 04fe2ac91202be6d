// For the TypeORM CLI (migration:generate / migration:run); the app itself uses DatabaseModule.
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { SCREENING_DATABASE } from './screening-database';

export default new DataSource(serviceDataSourceOptions(SCREENING_DATABASE));
