import { Controller, Get, HttpCode, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import { TEMPORAL_CLIENT } from '@childfirst/server';
import { Public } from '../auth/access.decorators';

type CheckResult = { status: 'up' } | { status: 'down'; error: string };

async function check(probe: () => Promise<unknown>): Promise<CheckResult> {
  try {
    await probe();
    return { status: 'up' };
  } catch (error) {
    return { status: 'down', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Liveness (the process answers) and readiness (its dependencies answer) for orchestrators. */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
  ) {}

  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'up' };
  }

  @Get('ready')
  async ready() {
    const [database, temporal] = await Promise.all([
      check(() => this.dataSource.query('SELECT 1')),
      check(() => this.temporal.connection.withDeadline(Date.now() + 3000, () => this.temporal.workflowService.getSystemInfo({}))),
    ]);
    const checks = { database, temporal };
    if (database.status !== 'up' || temporal.status !== 'up') throw new ServiceUnavailableException({ message: 'Not ready', checks });
    return { status: 'up', checks };
  }
}
