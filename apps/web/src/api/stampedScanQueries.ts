import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { call } from './contract';
import { keys } from './queries';

/**
 * The stamped scan (盖章扫描件, #18 item 7): what the dispatch needs (the campaigns that require it and
 * whether the version being sent has its scan), the latest scan the caller may read, and the upload.
 */
export const stampedScanKey = (reportId: string) => ['stamped-scan', reportId] as const;
export const stampedScanRequirementKey = (reportId: string) =>
  ['stamped-scan-requirement', reportId] as const;

/** Only for those who read the report in full (its unit and those above it): a copy recipient gets 403. */
export const useStampedScanRequirement = (reportId: string, enabled: boolean) =>
  useQuery({
    queryKey: stampedScanRequirementKey(reportId),
    queryFn: () => call('get', '/reports/{id}/stamped-scan/requirement', { params: { id: reportId } }),
    enabled,
  });

/** The latest scan the caller may read; null when none (the API's 404 STAMPED_SCAN_NOT_FOUND). */
export const useStampedScan = (reportId: string) =>
  useQuery({
    queryKey: stampedScanKey(reportId),
    queryFn: () =>
      call('get', '/reports/{id}/stamped-scan', { params: { id: reportId } }).catch((e: unknown) => {
        if (e instanceof ApiError && e.code === 'STAMPED_SCAN_NOT_FOUND') return null;
        throw e;
      }),
  });

export const useUploadStampedScan = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file);
      return call('post', '/reports/{id}/stamped-scan', { params: { id: reportId }, body: form });
    },
    // The upload moves the report's version (an audit event): the action dialog must send the new one.
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: stampedScanKey(reportId) }),
        client.invalidateQueries({ queryKey: stampedScanRequirementKey(reportId) }),
        client.invalidateQueries({ queryKey: keys.report(reportId) }),
        client.invalidateQueries({ queryKey: keys.history(reportId) }),
      ]),
  });
};
