import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  AdminEventRepository,
  requireAdministeredSubtrees,
  type AdminEvent,
  type Principal,
} from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { z } from 'zod/v4';
import { Returns } from '../http/api-response';
import { AdminEventSchema } from './users.responses';

class AdminEventsQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  before?: number;
}

@ApiTags('users')
@ApiBearerAuth()
@Controller('admin/events')
export class AdminEventsController {
  constructor(private readonly events: AdminEventRepository) {}

  @Get()
  @Returns(200, z.array(AdminEventSchema))
  @ApiOperation({ summary: 'Administrative changes in my admin subtree, newest first (who, when, what)' })
  async list(
    @CurrentPrincipal() principal: Principal,
    @Query() query: AdminEventsQuery,
  ): Promise<AdminEvent[]> {
    const roots = requireAdministeredSubtrees(principal, 'admin-event.read');
    const lists = await Promise.all(
      roots.map((path) => this.events.listInSubtree(path, query.limit ?? 100, query.before)),
    );
    return lists
      .flat()
      .sort((a, b) => b.id - a.id)
      .slice(0, query.limit ?? 100);
  }
}
