import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import { call } from './contract';
import { sendOnce } from './idempotency';
import type { CampaignNotice } from './openapi.gen';

/** The stored 通报 of a campaign (#18 item 4): its query and the writes of its page. */
export const noticeKey = (campaignId: string) => ['campaign-notice', campaignId] as const;

export const noticePath = (campaignId: string) => `/campaigns/${campaignId}/notice.docx`;

export const useCampaignNotice = (campaignId: string) =>
  useQuery({
    queryKey: noticeKey(campaignId),
    queryFn: () => call('get', '/campaigns/{id}/notice', { params: { id: campaignId } }),
  });

export interface NoticeText {
  title: string;
  documentNumber: string;
  paragraphs: string[];
  namedUnitIds: string[];
  addressees: string[];
  copiesTo: string[];
}

/**
 * Every write answers with the 通报 as stored: it becomes the query's data at once. A 409 (another
 * session saved or issued meanwhile) re-reads it, so the page shows what moved on.
 */
const noticeWrite = (client: QueryClient) => ({
  onSuccess: (notice: CampaignNotice) => client.setQueryData(noticeKey(notice.campaignId), notice),
  onError: (error: Error, variables: { campaignId: string }) =>
    error instanceof ApiError && error.status === 409
      ? client.invalidateQueries({ queryKey: noticeKey(variables.campaignId) })
      : undefined,
});

/** 生成草稿: stores the draft generated from today's facts. */
export const useCreateNotice = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { campaignId: string }) =>
      call('post', '/campaigns/{id}/notice', { params: { id: v.campaignId } }),
    ...noticeWrite(client),
  });
};

/** 保存: the text edited from the version read. */
export const useSaveNotice = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { campaignId: string; notice: CampaignNotice; text: NoticeText }) =>
      call('put', '/campaigns/{id}/notice', {
        params: { id: v.campaignId },
        body: { expectedVersion: v.notice.version, ...v.text },
      }),
    ...noticeWrite(client),
  });
};

/**
 * 印发: a press repeated after a lost answer re-sends the same Idempotency-Key (idempotency.ts).
 * `confirmChangedFacts`: the office was told the board changed since the text was generated;
 * `confirmBeforeDisclosureDate`: that the units not published yet cannot be named as 未按期公开.
 */
export const useIssueNotice = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      campaignId: string;
      notice: CampaignNotice;
      confirmChangedFacts: boolean;
      confirmBeforeDisclosureDate: boolean;
    }) =>
      sendOnce(
        {
          path: '/campaigns/{id}/notice/issue',
          id: v.campaignId,
          version: v.notice.version,
          confirmChangedFacts: v.confirmChangedFacts,
          confirmBeforeDisclosureDate: v.confirmBeforeDisclosureDate,
        },
        (key) =>
          call('post', '/campaigns/{id}/notice/issue', {
            params: { id: v.campaignId },
            body: {
              expectedVersion: v.notice.version,
              confirmChangedFacts: v.confirmChangedFacts,
              confirmBeforeDisclosureDate: v.confirmBeforeDisclosureDate,
            },
            headers: { 'Idempotency-Key': key },
          }),
      ),
    ...noticeWrite(client),
  });
};

/** 按最新情况更新正文: the body and the units named regenerated from today's facts. */
export const useRefreshNotice = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { campaignId: string; notice: CampaignNotice }) =>
      call('post', '/campaigns/{id}/notice/refresh', {
        params: { id: v.campaignId },
        body: { expectedVersion: v.notice.version },
      }),
    ...noticeWrite(client),
  });
};
