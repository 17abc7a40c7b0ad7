import type { Receipt } from '../../api/openapi.gen';

/** Accepted, and a later revision sent since (更正). */
export const isCorrected = (r: Pick<Receipt, 'acceptedRevision' | 'revision'>): boolean =>
  r.acceptedRevision !== null && r.acceptedRevision < r.revision;

const LABELS: Record<Receipt['status'], string> = {
  // Before the decision: 待接收 (as in 报送记录); "已接收待处理" read as accepted beside the 接收 button (walk P9).
  received: '待接收',
  accepted: '已接收',
  returned: '已退回',
};

/**
 * A receipt's status in words: which version was accepted when a correction followed, since beside a
 * later 报送版本 a bare 已接收 read as if the correction had been accepted minutes before it was sent
 * (a walk, stop 52).
 */
export function receiptStatusLabel(r: Pick<Receipt, 'status' | 'acceptedRevision' | 'revision'>): string {
  return r.status === 'accepted' && isCorrected(r) ? `已接收第 ${r.acceptedRevision} 版` : LABELS[r.status];
}

/** The correction's tag: which version was sent after the acceptance. */
export const correctionLabel = (r: Pick<Receipt, 'revision'>): string => `第 ${r.revision} 版为更正`;
