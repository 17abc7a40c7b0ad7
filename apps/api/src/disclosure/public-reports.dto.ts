import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import { IgnoresUnknownQueryParameters } from '../http/validation-pipe';

/** Read by anyone following a shared link: what a chat app appends is ignored (validation-pipe.ts). */
@IgnoresUnknownQueryParameters()
export class PublicReportsQuery {
  @ApiProperty({ description: 'The unit whose tree (the unit and every unit below it) is listed' })
  @IsUUID()
  unit: string;

  @ApiProperty({ example: 2025, description: 'The report year' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  year: number;
}
