// For the TypeORM CLI (migration:generate / migration:run); the app itself uses DatabaseModule.
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { MARAC_DATABASE } from './marac-database';

export default new DataSource(serviceDataSourceOptions(MARAC_DATABASE));
