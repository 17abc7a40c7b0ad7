import { ItemOrderError, itemOrderOf, STATUTORY_ORDER, type StatutoryItem } from '@app/content';
import { ReportDocumentErrors } from '../../reports/report-documents.errors';

/**
 * A campaign's item order as given by the issuer (issuing, or PUT item-order): a permutation of
 * 1-5, else 400 ITEM_ORDER_INVALID, the same refusal as the export's `?itemOrder`. The statutory
 * order is stored as NULL, so "never set" and "set back to 1-5" read the same.
 */
export function campaignItemOrder(given: readonly unknown[]): StatutoryItem[] | null {
  let order: StatutoryItem[];
  try {
    order = itemOrderOf(given);
  } catch (error) {
    if (error instanceof ItemOrderError) throw ReportDocumentErrors.itemOrder(given);
    throw error;
  }
  return isStatutory(order) ? null : order;
}

export function isStatutory(order: readonly StatutoryItem[]): boolean {
  return order.every((item, i) => item === STATUTORY_ORDER[i]);
}

/** The stored column ("3,1,2,4,5") back as items; the column is only written from a checked order. */
export function storedItemOrder(column: string): StatutoryItem[] {
  return itemOrderOf(column.split(','));
}
