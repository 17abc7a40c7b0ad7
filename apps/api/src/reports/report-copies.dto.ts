import { ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { ReceivedAs } from '@app/reports';
import { ListReportsQuery } from './reports.dto';

const RECEIVED_AS: readonly ReceivedAs[] = ['main', 'issuer', 'copy'];

/** The list of reports received takes the same year filter and paging as GET /reports. */
export class ListCopiesQuery extends PickType(ListReportsQuery, ['reportYear', 'limit', 'offset'] as const) {
  @ApiPropertyOptional({
    enum: RECEIVED_AS,
    description:
      'Only the reports my unit received as 主送 (main), as the issuer of the campaign they answer (issuer, 报送) or as 抄送 (copy); all when absent',
  })
  @IsOptional()
  @IsIn(RECEIVED_AS, {
    message:
      'receivedAs must be main (主送), issuer (报送: under a campaign your unit issued) or copy (抄送)',
  })
  receivedAs?: ReceivedAs;
}
