import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Client, Connection } from '@temporalio/client';
import { SERVER_CONFIG, type ServerConfig } from '../config';

export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');

/**
 * One lazily connected Temporal client per process: the API starts even when Temporal is briefly
 * down (health reports it), and reconnects on its own.
 */
@Injectable()
class TemporalConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(TEMPORAL_CLIENT) private readonly client: Client) {}
  async onApplicationShutdown(): Promise<void> {
    await this.client.connection.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: TEMPORAL_CLIENT,
      inject: [SERVER_CONFIG],
      useFactory: (config: ServerConfig) =>
        new Client({
          connection: Connection.lazy({ address: config.TEMPORAL_ADDRESS, tls: config.TEMPORAL_TLS }),
          namespace: config.TEMPORAL_NAMESPACE,
        }),
    },
    TemporalConnectionCloser,
  ],
  exports: [TEMPORAL_CLIENT],
})
export class TemporalClientModule {}
