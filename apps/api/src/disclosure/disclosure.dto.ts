import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import {
  DISCLOSURE_CHANNELS,
  REVIEW_CONCLUSIONS,
  type DisclosureChannel,
  type ReviewConclusion,
} from '@app/reports';
import { NoDirectionControls } from '../http/visible-text';

export class DisclosureReviewDto {
  @ApiProperty({ example: 0, description: 'The disclosure version you saw (0 before the first step)' })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @ApiProperty({ enum: REVIEW_CONCLUSIONS, description: '保密审查: cleared, or changes needed first' })
  @IsIn(REVIEW_CONCLUSIONS)
  conclusion: ReviewConclusion;

  @ApiPropertyOptional({
    example: '第三部分案件当事人姓名应标注不予公开',
    description: 'Required when changes are needed',
  })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  @NoDirectionControls('comment')
  comment?: string;
}

export class DisclosurePublicationDto {
  @ApiProperty({ example: 1, description: 'The disclosure version you saw' })
  @IsInt()
  @Min(0)
  expectedVersion: number;

  @ApiProperty({ enum: DISCLOSURE_CHANNELS, description: '政府网站 / 报刊 / 政务新媒体 / 其他' })
  @IsIn(DISCLOSURE_CHANNELS)
  channel: DisclosureChannel;

  @ApiProperty({ example: 'https://www.example.gov.cn/zwgk/fzzfjs/2026/01.html' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ example: '2026-03-20', description: 'China date of the publication; not in the future' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'publishedOn must be a date YYYY-MM-DD' })
  publishedOn: string;
}

/** PUT /reports/:id/disclosure/publication: 更正 of the registered publication. */
export class DisclosurePublicationCorrectionDto extends DisclosurePublicationDto {
  @ApiProperty({
    example: '网址录入有误，更正为实际发布地址',
    description: 'Why the record is corrected (kept in the history)',
  })
  @IsString()
  @MaxLength(500)
  @NoDirectionControls('reason')
  reason: string;
}
