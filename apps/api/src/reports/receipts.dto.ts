import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { ListReportsQuery } from './reports.dto';

/** The open receipts queue pages like GET /reports. */
export class ListOpenReceiptsQuery extends PickType(ListReportsQuery, ['limit'] as const) {}

/** Accept (接收) one campaign's receipt of a dispatched report. */
export class AcceptReceiptDto {
  @ApiProperty({
    example: 1,
    description: "The receipt's version you saw; if someone decided first you get 409",
  })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiPropertyOptional({ example: '同意。' })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;
}

/** Return (退回) one campaign's receipt: the report goes back to drafting. */
export class ReturnReceiptDto {
  @ApiProperty({
    example: 1,
    description: "The receipt's version you saw; if someone decided first you get 409",
  })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  @ApiProperty({ example: '第三部分文号有误，请更正。', description: 'What to fix (required)' })
  @IsString()
  @MaxLength(5000)
  comment: string;

  @ApiPropertyOptional({
    example: false,
    description:
      'The fix needs a new deliberation meeting (otherwise a correction goes straight to sign-off)',
  })
  @IsOptional()
  @IsBoolean()
  needsRedeliberation?: boolean;
}

/** Send the dispatched version to a campaign that asked after the dispatch. */
export class DispatchToCampaignDto {
  @ApiProperty({
    example: 7,
    description: "The report's version you saw; if someone acted first you get 409",
  })
  @IsInt()
  @Min(1)
  expectedVersion: number;
}
