import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AppError, Clock } from '@app/common';
import type { Principal } from '@app/directory';
import { NotificationRepository } from '@app/notifications';
import { CurrentPrincipal } from '../auth/current-principal.decorator';

class NotificationsQuery {
  @IsOptional()
  @Type(() => Boolean)
  @IsBoolean()
  unreadOnly?: boolean;

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
  @ApiOperation({ summary: 'My notifications, newest first' })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: NotificationsQuery) {
    return this.notifications.inbox({
      userId: principal.userId,
      unreadOnly: query.unreadOnly ?? false,
      limit: query.limit ?? 50,
    });
  }

  @Get('unread-count')
  async unreadCount(@CurrentPrincipal() principal: Principal): Promise<{ unread: number }> {
    return { unread: await this.notifications.unreadCount(principal.userId) };
  }

  @Post(':id/read')
  @HttpCode(204)
  async markRead(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIntPipe) id: number,
  ): Promise<void> {
    const marked = await this.notifications.markRead({ id, userId: principal.userId, now: this.clock.now() });
    if (!marked) throw new AppError(404, 'NOTIFICATION_NOT_FOUND', 'Notification not found');
  }
}
