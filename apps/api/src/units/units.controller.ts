import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal, Unit } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CreateUnitDto, ListUnitsQuery } from './units.dto';
import { UnitsService } from './units.service';
import { z } from 'zod/v4';
import { Returns } from '../http/api-response';
import { UnitSchema } from '../http/shared.responses';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @Returns(200, z.array(UnitSchema))
  @ApiOperation({ summary: 'Units I reach: my own unit, plus the subtree of my coordinator/admin roles' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListUnitsQuery): Promise<Unit[]> {
    return this.units.listVisible(principal, query);
  }

  @Get(':id')
  @Returns(200, UnitSchema)
  @ApiOperation({ summary: 'One unit (404 when outside my reach)' })
  get(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe()) id: string): Promise<Unit> {
    return this.units.get(principal, id);
  }

  @Post()
  @Returns(201, UnitSchema)
  @ApiOperation({ summary: 'Create a unit below one I administer' })
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateUnitDto): Promise<Unit> {
    return this.units.create(principal, body);
  }
}
