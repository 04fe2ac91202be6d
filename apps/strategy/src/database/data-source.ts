// For the TypeORM CLI (migration:generate / migration:run); the app itself uses DatabaseModule.
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { STRATEGY_DATABASE } from './strategy-database';

export default new DataSource(serviceDataSourceOptions(STRATEGY_DATABASE));
