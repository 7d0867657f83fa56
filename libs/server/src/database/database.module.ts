import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVER_CONFIG, loadServerConfig, type ServerConfig } from '../config';
import { createDataSource } from './data-source';

@Injectable()
class DataSourceCloser implements OnApplicationShutdown {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}
  async onApplicationShutdown(): Promise<void> {
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }
}

/**
 * Configuration and the one PostgreSQL data source for a Nest application (api or workers).
 * Services inject `DataSource` by its class; only repositories use it.
 */
@Global()
@Module({
  providers: [
    { provide: SERVER_CONFIG, useFactory: (): ServerConfig => loadServerConfig() },
    {
      provide: DataSource,
      inject: [SERVER_CONFIG],
      useFactory: (config: ServerConfig) =>
        createDataSource({
          url: config.DATABASE_URL,
          poolSize: config.DATABASE_POOL_SIZE,
          applicationName: `childfirst-${process.env.CHILDFIRST_PROCESS ?? 'app'}`,
        }).initialize(),
    },
    DataSourceCloser,
  ],
  exports: [SERVER_CONFIG, DataSource],
})
export class DatabaseModule {}
