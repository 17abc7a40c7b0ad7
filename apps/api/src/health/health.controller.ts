import { Controller, Get, Logger } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { AppError } from '@app/common';
import { Public } from '../auth/auth.guard';
import { RedisHealthIndicator } from './redis.health';
import { Returns } from '../http/api-response';
import { LivenessSchema, ReadinessSchema } from './health.responses';

/** Only "up" or "down" per dependency: the public answer must not name hosts, ports or errors. */
function statusesOnly(checks: HealthIndicatorResult | undefined): Record<string, { status: string }> {
  return Object.fromEntries(
    Object.entries(checks ?? {}).map(([name, check]) => [name, { status: String(check.status) }]),
  );
}

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  private readonly logger = new Logger('Health');

  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get('live')
  @Returns(200, LivenessSchema)
  @ApiOperation({ summary: 'The process is up (no dependencies checked)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @Returns(200, ReadinessSchema)
  @HealthCheck()
  @ApiOperation({ summary: 'MySQL and Redis answer; 503 names the one that is down (database, redis)' })
  async ready() {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1500 }),
        () => this.redis.isHealthy('redis'),
      ]);
    } catch (error) {
      // Terminus throws a 503 carrying the per-dependency result: the detail (hosts, error texts)
      // goes to the log for the operator; the caller, who may be anyone, learns only what is down.
      const failed = (error as { getResponse?: () => unknown }).getResponse?.() as
        HealthCheckResult | undefined;
      if (!failed?.error) throw error;
      this.logger.warn({ checks: failed.details }, 'not ready');
      const down = Object.keys(failed.error).map((name) => `${name} is down`);
      throw new AppError(503, 'NOT_READY', `Not ready: ${down.join('; ')}`, {
        checks: statusesOnly(failed.details),
      });
    }
    return { status: result.status, details: statusesOnly(result.details) };
  }
}
