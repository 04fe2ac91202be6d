// For the TypeORM CLI (migration:generate / migration:run); the app itself uses DatabaseModule.
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { POLICE_DATABASE } from './police-database';

export default new DataSource(serviceDataSourceOptions(POLICE_DATABASE));
