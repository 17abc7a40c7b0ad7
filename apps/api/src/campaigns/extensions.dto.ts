import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateBy } from 'class-validator';
import { IsLocalDateString } from './campaigns.dto';
import { NotBlank } from '../http/not-blank';
import { NoDirectionControls } from '../http/visible-text';

export class RequestExtensionDto {
  @ApiPropertyOptional({ description: 'The target unit asking; defaults to your own unit' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiProperty({ example: '2026-03-06', description: 'The due date asked for (later than the current one)' })
  @IsLocalDateString()
  requestedDueDate: string;

  @ApiProperty({ example: '党组会议因主要负责人外出学习推迟召开' })
  @IsString()
  @IsNotEmpty()
  @NotBlank('reason')
  @MaxLength(2000)
  @NoDirectionControls('reason')
  reason: string;
}

/** A refusal keeps the current due date: a date sent with it was dropped unsaid (scenario test, stop 47). */
const OnlyWithGrant = (): PropertyDecorator =>
  ValidateBy({
    name: 'onlyWithGrant',
    validator: {
      validate: (_value, args) => (args?.object as DecideExtensionDto).decision !== 'refuse',
      defaultMessage: () => 'dueDate is sent only with a grant: a refusal keeps the current due date',
    },
  });

export class DecideExtensionDto {
  @ApiProperty({ enum: ['grant', 'refuse'] })
  @IsIn(['grant', 'refuse'])
  decision: 'grant' | 'refuse';

  @ApiPropertyOptional({ example: '2026-03-04', description: 'Grant a different date than asked' })
  @IsOptional()
  @IsLocalDateString()
  @OnlyWithGrant()
  dueDate?: string;

  @ApiPropertyOptional({ description: 'Required when refusing' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  @NoDirectionControls('comment')
  comment?: string;
}
