import type { Disclosure } from '../../api/openapi.gen';

export type DisclosureColumnValue = 'published' | 'not_published' | 'overdue_unpublished';

/**
 * 已公开 / 未公开 / 逾期未公开, as the board's column: overdue only once the due day itself has
 * passed (publishing on 1 April for a 1 April deadline is in time).
 */
export function disclosureColumn(
  disclosure: Pick<Disclosure, 'status' | 'dueDate'>,
  today: string,
): DisclosureColumnValue {
  if (disclosure.status === 'published') return 'published';
  return disclosure.dueDate && disclosure.dueDate < today ? 'overdue_unpublished' : 'not_published';
}
