import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { UNIT_KINDS, UNIT_LEVELS, type UnitKind, type UnitLevel } from '@app/directory';
import { VisibleText } from '../http/visible-text';

/** A name is stored trimmed: spaces alone are no name. */
const TWO_CHARACTERS_BESIDES_SPACES = /^\s*\S.*\S\s*$/s;
export class CreateUnitDto {
  @ApiProperty({ description: 'The unit it belongs under (must be within your admin reach)' })
  @IsUUID()
  parentId: string;

  @ApiProperty({ example: '呼图壁县交通运输局' })
  @IsString()
  @Length(2, 100)
  @Matches(TWO_CHARACTERS_BESIDES_SPACES, { message: 'name must have at least 2 characters besides spaces' })
  @VisibleText('name')
  name: string;

  @ApiProperty({ enum: UNIT_KINDS, example: 'department' })
  @IsIn(UNIT_KINDS)
  kind: UnitKind;

  @ApiProperty({ enum: UNIT_LEVELS, example: 'county' })
  @IsIn(UNIT_LEVELS)
  level: UnitLevel;

  @ApiPropertyOptional({ example: '652323', description: 'Administrative division code (行政区划代码)' })
  @IsOptional()
  @Matches(/^\d{2,12}$/, { message: 'divisionCode must be 2-12 digits' })
  divisionCode?: string;

  @ApiPropertyOptional({
    description:
      'Designated demonstration area (法治政府建设示范地区), set on its government: one additional report line, due end of January',
  })
  @IsOptional()
  @IsBoolean()
  demonstrationArea?: boolean;

  @ApiPropertyOptional({
    description:
      'For a rule_of_law_office (依法治X办) only: the justice bureau (司法局) whose staff run it, a 司法局 of the same government',
  })
  @IsOptional()
  @IsUUID()
  housedInUnitId?: string;
}

export class DemonstrationAreaDto {
  @ApiProperty({
    example: true,
    description:
      'true: the government is a national demonstration area (全国法治政府建设示范地区) and owes the additional report; false: no longer',
  })
  @IsBoolean()
  demonstrationArea: boolean;
}

export class RenameUnitDto {
  @ApiProperty({
    example: '呼图壁县交通运输局',
    description: 'The new name (机构改革: a bureau renamed or merged)',
  })
  @IsString()
  @Length(2, 100)
  @Matches(TWO_CHARACTERS_BESIDES_SPACES, { message: 'name must have at least 2 characters besides spaces' })
  @VisibleText('name')
  name: string;

  @ApiProperty({
    example: '呼图壁县交通局',
    description:
      'The name you saw: if someone renamed the unit meanwhile, 409 UNIT_NAME_CHANGED, nothing changed',
  })
  @IsString()
  @Length(1, 100)
  expectedName: string;
}

export class ListUnitsQuery {
  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  kind?: UnitKind;

  @ApiPropertyOptional({ enum: UNIT_LEVELS })
  @IsOptional()
  @IsIn(UNIT_LEVELS)
  level?: UnitLevel;
}
