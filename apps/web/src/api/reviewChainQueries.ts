import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from './contract';

/**
 * A unit's own review chain (内部审核流程, #17 item 5): its query (the choice, the campaigns whose
 * rules it falls short of, the paths it may choose) and the admin's write.
 */
export const reviewChainKey = (unitId: string) => ['unit-review-chain', unitId] as const;

export const useReviewChain = (unitId: string) =>
  useQuery({
    queryKey: reviewChainKey(unitId),
    queryFn: () => call('get', '/units/{id}/review-chain', { params: { id: unitId } }),
  });

/** null: the campaign's own path for every campaign. The answer (shortfalls recomputed) is the new data. */
export const useSetReviewChain = (unitId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reviewChain: string | null) =>
      call('put', '/units/{id}/review-chain', { params: { id: unitId }, body: { reviewChain } }),
    onSuccess: (next) => client.setQueryData(reviewChainKey(unitId), next),
  });
};
