import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ListReportsQuery } from './reports.dto';
import { NoDirectionControls } from '../http/visible-text';
import { OptionalNotNull } from '../http/optional-not-null';

/** The open receipts queue pages like GET /reports. */
export class ListOpenReceiptsQuery extends PickType(ListReportsQuery, ['limit'] as const) {}

/** One finding (问题清单 entry) recorded with an accept or return. */
export class DecisionFindingDto {
  @ApiProperty({ example: '第四部分未写明行政复议纠错率', description: 'The finding (问题)' })
  @IsString()
  @MaxLength(5000)
  text: string;

  @ApiPropertyOptional({
    example: '2043-03-31',
    description: '整改 due date (China date); default today + 30 days',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date YYYY-MM-DD' })
  dueOn?: string;
}

/** The findings field both decisions share. */
class DecisionWithFindings {
  @ApiPropertyOptional({
    type: [DecisionFindingDto],
    description:
      'Findings recorded in the same transaction as the decision; one invalid finding refuses the request (400 naming findings.<index>.<field>)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => DecisionFindingDto)
  findings?: DecisionFindingDto[];
}

/** Accept (接收) one campaign's receipt of a dispatched report. */
export class AcceptReceiptDto extends DecisionWithFindings {
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
  @NoDirectionControls('comment')
  comment?: string;
}

/** Return (退回) one campaign's receipt: the report goes back to drafting. */
export class ReturnReceiptDto extends DecisionWithFindings {
  @ApiProperty({
    example: 1,
    description: "The receipt's version you saw; if someone decided first you get 409",
  })
  @IsInt()
  @Min(1)
  expectedVersion: number;

  // Required, but left out it is refused as a blank one is (RECEIPT_COMMENT_REQUIRED), not as a
  // malformed body: one cause, one code (an external QA engineer, stop 57). Null is a wrong type.
  @ApiProperty({ example: '第三部分文号有误，请更正。', description: 'What to fix (required)' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(5000)
  @NoDirectionControls('comment')
  comment?: string;

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
