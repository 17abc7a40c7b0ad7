import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call, type RequestBody } from './contract';
import { sendOnce } from './idempotency';

/** 报送外部机关 (issue #17): the campaign's records of sending reports on outside the system. */
// Under 'board': the board's 刷新 and every write that refreshes the board (an acceptance) refresh it too.
export const forwardingsKey = (campaignId: string) => ['board', 'forwardings', campaignId] as const;

export const useForwardings = (campaignId: string) =>
  useQuery({
    queryKey: forwardingsKey(campaignId),
    queryFn: () => call('get', '/campaigns/{id}/forwardings', { params: { id: campaignId } }),
    enabled: campaignId !== '',
  });

export type ForwardingEntry = RequestBody<'/campaigns/{id}/forwardings', 'post'>;

/** 登记/更正: one Idempotency-Key per intended record, so a press repeated after a lost answer records once. */
export const useRecordForwarding = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { campaignId: string; body: ForwardingEntry }) =>
      sendOnce({ path: '/campaigns/{id}/forwardings', id: v.campaignId, body: v.body }, (key) =>
        call('post', '/campaigns/{id}/forwardings', {
          params: { id: v.campaignId },
          body: v.body,
          headers: { 'Idempotency-Key': key },
        }),
      ),
    onSuccess: (answer, v) => {
      client.setQueryData(forwardingsKey(v.campaignId), answer);
      return client.invalidateQueries({ queryKey: ['campaign-events', v.campaignId] });
    },
  });
};
