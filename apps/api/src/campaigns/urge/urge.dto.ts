import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { URGE_MESSAGE_MAX } from './urge-plan';
import { NoDirectionControls } from '../../http/visible-text';

/** 催办: an optional word from the coordinator to the unit. */
export class UrgeTargetDto {
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: URGE_MESSAGE_MAX,
    example: '请于本周五前完成报送',
    description: `催办说明, at most ${URGE_MESSAGE_MAX} characters once trimmed; blank or omitted: none`,
  })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'message must be text (催办说明)' })
  @MaxLength(URGE_MESSAGE_MAX, {
    message: `message (催办说明) may have at most ${URGE_MESSAGE_MAX} characters; shorten it`,
  })
  @NoDirectionControls('message')
  message?: string | null;
}
