import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength, Min, ValidateIf } from 'class-validator';
import { EXTERNAL_BODIES } from '@app/directory';
import { IsLocalDateString } from '../campaigns.dto';
import { FORWARDING_CHANNEL_KEYS, FORWARDING_CHANNELS, type ForwardingChannel } from './forwarding-plan';
import { VisibleText } from '../../http/visible-text';

const CHANNEL_LIST = FORWARDING_CHANNEL_KEYS.map((k) => `${k} (${FORWARDING_CHANNELS[k]})`).join(', ');

/** 报送外部机关: which target's report went to which body, when, how, under which 文号. */
export class RecordForwardingDto {
  @ApiProperty({ description: 'The target whose accepted report was sent on (its unit id)' })
  @IsUUID('all', { message: 'unitId must be the id of a target unit of the campaign' })
  unitId: string;

  @ApiProperty({
    enum: Object.keys(EXTERNAL_BODIES),
    description: 'The body outside the system, one the campaign names (主送 or 抄送)',
  })
  @IsString()
  @MaxLength(64)
  body: string;

  @ApiProperty({
    example: '2197-03-25',
    description: 'The day it was sent: not in the future, not before the report was accepted',
  })
  @IsLocalDateString()
  sentOn: string;

  @ApiProperty({ enum: FORWARDING_CHANNEL_KEYS, description: `How it was sent: ${CHANNEL_LIST}` })
  @IsIn(FORWARDING_CHANNEL_KEYS, { message: `channel must be one of ${CHANNEL_LIST}` })
  channel: ForwardingChannel;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Words on the channel; required for other (其他), e.g. 专人送达',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  channelNote?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '新法治办〔2197〕12号',
    description:
      'The 文号 it went under, if any; a year typed in [], ［］, (), （）, 【】 or 〖〗 is stored in 六角括号 〔2197〕',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @VisibleText('documentNumber')
  documentNumber?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description:
      'Correcting a record: the id of the current record for this target and body (it stays in the history). Omit or null for the first record; a record made meanwhile answers 409 FORWARDING_CHANGED',
  })
  @ValidateIf((dto: RecordForwardingDto) => dto.supersedes !== null && dto.supersedes !== undefined)
  @IsInt()
  @Min(1)
  supersedes?: number | null;
}
