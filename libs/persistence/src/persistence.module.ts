import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions } from './data-source-options';
import { Database } from './database';
import { RequestReads } from './request-reads';
import { Transactions } from './transactions';
import { assertSchemaCurrent } from './schema-check';

// Global: one connection pool per process, injected by repositories in every module.
@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ ...buildDataSourceOptions(config), retryAttempts: 0 }),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        try {
          await assertSchemaCurrent(dataSource);
        } catch (error) {
          await dataSource.destroy();
          throw error;
        }
        return dataSource;
      },
    }),
  ],
  providers: [Database, Transactions, RequestReads],
  exports: [Database, Transactions, RequestReads],
})
export class PersistenceModule {}
