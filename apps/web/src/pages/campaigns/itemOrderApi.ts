import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/contract';
import type { CampaignItemOrder } from '../../api/openapi.gen';

/** A campaign's item order (#18 item 7): its query key and the calls of the picker. */
export const itemOrderKey = (campaignId: string) => ['campaign-item-order', campaignId] as const;

export const useItemOrder = (campaignId: string) =>
  useQuery({
    queryKey: itemOrderKey(campaignId),
    queryFn: () => call('get', '/campaigns/{id}/item-order', { params: { id: campaignId } }),
  });

/** Saved on the version read: someone else's change in between is a 409, never overwritten. */
export const saveItemOrder = (campaignId: string, read: CampaignItemOrder, itemOrder: number[]) =>
  call('put', '/campaigns/{id}/item-order', {
    params: { id: campaignId },
    body: { expectedVersion: read.version, itemOrder },
  });
