import { useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from './contract';
import { sendOnce } from './idempotency';

/**
 * 催办 by hand: the issuing office presses a target that has not reported. One Idempotency-Key per
 * intended press, so a press repeated after a lost answer is applied once; the board (its 最近催办)
 * and the campaign's record are read again after it.
 */
export const useUrgeTarget = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { campaignId: string; unitId: string; message: string | null }) =>
      sendOnce({ path: '/campaigns/{id}/targets/{unitId}/reminders', ...v }, (key) =>
        call('post', '/campaigns/{id}/targets/{unitId}/reminders', {
          params: { id: v.campaignId, unitId: v.unitId },
          body: { message: v.message },
          headers: { 'Idempotency-Key': key },
        }),
      ),
    onSuccess: (_answer, v) =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['board', v.campaignId] }),
        client.invalidateQueries({ queryKey: ['campaign-events', v.campaignId] }),
      ]),
  });
};
