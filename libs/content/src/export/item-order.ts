/**
 * The order in which the five items are printed. The regulation lists them 1-5; some provinces ask for the
 * principal leaders' duty (item 3) first. An order is a permutation of 1-5: anything else is refused rather
 * than guessed, because a dropped or doubled item would silently change the report.
 */
import { StatutoryItem } from '../types';

export const STATUTORY_ORDER: readonly StatutoryItem[] = [1, 2, 3, 4, 5];

export class ItemOrderError extends RangeError {
  constructor(readonly given: readonly unknown[]) {
    super(`an item order names each of the items 1-5 exactly once, got [${given.join(',')}]`);
    this.name = 'ItemOrderError';
  }
}

/** The order as statutory items; throws ItemOrderError unless it is a permutation of 1-5. */
export function itemOrderOf(order: readonly unknown[]): StatutoryItem[] {
  const items = order.map((n) => (typeof n === 'string' && /^\d$/.test(n.trim()) ? Number(n) : n));
  const valid =
    items.length === 5 && STATUTORY_ORDER.every((item) => items.filter((n) => n === item).length === 1);
  if (!valid) throw new ItemOrderError(order);
  return items as StatutoryItem[];
}
