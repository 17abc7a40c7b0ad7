import { chainedHash, type ChainedRow } from '@app/common';

/**
 * Exactly the fields of a campaign event that its hash covers (the migration that chained the
 * existing events, 1764920000000, computes the same). Details are hashed as stored (JSON), so what
 * JSON drops or turns into strings at write time cannot make a later verification fail.
 */
export interface CampaignEventChainContent {
  campaignId: string;
  seq: number;
  unitId: string | null;
  action: string;
  actorUserId: string;
  details: unknown;
  createdAt: Date;
}

export function campaignEventContent(event: CampaignEventChainContent): Record<string, unknown> {
  return {
    campaignId: event.campaignId,
    seq: event.seq,
    unitId: event.unitId,
    action: event.action,
    actorUserId: event.actorUserId,
    details: event.details,
    createdAt: event.createdAt,
  };
}

/** Numbers and hashes a campaign's new events after its current head (pure). */
export function chainCampaignEvents<E extends Omit<CampaignEventChainContent, 'seq'>>(
  head: { seq: number; hash: string },
  events: E[],
): { rows: Array<E & ChainedRow>; head: { seq: number; hash: string } } {
  let { seq, hash: prevHash } = head;
  const rows = events.map((event) => {
    seq += 1;
    const content = campaignEventContent({ ...event, seq });
    const hash = chainedHash(content, prevHash);
    const row = { ...event, seq, prevHash, hash, content };
    prevHash = hash;
    return row;
  });
  return { rows, head: { seq, hash: prevHash } };
}
