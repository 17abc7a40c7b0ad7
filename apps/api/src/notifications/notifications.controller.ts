import { Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { AppError, Clock } from '@app/common';
import type { Principal } from '@app/directory';
import { NotificationRepository } from '@app/notifications';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { z } from 'zod/v4';
import { Returns, ReturnsNothing } from '../http/api-response';
import { RowIdParam } from '../http/query-values';
import { queryBoolean } from '../http/query-values';
import { NotificationSchema, UnreadCountSchema } from './notifications.responses';

/** A notification id that is not a number names no notification: 404 as for one not found. */
const notificationNotFound = () => new AppError(404, 'NOTIFICATION_NOT_FOUND', 'Notification not found');

class NotificationsQuery {
  @ApiPropertyOptional({ description: 'Only the unread ones' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  unreadOnly?: boolean;

  @ApiPropertyOptional({
    description: 'Only those about this report (the report page shows its latest 催办)',
  })
  @IsOptional()
  @IsUUID()
  reportId?: string;

  @ApiPropertyOptional({ description: 'Only those of this kind, e.g. urged (催办)', example: 'urged' })
  @IsOptional()
  @MaxLength(40)
  @Matches(/^[a-z_]+$/, { message: 'kind must be a notification kind such as urged or returned' })
  kind?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

/** The in-app inbox: only ever my own notifications. */

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationRepository,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Returns(200, z.array(NotificationSchema))
  @ApiOperation({ summary: 'My notifications, newest first' })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationsQuery) {
    return this.notifications.inbox({
      userId: principal.userId,
      unreadOnly: query.unreadOnly ?? false,
      reportId: query.reportId,
      kind: query.kind,
      limit: query.limit ?? 50,
    });
  }

  @Get('unread-count')
  @Returns(200, UnreadCountSchema)
  async unreadCount(@CurrentPrincipal() principal: Principal): Promise<{ unread: number }> {
    return { unread: await this.notifications.unreadCount(principal.userId) };
  }

  @Post(':id/read')
  @ReturnsNothing()
  async markRead(
    @CurrentPrincipal() principal: Principal,
    @Param('id', RowIdParam(notificationNotFound)) id: number,
  ): Promise<void> {
    const marked = await this.notifications.markRead({ id, userId: principal.userId, now: this.clock.now() });
    if (!marked) throw notificationNotFound();
  }
}
