import { Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppError, Clock } from '@app/common';
import { AccessErrors, type Principal } from '@app/directory';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { z } from 'zod/v4';
import { Returns } from '../http/api-response';
import { DeadLetterSchema, ReplayedDeliverySchema } from './operations.responses';

function adminRoots(principal: Principal): string[] {
  const roots = principal.roles.filter((r) => r.role === 'admin').map((r) => r.unitPath);
  if (roots.length === 0)
    throw AccessErrors.missingRole(
      'dead-letter.read',
      ['admin'],
      principal.roles.map((r) => r.role),
    );
  return roots;
}

/** Email/webhook deliveries that failed every retry, for the admins of the units they concern. */
/** A dead delivery as the list reads it, with its unit's name. */
interface DeadLetterRow {
  id: number | string;
  channel: string;
  target: string;
  unit_id: string;
  unit_name: string;
  report_id: string | null;
  subject: string;
  attempts: number | string;
  replays: number | string;
  last_error: string | null;
  created_at: Date;
  dead_at: Date;
}

@ApiTags('operations')
@ApiBearerAuth()
@Controller('admin/dead-letters')
export class DeadLettersController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Returns(200, z.array(DeadLetterSchema))
  @ApiOperation({ summary: 'Deliveries that failed every retry, in my admin subtree' })
  async list(@CurrentPrincipal() principal: Principal) {
    const roots = adminRoots(principal);
    const rows: DeadLetterRow[] = await this.dataSource.query(
      `SELECT d.id, d.channel, d.target, d.unit_id, un.name AS unit_name, d.report_id, d.subject, d.attempts, d.replays,
              d.last_error, d.created_at, d.dead_at
         FROM deliveries d JOIN units un ON un.id = d.unit_id
        WHERE d.status = 'dead' AND (${roots.map(() => 'un.path LIKE ?').join(' OR ')})
        ORDER BY d.dead_at DESC LIMIT 500`,
      roots.map((r) => `${r}%`),
    );
    return rows.map((r) => ({
      id: Number(r.id),
      channel: r.channel,
      target: r.target,
      unit: { id: r.unit_id, name: r.unit_name },
      reportId: r.report_id,
      subject: r.subject,
      attempts: Number(r.attempts),
      replays: Number(r.replays),
      lastError: r.last_error,
      createdAt: r.created_at,
      deadAt: r.dead_at,
    }));
  }

  @Post(':id/replay')
  @Returns(202, ReplayedDeliverySchema)
  @ApiOperation({
    summary: 'Send a dead delivery again (it keeps its key, so it is still sent at most once)',
  })
  async replay(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    const roots = adminRoots(principal);
    const now = this.clock.now();
    const replays = await this.dataSource.transaction(async (manager) => {
      const rows: Array<{ replays: number; path: string; status: string }> = await manager.query(
        `SELECT d.replays, d.status, un.path FROM deliveries d JOIN units un ON un.id = d.unit_id WHERE d.id = ? FOR UPDATE`,
        [id],
      );
      const row = rows[0];
      if (!row || !roots.some((r) => row.path.startsWith(r)))
        throw new AppError(404, 'NOT_FOUND', 'Dead letter not found');
      if (row.status !== 'dead')
        throw new AppError(409, 'NOT_DEAD', `This delivery is ${row.status}, not in the dead-letter list`);
      await manager.query(
        "UPDATE deliveries SET status = 'pending', replays = replays + 1, dead_at = NULL WHERE id = ?",
        [id],
      );
      await this.outbox.add(
        manager,
        'delivery-send',
        { deliveryId: id, replay: Number(row.replays) + 1 },
        now,
      );
      return Number(row.replays) + 1;
    });
    this.relay.kick();
    return { id, status: 'pending' as const, replays };
  }
}
