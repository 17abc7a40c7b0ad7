import request from 'supertest';
import { completeSections } from '../support/content';

type Http = () => ReturnType<typeof request>;

/** Small wrappers that keep the workflow tests readable: each call goes through the real HTTP API. */
export function reportClient(http: Http, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    get: (id: string) => http().get(`/reports/${id}`).set(auth),
    create: (body: object) => http().post('/reports').set(auth).send(body),
    save: (id: string, body: object) => http().post(`/reports/${id}/revisions`).set(auth).send(body),
    act: (id: string, body: object, headers: Record<string, string> = {}) =>
      http().post(`/reports/${id}/actions`).set(auth).set(headers).send(body),
    history: (id: string) => http().get(`/reports/${id}/history`).set(auth),
    workQueue: () => http().get('/work-queue').set(auth),
    notifications: () => http().get('/notifications').set(auth),
    raw: () => ({ http, auth }),
  };
}

/** The in-app notices of a report's dispatch to the client's unit (kind `copied`, 主送 and 抄送 alike). */
export async function dispatchNotices(client: ReturnType<typeof reportClient>, reportId: string) {
  const all = (await client.notifications().expect(200)).body as Array<{
    kind: string;
    reportId: string;
    title: string;
    body: string;
  }>;
  return all.filter((n) => n.kind === 'copied' && n.reportId === reportId);
}

/** Takes an action at the report's current version and expects it to succeed. */
export async function step(
  client: ReturnType<typeof reportClient>,
  id: string,
  action: string,
  extra: object = {},
) {
  const current = await client.get(id).expect(200);
  const res = await client.act(id, { action, expectedVersion: current.body.version, ...extra });
  if (res.status !== 200) throw new Error(`${action} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/**
 * Submits a report for review, first saving a complete draft when it has none yet (nothing leaves
 * drafting without passing the completeness check).
 */
export async function submitDraft(client: ReturnType<typeof reportClient>, id: string) {
  const current = await client.get(id).expect(200);
  if (current.body.currentRevision === 0) {
    await client
      .save(id, {
        basedOnRevision: 0,
        sections: completeSections(current.body.unit.name, current.body.reportYear),
      })
      .expect(201);
  }
  return step(client, id, 'submit');
}
