import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DefaultLogger, NativeConnection, Runtime, Worker, type LogLevel } from '@temporalio/worker';
import pino from 'pino';
import { DataSource } from 'typeorm';
import { FrontDoorActivitiesService, ReferralService, createFrontDoorActivities, loadServerConfig } from '@childfirst/server';
import { startHealthServer } from './platform/health-server';
import { createReferralTriageActivities } from './referrals/referral-triage.activities';
import { WorkersModule } from './workers.module';

async function main(): Promise<void> {
  process.env.CHILDFIRST_PROCESS = 'workers';
  const config = loadServerConfig();
  const logger = pino({ level: config.LOG_LEVEL, base: { service: 'workers' } });
  const temporalLevel: LogLevel = config.LOG_LEVEL === 'debug' || config.LOG_LEVEL === 'trace' ? 'DEBUG' : config.LOG_LEVEL === 'info' ? 'INFO' : 'WARN';
  Runtime.install({
    logger: new DefaultLogger(temporalLevel, ({ level, message, meta }) => logger[level === 'TRACE' ? 'trace' : (level.toLowerCase() as 'debug' | 'info' | 'warn' | 'error')](meta ?? {}, message)),
  });

  const context = await NestFactory.createApplicationContext(WorkersModule, { logger: ['error', 'warn'] });
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS, tls: config.TEMPORAL_TLS });
  // One worker per task queue; each context's activities come from its shared server module.
  const workers = [
    await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.REFERRALS_TASK_QUEUE,
      workflowsPath: require.resolve('@childfirst/workflows/workflows'),
      // The first triage workflow's activities (for referrals received before the front door workflow) and the front door's.
      activities: { ...createReferralTriageActivities(context.get(ReferralService)), ...createFrontDoorActivities(context.get(FrontDoorActivitiesService)) },
    }),
  ];

  const dataSource = context.get(DataSource);
  const health = await startHealthServer(config.WORKERS_HEALTH_PORT, async () => {
    const database = await dataSource.query('SELECT 1').then(
      () => ({ status: 'up' as const }),
      (error: unknown) => ({ status: 'down' as const, error: String(error) }),
    );
    const states = Object.fromEntries(
      workers.map((worker) => [`worker:${worker.options.taskQueue}`, worker.getState() === 'RUNNING' ? { status: 'up' as const } : { status: 'down' as const, error: worker.getState() }]),
    );
    return { database, ...states };
  });
  logger.info({ port: config.WORKERS_HEALTH_PORT, taskQueues: workers.map((w) => w.options.taskQueue) }, 'workers running');

  // The SDK installs SIGINT/SIGTERM handlers that shut the workers down gracefully (finishing
  // in-flight activities), after which run() resolves and we release the rest.
  await Promise.all(workers.map((worker) => worker.run()));
  health.close();
  await connection.close();
  await context.close();
  logger.info('workers stopped');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
