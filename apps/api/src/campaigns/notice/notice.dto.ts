import { ApiProperty } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';
import { NoDirectionControls, VisibleText } from '../../http/visible-text';
import { NOTICE_LIMITS } from './notice-text';
import type { NoticeEdit } from './notice.types';

/**
 * PUT /campaigns/:id/notice. Types and upper bounds are checked here, before anything is looked up
 * (malformed input is a 400 whether or not the campaign has a 通报); what needs the stored draft or
 * the campaign (an empty text, units it did not ask) is checked together by noticeTextViolations, so
 * one 400 (NOTICE_INVALID) names every field at fault.
 */
export class PutNoticeDto implements NoticeEdit {
  @ApiProperty({ description: 'The version read (GET /campaigns/:id/notice)' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiProperty({ example: '关于2062年度法治政府建设年度报告报送情况的通报', description: '1-200 characters' })
  @IsString()
  @MaxLength(NOTICE_LIMITS.titleChars)
  @VisibleText('title')
  title: string;

  @ApiProperty({
    type: String,
    example: '昌州依法办〔2063〕5号',
    nullable: true,
    required: false,
    description:
      '文号, at most 64 characters; empty or null: none yet. A year typed in [], ［］, (), （）, 【】 or 〖〗 is stored in 六角括号 〔2063〕',
  })
  @IsOptional()
  @IsString()
  @MaxLength(NOTICE_LIMITS.documentNumberChars)
  @VisibleText('documentNumber')
  documentNumber: string | null;

  @ApiProperty({
    type: [String],
    description:
      'The body, one paragraph each (1-200, each at most 2,000 characters); blank ones are dropped',
  })
  @IsArray()
  @ArrayMaxSize(NOTICE_LIMITS.paragraphs)
  @IsString({ each: true })
  @MaxLength(NOTICE_LIMITS.paragraphChars, { each: true })
  @NoDirectionControls('paragraphs', { each: true })
  paragraphs: string[];

  @ApiProperty({
    type: [String],
    description: 'The units named (targets of the campaign): notified when it is issued, then its readers',
  })
  @IsArray()
  @ArrayMaxSize(NOTICE_LIMITS.namedUnits)
  @IsUUID('all', { each: true })
  namedUnitIds: string[];

  @ApiProperty({
    type: [String],
    required: false,
    example: ['各县（市）依法治县（市）办', '州直各部门'],
    description:
      '主送, printed after the title (1-20 entries, each at most 100 characters); absent: unchanged',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTICE_LIMITS.addressees)
  @IsString({ each: true })
  @MaxLength(NOTICE_LIMITS.addressChars, { each: true })
  @VisibleText('addressees', { each: true })
  addressees?: string[];

  @ApiProperty({
    type: [String],
    required: false,
    example: ['州委', '州政府'],
    description: '抄送, printed in the 版记 (0-20 entries, each at most 100 characters); absent: unchanged',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(NOTICE_LIMITS.copiesTo)
  @IsString({ each: true })
  @MaxLength(NOTICE_LIMITS.addressChars, { each: true })
  @VisibleText('copiesTo', { each: true })
  copiesTo?: string[];
}

/** POST /campaigns/:id/notice/issue. */
export class IssueNoticeDto {
  @ApiProperty({ description: 'The version read: what the coordinator saw is what is issued' })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiProperty({
    required: false,
    description:
      'true: issue the text as it is although the board changed since it was generated (otherwise 409 NOTICE_FACTS_CHANGED)',
  })
  @IsOptional()
  @IsBoolean()
  confirmChangedFacts?: boolean;

  @ApiProperty({
    required: false,
    description:
      'true: issue although the disclosure date has not passed and some targets have not published yet, so the 通报 cannot name who fails to publish (otherwise 409 NOTICE_BEFORE_DISCLOSURE_DATE)',
  })
  @IsOptional()
  @IsBoolean()
  confirmBeforeDisclosureDate?: boolean;
}

/** POST /campaigns/:id/notice/refresh. */
export class RefreshNoticeDto {
  @ApiProperty({ description: 'The version read: the text it replaces is the one the coordinator saw' })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
