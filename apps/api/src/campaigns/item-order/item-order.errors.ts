import { catalogued, type ErrorCatalogue } from '@app/common';

/** Codes of a campaign's item order (item 7); an order that is no permutation of 1-5 is ITEM_ORDER_INVALID. */
export const ITEM_ORDER_ERROR_CODES = {
  ITEM_ORDER_LOCKED: {
    status: 409,
    meaning:
      'The campaign’s item order no longer changes: a report has been dispatched to it (`details.dispatched` counts them)',
  },
  ITEM_ORDER_STALE_VERSION: {
    status: 409,
    meaning: 'Someone changed the item order first; `details.currentVersion` is the version to reload',
  },
} as const satisfies ErrorCatalogue;

export const ItemOrderErrors = {
  locked: (dispatched: number) =>
    catalogued(
      ITEM_ORDER_ERROR_CODES,
      'ITEM_ORDER_LOCKED',
      `${dispatched} report(s) have been dispatched to this campaign in its current item order: it can no longer change`,
      { dispatched },
    ),
  staleVersion: (currentVersion: number) =>
    catalogued(
      ITEM_ORDER_ERROR_CODES,
      'ITEM_ORDER_STALE_VERSION',
      `Someone else changed the item order first: it is now at version ${currentVersion}; reload and try again`,
      { currentVersion },
    ),
};
