import { PickType } from '@nestjs/swagger';
import { ListReportsQuery } from './reports.dto';

/** The 抄送 list takes the same year filter and paging as GET /reports. */
export class ListCopiesQuery extends PickType(ListReportsQuery, ['reportYear', 'limit', 'offset'] as const) {}
