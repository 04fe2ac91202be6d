// For the TypeORM CLI (migration:generate / migration:run); the app itself uses DatabaseModule.
import { serviceDataSourceOptions } from '@frontdoor/database';
import { DataSource } from 'typeorm';
import { EDUCATION_DATABASE } from './education-database';

export default new DataSource(serviceDataSourceOptions(EDUCATION_DATABASE));
