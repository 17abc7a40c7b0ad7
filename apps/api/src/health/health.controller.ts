import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { AppError } from '@app/common';
import { Public } from '../auth/auth.guard';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is up (no dependencies checked)' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'MySQL and Redis answer; 503 names the one that is down' })
  async ready() {
    try {
      return await this.health.check([
        () => this.database.pingCheck('database', { timeout: 1500 }),
        () => this.redis.isHealthy('redis'),
      ]);
    } catch (error) {
      // Terminus throws a 503 carrying the per-dependency result; name what is down in the message.
      const result = (error as { getResponse?: () => unknown }).getResponse?.() as
        { error?: Record<string, { message?: string }>; details?: Record<string, unknown> } | undefined;
      if (!result?.error) throw error;
      const down = Object.entries(result.error).map(
        ([name, info]) => `${name} is down${info.message ? ` (${info.message})` : ''}`,
      );
      throw new AppError(503, 'NOT_READY', `Not ready: ${down.join('; ')}`, { checks: result.details });
    }
  }
}
