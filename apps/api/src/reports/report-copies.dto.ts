import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { ListReportsQuery } from './reports.dto';

/** The 抄送 list takes the same year filter and paging as GET /reports. */
export class ListCopiesQuery extends PickType(ListReportsQuery, ['reportYear', 'limit', 'offset'] as const) {}

class CopyUnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: '呼图壁县交通运输局' })
  name: string;
}

class CopyDispatchDto {
  @ApiProperty({ example: 3, description: 'The revision dispatched (sent upward) the last time' })
  revision: number;

  @ApiProperty({ type: String, format: 'date-time' })
  dispatchedAt: Date;

  @ApiProperty({ type: String, format: 'date-time', description: 'When the first copy arrived' })
  firstDispatchedAt: Date;

  @ApiProperty({ example: 1, description: 'How many times the report was dispatched to this unit' })
  dispatchCount: number;
}

/** One report copied (抄送) to the caller's unit, as it was dispatched (never the draft in progress). */
export class CopiedReportDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: CopyUnitDto, description: 'The reporting unit' })
  unit: CopyUnitDto;

  @ApiProperty({ example: 2024 })
  reportYear: number;

  @ApiProperty({ description: 'The title of the dispatched revision' })
  title: string;

  @ApiProperty({ example: 'submitted', description: 'Where the report is now' })
  state: string;

  @ApiProperty({ example: '已报送' })
  stateLabel: string;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  campaignId: string | null;

  @ApiProperty({ type: CopyDispatchDto })
  copy: CopyDispatchDto;
}
