import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@app/config';
import { buildDataSourceOptions, buildPipelineDataSourceOptions } from './data-source-options';
import { Database, PIPELINE_DATA_SOURCE } from './database';
import { RequestReads } from './request-reads';
import { Transactions } from './transactions';
import { assertSchemaCurrent } from './schema-check';

/** Closes the pipelining pool with the application (TypeOrmModule closes the main one). */
@Injectable()
class PipelinePoolCloser implements OnApplicationShutdown {
  constructor(@Inject(PIPELINE_DATA_SOURCE) private readonly dataSource: DataSource) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

// Global: one connection pool per process (and the pipelining pool of the transitions), injected by repositories in every module.
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
  providers: [
    {
      provide: PIPELINE_DATA_SOURCE,
      inject: [AppConfig],
      // Connections are opened on first use: a process that never runs a transition opens none.
      useFactory: (config: AppConfig) => new DataSource(buildPipelineDataSourceOptions(config)).initialize(),
    },
    PipelinePoolCloser,
    Database,
    Transactions,
    RequestReads,
  ],
  exports: [Database, Transactions, RequestReads],
})
export class PersistenceModule {}
