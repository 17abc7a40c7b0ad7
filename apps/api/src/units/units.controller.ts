import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DrafterCountsRepository, reachOf, type Principal, type Unit } from '@app/directory';
import { CurrentPrincipal } from '../auth/current-principal.decorator';
import { CreateUnitDto, DemonstrationAreaDto, ListUnitsQuery, RenameUnitDto } from './units.dto';
import { UnitsService } from './units.service';
import { z } from 'zod/v4';
import { Returns } from '../http/api-response';
import { UnitSchema } from '../http/shared.responses';
import { DrafterCountSchema } from './units.responses';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(
    private readonly units: UnitsService,
    private readonly drafterCounts: DrafterCountsRepository,
  ) {}

  @Get()
  @Returns(200, z.array(UnitSchema))
  @ApiOperation({ summary: 'Units I reach: my own unit, plus the subtree of my coordinator/admin roles' })
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListUnitsQuery): Promise<Unit[]> {
    return this.units.listVisible(principal, query);
  }

  @Get('drafter-counts')
  @Returns(200, z.array(DrafterCountSchema))
  @ApiOperation({
    summary: 'Active drafters per unit in the subtrees I coordinate or administer (counts, no names)',
    description: 'So an issuer sees, before 下发, which target units nobody could draft for.',
  })
  drafterCountsOf(@CurrentPrincipal() principal: Principal) {
    // The subtrees of the access policy's reach: the units this caller may issue campaigns to.
    return this.drafterCounts.countsUnder(reachOf(principal).subtreePaths);
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

  @Put(':id/demonstration-area')
  @Returns(200, UnitSchema)
  @ApiOperation({
    summary: 'Designate a government a national demonstration area (全国法治政府建设示范地区), or no longer',
    description:
      'Administrators of the unit above (as for renaming). Governments only (400 otherwise). A demonstration area is asked for its additional report by campaigns on the demonstration line (reportLine demonstration_area); recorded as an admin event (unit.demonstration_area_set)',
  })
  setDemonstrationArea(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: DemonstrationAreaDto,
  ): Promise<Unit> {
    return this.units.setDemonstrationArea(principal, id, body);
  }

  @Put(':id/name')
  @Returns(200, UnitSchema)
  @ApiOperation({
    summary: 'Rename a unit I administer (机构改革); its reports, roles and history follow by id',
    description:
      'expectedName is the name you saw: 409 UNIT_NAME_CHANGED when someone renamed it meanwhile, 409 UNIT_NAME_TAKEN when the parent has a unit of that name; recorded as an admin event (unit.renamed)',
  })
  rename(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RenameUnitDto,
  ): Promise<Unit> {
    return this.units.rename(principal, id, body);
  }
}
