import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from './contract';
import type { CampaignItemOrder } from './openapi.gen';

/** A campaign's item order (#18 item 7): its query and the picker's write. */
export const itemOrderKey = (campaignId: string) => ['campaign-item-order', campaignId] as const;

export const useItemOrder = (campaignId: string) =>
  useQuery({
    queryKey: itemOrderKey(campaignId),
    queryFn: () => call('get', '/campaigns/{id}/item-order', { params: { id: campaignId } }),
  });

/**
 * Saved on the version read: someone else's change in between is a 409, never overwritten. The
 * answer (the order as stored) becomes the query's data at once.
 */
export const useSaveItemOrder = (campaignId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { read: CampaignItemOrder; itemOrder: number[] }) =>
      call('put', '/campaigns/{id}/item-order', {
        params: { id: campaignId },
        body: { expectedVersion: v.read.version, itemOrder: v.itemOrder },
      }),
    onSuccess: (next) => client.setQueryData(itemOrderKey(campaignId), next),
  });
};
