import { useQuery } from '@tanstack/react-query';
import { call } from './contract';

export const addresseesKey = (reportId: string) => ['addressees', reportId] as const;

/**
 * Whom the report goes to if it is dispatched now (主送, 抄送), for the dispatch dialog to name before
 * 确定. Only for those who read the report in full: a copy recipient gets 403, so it is asked only
 * where the report can be dispatched.
 */
export const useDispatchAddressees = (reportId: string, enabled: boolean) =>
  useQuery({
    queryKey: addresseesKey(reportId),
    queryFn: () => call('get', '/reports/{id}/addressees', { params: { id: reportId } }),
    enabled,
  });
