// Entry point for the TypeORM CLI (`npx typeorm migration:show -d dist/libs/persistence/src/data-source.js`).
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';

export default new DataSource(buildDataSourceOptions(loadConfig()));
