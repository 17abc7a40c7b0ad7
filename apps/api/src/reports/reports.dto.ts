import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ACTION_FIELDS, type ActionField } from '@app/workflow';
import { NoDirectionControls, VisibleText } from '../http/visible-text';

const SECTION_MAX = 100_000;

/**
 * The five items as saved. Direction overrides are refused as in every text another office reads
 * (http/visible-text.ts): the report is printed, published and read by its recipients, and U+202E
 * made a published passage display reversed (external QA, stop 53).
 */
export class SectionsDto {
  @ApiPropertyOptional({ description: '一、主要举措和成效' })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  @NoDirectionControls('measures')
  measures?: string;

  @ApiPropertyOptional({ description: '二、存在的不足和原因' })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  @NoDirectionControls('shortcomings')
  shortcomings?: string;

  @ApiPropertyOptional({
    description: '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  @NoDirectionControls('leadersDuty')
  leadersDuty?: string;

  @ApiPropertyOptional({ description: '四、下一年度推进法治政府建设的主要安排' })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  @NoDirectionControls('nextYearPlan')
  nextYearPlan?: string;

  @ApiPropertyOptional({ description: '五、其他需要报告的情况' })
  @IsOptional()
  @IsString()
  @MaxLength(SECTION_MAX)
  @NoDirectionControls('other')
  other?: string;
}

export class CreateReportDto {
  @ApiProperty({ description: 'The reporting unit' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ example: 2024, description: 'The year reported on' })
  @IsInt()
  @Min(2000)
  @Max(2200)
  reportYear: number;

  @ApiPropertyOptional({ example: '呼图壁县交通运输局2024年法治政府建设年度报告' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @VisibleText('title')
  title?: string;
}

export class SaveRevisionDto {
  @ApiProperty({
    example: 0,
    description: 'The revision this edit started from; a stale one is refused with 409',
  })
  @IsInt()
  @Min(0)
  basedOnRevision: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @VisibleText('title')
  title?: string;

  @ApiProperty({
    type: SectionsDto,
    description:
      'The sections this save changes. A section left out keeps its text from basedOnRevision ' +
      '(so {"other":"…"} changes item five only); an explicit "" clears a section. On the first ' +
      'save (basedOnRevision 0) the sections left out start empty.',
    example: { other: '五、其他需要报告的情况\n无。' },
  })
  @IsObject()
  @ValidateNested()
  @Type(() => SectionsDto)
  sections: SectionsDto;
}

export class ActionFieldsDto implements Partial<Record<ActionField, string>> {
  @ApiPropertyOptional({ example: '党组会议', description: ACTION_FIELDS.meetingBody })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  meetingBody?: string;

  @ApiPropertyOptional({
    example: '2025-01-20',
    description: `${ACTION_FIELDS.meetingDate}; not before the report year, not after today (China time)`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  meetingDate?: string;

  @ApiPropertyOptional({ example: '党组会纪要〔2025〕3号', description: ACTION_FIELDS.minutesNumber })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @VisibleText('minutesNumber')
  minutesNumber?: string;

  @ApiPropertyOptional({
    example: '经审查，报告内容合法合规，同意报送。',
    description: ACTION_FIELDS.opinion,
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @NoDirectionControls('opinion')
  opinion?: string;

  @ApiPropertyOptional({ description: ACTION_FIELDS.publicationUrl })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  publicationUrl?: string;

  @ApiPropertyOptional({
    example: '2025-03-28',
    description: `${ACTION_FIELDS.publicationDate}; not before the report year, not after today (China time)`,
  })
  @IsOptional()
  @IsString()
  @MaxLength(10)
  publicationDate?: string;

  @ApiPropertyOptional({ example: '呼交发〔2026〕3号', description: ACTION_FIELDS.documentNumber })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @VisibleText('documentNumber')
  documentNumber?: string;

  @ApiPropertyOptional({ example: 'true', description: ACTION_FIELDS.needsRedeliberation })
  @IsOptional()
  @IsString()
  @MaxLength(5)
  needsRedeliberation?: string;
}

export class TakeActionDto {
  @ApiProperty({
    example: 'approve',
    description:
      'submit, approve, approve_in_principle (原则通过), sign_off (签发), dispatch (文号), return, withdraw, ' +
      'accept, publish (per the workflow)',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  action: string;

  @ApiProperty({ example: 3, description: 'The report version you saw; if someone acted first you get 409' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiPropertyOptional({ example: '第二部分缺少原因分析，请补充。', description: 'Required for return' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @NoDirectionControls('comment')
  comment?: string;

  @ApiPropertyOptional({ type: ActionFieldsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ActionFieldsDto)
  fields?: ActionFieldsDto;
}

export class DiffQuery {
  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  from: number;

  @ApiProperty()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  to: number;
}

export class ListReportsQuery {
  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  reportYear?: number;

  @ApiPropertyOptional({ example: 'dept_review' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  // A state name is a lower-case identifier; anything else (e.g. non-ASCII) never reaches the ASCII column.
  @Matches(/^[a-z_]+$/, { message: 'state must be a workflow state such as drafting or dept_review' })
  state?: string;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
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

export class CheckOverrideDto {
  @ApiProperty({
    example: '往年报告补报，年度按实际填写',
    description: 'Why the report may leave drafting despite the check',
  })
  @IsString()
  @IsNotEmpty({ message: 'reason must say why the check is overridden' })
  @MaxLength(1000)
  @NoDirectionControls('reason')
  reason: string;
}
