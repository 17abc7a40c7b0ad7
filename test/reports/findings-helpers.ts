import type { reportClient } from './report-helpers';

type Client = ReturnType<typeof reportClient>;

/** The findings endpoints through the real HTTP API. */
export function findingsOf(client: Client) {
  const { http, auth } = client.raw();
  return {
    list: (reportId: string) => http().get(`/reports/${reportId}/findings`).set(auth),
    raise: (reportId: string, body: object, headers: Record<string, string> = {}) =>
      http().post(`/reports/${reportId}/findings`).set(auth).set(headers).send(body),
    answer: (id: string, body: object, headers: Record<string, string> = {}) =>
      http().post(`/findings/${id}/answer`).set(auth).set(headers).send(body),
    close: (id: string, body: object) => http().post(`/findings/${id}/close`).set(auth).send(body),
    reopen: (id: string, body: object) => http().post(`/findings/${id}/reopen`).set(auth).send(body),
    board: (campaignId: string) => http().get(`/campaigns/${campaignId}/findings`).set(auth),
    returnReceipt: (reportId: string, campaignId: string, body: object) =>
      http().post(`/reports/${reportId}/receipts/${campaignId}/return`).set(auth).send(body),
    receipts: (reportId: string) => http().get(`/reports/${reportId}/receipts`).set(auth),
  };
}
