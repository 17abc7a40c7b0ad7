import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { UNIT_KINDS, UNIT_LEVELS, type UnitKind, type UnitLevel } from '@app/directory';
import { queryBoolean } from '../http/query-values';
import { DISCLOSURE_COLUMNS, type DisclosureColumn } from './board-measures';
import { BOARD_SORTS, type BoardSort, type Light } from './board-rows';

const asList = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : value;
/** Filters and sort of the tracking board (the exports take the same). */
export class BoardQuery {
  @ApiPropertyOptional({ description: 'Workflow states, comma-separated, e.g. drafting,dept_review' })
  @IsOptional()
  @Transform(asList)
  @IsArray()
  @IsString({ each: true })
  @MaxLength(32, { each: true })
  @Matches(/^[a-z_]+$/, { each: true })
  state?: string[];

  @ApiPropertyOptional({ description: 'true: only units overdue and not submitted; false: all others' })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({ enum: ['green', 'yellow', 'red'] })
  @IsOptional()
  @IsIn(['green', 'yellow', 'red'])
  light?: Light;

  @ApiPropertyOptional({ enum: UNIT_KINDS })
  @IsOptional()
  @IsIn(UNIT_KINDS)
  unitKind?: UnitKind;

  @ApiPropertyOptional({ enum: UNIT_LEVELS })
  @IsOptional()
  @IsIn(UNIT_LEVELS)
  unitLevel?: UnitLevel;

  @ApiPropertyOptional({ enum: DISCLOSURE_COLUMNS, description: '已公开 / 未公开 / 逾期未公开' })
  @IsOptional()
  @IsIn(DISCLOSURE_COLUMNS)
  disclosure?: DisclosureColumn;

  @ApiPropertyOptional({
    description:
      'true: only units whose report has open (or reopened) findings of this campaign, 待整改; false: only those without',
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  openFindings?: boolean;

  @ApiPropertyOptional({
    description:
      "true: only units whose chosen internal review chain lacks what the campaign's chain rules require (内部流程不符合要求); false: only those that keep them",
  })
  @IsOptional()
  @Transform(queryBoolean)
  @IsBoolean()
  chainShortfall?: boolean;

  @ApiPropertyOptional({ enum: BOARD_SORTS, default: 'unit' })
  @IsOptional()
  @IsIn(BOARD_SORTS)
  sort?: BoardSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ description: 'Page size (JSON only); all rows when absent' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000)
  limit?: number;

  @ApiPropertyOptional({ default: 0, maximum: 1_000_000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  // Bounded: a number past 2^53 reaches SQL as 1e+20, which OFFSET cannot read (it was a 500).
  @Max(1_000_000)
  offset?: number;
}
