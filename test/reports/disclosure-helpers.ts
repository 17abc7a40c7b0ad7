import type { DataSource } from 'typeorm';
import { completeSections } from '../support/content';
import { tokenFor } from '../support/demo';
import { reportClient, step } from './report-helpers';

type Http = Parameters<typeof reportClient>[0];
type Client = ReturnType<typeof reportClient>;

/** The passage the drafter withholds from the public version; it must never reach a public reader. */
export const SECRET = '涉密案件当事人张某某住址';

/** Disclosure endpoints through the real HTTP API. */
export function disclosureClient(http: Http, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    get: (id: string) => http().get(`/reports/${id}/disclosure`).set(auth),
    review: (id: string, body: object, headers: Record<string, string> = {}) =>
      http().post(`/reports/${id}/disclosure/review`).set(auth).set(headers).send(body),
    publish: (id: string, body: object, headers: Record<string, string> = {}) =>
      http().post(`/reports/${id}/disclosure/publication`).set(auth).set(headers).send(body),
    correct: (id: string, body: object) =>
      http().put(`/reports/${id}/disclosure/publication`).set(auth).send(body),
    /** 我的待办's 政务公开: this report's row, if listed (`step`), else null. */
    toDoOf: async (id: string) => {
      const res = await http().get('/disclosure/to-do').set(auth).expect(200);
      return (
        (res.body.items as Array<{ report: { id: string }; step: string; dueDate: string }>).find(
          (item) => item.report.id === id,
        ) ?? null
      );
    },
  };
}

/** The people of a unit with a full internal review chain in the demo (htb, mns): drafter … leader. */
export async function unitPeople(http: Http, prefix: 'htb' | 'mns') {
  const client = async (name: string) => reportClient(http, await tokenFor(http, `${prefix}-${name}`));
  const disclosure = async (name: string) =>
    disclosureClient(http, await tokenFor(http, `${prefix}-${name}`));
  return {
    drafter: await client('drafter'),
    reviewer: await client('reviewer'),
    legal: await client('legal'),
    party: await client('party'),
    signer: await client('leader'),
    disclosingDrafter: await disclosure('drafter'),
    disclosingReviewer: await disclosure('reviewer'),
    leader: await disclosure('leader'),
  };
}

/**
 * Saves a complete draft with one withheld passage, then takes it through the unit's chain to `submitted`
 * (reviews, deliberation, sign-off, numbered dispatch).
 */
export async function dispatchWithSecret(
  people: Awaited<ReturnType<typeof unitPeople>>,
  reportId: string,
  meetingDate: string,
): Promise<void> {
  await dispatchWithMeasures(
    people,
    reportId,
    meetingDate,
    `全年办结行政复议案件十二件（【不予公开】${SECRET}【/不予公开】），均在法定期限内办结。`,
  );
}

/**
 * As dispatchWithSecret, with the given lines added to item 1 (主要举措和成效); `until: 'sign_off'`
 * stops once the principal leader has signed, before the office numbers and sends it.
 */
export async function dispatchWithMeasures(
  people: Awaited<ReturnType<typeof unitPeople>>,
  reportId: string,
  meetingDate: string,
  addedLines: string,
  options: { until?: 'sign_off' } = {},
): Promise<void> {
  const current = await people.drafter.get(reportId).expect(200);
  const sections = completeSections(current.body.unit.name, current.body.reportYear);
  sections.measures += `\n${addedLines}`;
  await people.drafter
    .save(reportId, { basedOnRevision: current.body.currentRevision, sections })
    .expect(201);
  await step(people.drafter, reportId, 'submit');
  await step(people.reviewer, reportId, 'approve');
  await step(people.legal, reportId, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } });
  await step(people.party, reportId, 'approve', {
    fields: { meetingBody: '党组会议', meetingDate, minutesNumber: '党组会纪要〔2026〕1号' },
  });
  // The principal leader signs off (签发), the office numbers and sends it (编号发文).
  await step(people.signer, reportId, 'sign_off');
  if (options.until === 'sign_off') return;
  const year = current.body.reportYear + 1;
  await step(people.drafter, reportId, 'dispatch', { fields: { documentNumber: `呼交发〔${year}〕3号` } });
}

/** The report of a unit in a campaign (campaigns create them in drafting). */
export async function reportOfUnit(
  dataSource: DataSource,
  campaignId: string,
  unitId: string,
): Promise<string> {
  const [row] = await dataSource.query(
    'SELECT report_id FROM campaign_targets WHERE campaign_id = ? AND unit_id = ?',
    [campaignId, unitId],
  );
  return row.report_id as string;
}

export type { Client };
