import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/contract';
import type { CampaignNotice } from '../../api/openapi.gen';

/** The stored 通报 of a campaign: its query key and the calls of its page. */
export const noticeKey = (campaignId: string) => ['campaign-notice', campaignId] as const;

export const noticePath = (campaignId: string) => `/campaigns/${campaignId}/notice.docx`;

export const useCampaignNotice = (campaignId: string) =>
  useQuery({
    queryKey: noticeKey(campaignId),
    queryFn: () => call('get', '/campaigns/{id}/notice', { params: { id: campaignId } }),
  });

export const createNotice = (campaignId: string) =>
  call('post', '/campaigns/{id}/notice', { params: { id: campaignId } });

export const saveNotice = (
  notice: CampaignNotice,
  text: {
    title: string;
    documentNumber: string;
    paragraphs: string[];
    namedUnitIds: string[];
    addressees: string[];
    copiesTo: string[];
  },
) =>
  call('put', '/campaigns/{id}/notice', {
    params: { id: notice.campaignId },
    body: { expectedVersion: notice.version, ...text },
  });

/** One key per press of 印发: a retried request (a lost answer) is applied once. */
export const issueNotice = (notice: CampaignNotice) => {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const key = `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
  return call('post', '/campaigns/{id}/notice/issue', {
    params: { id: notice.campaignId },
    body: { expectedVersion: notice.version },
    headers: { 'Idempotency-Key': key },
  });
};
