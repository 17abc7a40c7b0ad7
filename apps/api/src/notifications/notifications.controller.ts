import { Controller, Get, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { AppError, Clock } from '@app/common';
import type { Principal } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { z } from 'zod/v4';
import { Returns, ReturnsNothing } from '../http/api-response';
import { NotificationSchema, UnreadCountSchema } from './notifications.responses';

class NotificationsQuery {
  @ApiPropertyOptional({ description: 'Only the unread ones' })
  @IsOptional()
  @Type(() => Boolean)
  @IsBoolean()
  unreadOnly?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

/** The in-app inbox: only ever my own notifications. */
/** A notifications row as the list reads it. */
interface NotificationRow {
  id: number | string;
  kind: string;
  report_id: string | null;
  title: string;
  body: string;
  created_at: Date;
  read_at: Date | null;
}

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Returns(200, z.array(NotificationSchema))
  @ApiOperation({ summary: 'My notifications, newest first' })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationsQuery) {
    const rows: NotificationRow[] = await this.dataSource.query(
      `SELECT id, kind, report_id, title, body, created_at, read_at FROM notifications
        WHERE user_id = ? ${query.unreadOnly ? 'AND read_at IS NULL' : ''} ORDER BY id DESC LIMIT ?`,
      [principal.userId, query.limit ?? 50],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      reportId: r.report_id,
      title: r.title,
      body: r.body,
      createdAt: r.created_at,
      readAt: r.read_at,
    }));
  }

  @Get('unread-count')
  @Returns(200, UnreadCountSchema)
  async unreadCount(@CurrentPrincipal() principal: Principal): Promise<{ unread: number }> {
    const [row] = await this.dataSource.query(
      'SELECT COUNT(*) AS n FROM notifications WHERE user_id = ? AND read_at IS NULL',
      [principal.userId],
    );
    return { unread: Number(row.n) };
  }

  @Post(':id/read')
  @ReturnsNothing()
  async markRead(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<void> {
    const result: { affectedRows: number } = await this.dataSource.query(
      'UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND user_id = ?',
      [this.clock.now(), id, principal.userId],
    );
    if (result.affectedRows === 0)
      throw new AppError(404, 'NOTIFICATION_NOT_FOUND', 'Notification not found');
  }
}
