import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { NoDirectionControls } from '../http/visible-text';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class RaiseFindingDto {
  @ApiPropertyOptional({
    description:
      'The campaign whose receipt the finding is raised on; may be left out when the report answers one campaign of your office',
  })
  @IsOptional()
  @IsUUID()
  campaignId?: string;

  @ApiProperty({ example: '第四部分未写明行政复议纠错率', description: 'The finding (问题)' })
  @IsString()
  @MaxLength(5000)
  text: string;

  @ApiPropertyOptional({
    example: '2043-03-31',
    description: '整改 due date (China date); default today + 30 days',
  })
  @IsOptional()
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn?: string;
}

export class AnswerFindingDto {
  @ApiProperty({ example: 1, description: 'The finding version you saw' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiProperty({ example: '已补充行政复议纠错率并修订报告第四部分', description: '整改措施' })
  @IsString()
  @MaxLength(5000)
  measures: string;

  @ApiProperty({ example: '2043-03-10', description: 'The date the measures were (or will be) completed' })
  @Matches(DATE, { message: 'completedOn must be a date YYYY-MM-DD' })
  completedOn: string;
}

export class CloseFindingDto {
  @ApiProperty({ example: 2, description: 'The finding version you saw' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiPropertyOptional({ example: '整改到位' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @NoDirectionControls('comment')
  comment?: string;
}

export class ReopenFindingDto {
  @ApiProperty({ example: 2, description: 'The finding version you saw' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiProperty({ example: '纠错率数据口径不一致，请核实', description: 'Why the 整改 is not sufficient' })
  @IsString()
  @MaxLength(5000)
  @NoDirectionControls('comment')
  comment: string;

  @ApiPropertyOptional({
    example: '2043-04-30',
    description: 'A new 整改 due date; default: the current one',
  })
  @IsOptional()
  @Matches(DATE, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn?: string;
}
