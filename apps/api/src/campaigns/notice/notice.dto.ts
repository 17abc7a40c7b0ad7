import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import type { NoticeText } from './notice.types';

/**
 * PUT /campaigns/:id/notice. Only the types are checked here: the bounds are checked together by
 * noticeTextViolations, so one 400 (NOTICE_INVALID) names every field at fault.
 */
export class PutNoticeDto implements NoticeText {
  @ApiProperty({ description: 'The version read (GET /campaigns/:id/notice)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiProperty({ example: '关于2062年度法治政府建设年度报告报送情况的通报', description: '1-200 characters' })
  @IsString()
  title: string;

  @ApiProperty({
    type: String,
    example: '昌州依法办〔2063〕5号',
    nullable: true,
    required: false,
    description: '文号, at most 64 characters; empty or null: none yet',
  })
  @IsOptional()
  @IsString()
  documentNumber: string | null;

  @ApiProperty({
    type: [String],
    description:
      'The body, one paragraph each (1-200, each at most 2,000 characters); blank ones are dropped',
  })
  @IsArray()
  @IsString({ each: true })
  paragraphs: string[];

  @ApiProperty({
    type: [String],
    description: 'The units named (targets of the campaign): notified when it is issued, then its readers',
  })
  @IsArray()
  @IsUUID('all', { each: true })
  namedUnitIds: string[];
}

/** POST /campaigns/:id/notice/issue. */
export class IssueNoticeDto {
  @ApiProperty({ description: 'The version read: what the coordinator saw is what is issued' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
