import { Skeleton } from 'antd';
import type { ReactNode } from 'react';

/**
 * What an empty table says: a skeleton until the first answer arrives, so nobody reads
 * "暂无…" for a list that is merely loading; the empty text only once the server said so.
 */
export function emptyOrSkeleton(pending: boolean, emptyText: ReactNode): ReactNode {
  return pending ? (
    // A status, so its name 加载中 is allowed (axe: aria-label on a plain div is aria-prohibited-attr).
    <div data-testid="list-skeleton" role="status" aria-busy="true" aria-label="加载中">
      <Skeleton active title={false} paragraph={{ rows: 4 }} />
    </div>
  ) : (
    emptyText
  );
}

/** Rows that open something when clicked anywhere (the title link stays for keyboard users). */
export function clickableRow(open: () => void) {
  return {
    onClick: (event: React.MouseEvent) => {
      // A click on a link or button in the row does its own thing.
      if ((event.target as HTMLElement).closest('a, button')) return;
      open();
    },
    style: { cursor: 'pointer' },
  };
}
