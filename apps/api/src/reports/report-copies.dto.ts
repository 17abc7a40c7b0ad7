import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ReceivedAs } from '@app/reports';
import { ListReportsQuery } from './reports.dto';

const RECEIVED_AS: readonly ReceivedAs[] = ['main', 'copy'];

/** The list of reports received takes the same year filter and paging as GET /reports. */
export class ListCopiesQuery extends PickType(ListReportsQuery, ['reportYear', 'limit', 'offset'] as const) {
  @ApiPropertyOptional({
    enum: RECEIVED_AS,
    description: 'Only the reports my unit received as 主送 (main) or as 抄送 (copy); both when absent',
  })
  @IsOptional()
  @IsIn(RECEIVED_AS, { message: 'receivedAs must be main (主送) or copy (抄送)' })
  receivedAs?: ReceivedAs;
}
