import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsNumber, Min } from 'class-validator';
import type { ScoringRule } from './scoring-rule';

const points = { allowNaN: false, allowInfinity: false } as const;

/**
 * PUT /campaigns/:id/scoring-rule. Only the types are checked here: the bounds (whole points, no
 * deduction above the base) are checked together by scoringRuleViolations, so one 400 names all.
 */
export class PutScoringRuleDto implements ScoringRule {
  @ApiProperty({ description: 'The scoring rule version read (0 while the campaign uses the default)' })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @ApiProperty({ example: 100, description: '基础分 (1-1000)' })
  @IsNumber(points)
  basePoints: number;

  @ApiProperty({ example: 2, description: '逾期报送: per working day late against the notice date' })
  @IsNumber(points)
  perWorkingDayLate: number;

  @ApiProperty({ example: 10, description: '未报送: the points of submission; lateness costs at most this' })
  @IsNumber(points)
  notSubmitted: number;

  @ApiProperty({
    example: 5,
    description: '未按期公开: not published (or published late) by the disclosure date',
  })
  @IsNumber(points)
  notPublishedByDisclosureDate: number;

  @ApiProperty({ example: 2, description: '内容不完整: per statutory item missing' })
  @IsNumber(points)
  perMissingItem: number;

  @ApiProperty({ example: 1, description: '多次退回: per return beyond the first' })
  @IsNumber(points)
  perReturnBeyondFirst: number;
}
