import type { Test } from 'supertest';
import type { DataSource } from 'typeorm';
import type { Role } from '@app/workflow';
import {
  createUnit,
  createUser,
  FACTORY_PASSWORD,
  relaxDutySeparation,
  uniqueName,
} from '../support/factories';
import { tokenFor } from '../support/demo';
import { reportClient, step, submitDraft } from '../reports/report-helpers';

type Http = Parameters<typeof reportClient>[0];

export const MEETING = {
  meetingBody: '党组会议',
  meetingDate: '2026-01-20',
  minutesNumber: '党组会纪要〔2026〕1号',
};

/** Campaign endpoints through the real HTTP API. */
export function campaignClient(http: Http, token: string) {
  const auth = { Authorization: `Bearer ${token}` };
  return {
    auth,
    issue: (body: object) => http().post('/campaigns').set(auth).send(body),
    get: (id: string) => http().get(`/campaigns/${id}`).set(auth),
    list: (query = '') => http().get(`/campaigns${query}`).set(auth),
    addTargets: (id: string, body: object) => http().post(`/campaigns/${id}/targets`).set(auth).send(body),
    withdraw: (id: string, reason: string) =>
      http().post(`/campaigns/${id}/withdraw`).set(auth).send({ reason }),
    events: (id: string) => http().get(`/campaigns/${id}/events`).set(auth),
    board: (id: string, query = '') => http().get(`/campaigns/${id}/board${query}`).set(auth),
    csv: (id: string, query = '') => binary(http().get(`/campaigns/${id}/board.csv${query}`).set(auth)),
    xlsx: (id: string, query = '') => binary(http().get(`/campaigns/${id}/board.xlsx${query}`).set(auth)),
    askExtension: (id: string, body: object) =>
      http().post(`/campaigns/${id}/extensions`).set(auth).send(body),
    extensions: (id: string) => http().get(`/campaigns/${id}/extensions`).set(auth),
    /** 待审批延期申请 of the offices the caller coordinates, across their campaigns. */
    pendingExtensions: () => http().get('/extensions/pending').set(auth),
    decide: (id: string, extensionId: string, body: object) =>
      http().post(`/campaigns/${id}/extensions/${extensionId}/decision`).set(auth).send(body),
    history: (unitId: string) => http().get(`/units/${unitId}/submission-history`).set(auth),
    notifications: () => http().get('/notifications?limit=200').set(auth),
  };
}

/** Reads a download as raw bytes (res.body is a Buffer). */
function binary(req: Test): Test {
  return req.buffer(true).parse((res, done) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/**
 * A user holding every internal review role in a unit, the principal leader's sign-off included
 * (the demo gives only some counties a full review chain). Idempotent by username, so the shared
 * test database does not fill up.
 */
export async function reviewChainUser(dataSource: DataSource, unitId: string, username: string) {
  const [existing] = await dataSource.query('SELECT id FROM users WHERE username = ?', [username]);
  const roles: Role[] = ['dept_reviewer', 'legal_adviser', 'party_approver', 'unit_leader'];
  if (!existing) {
    await createUser(dataSource, unitId, roles, username);
  } else {
    // A user made before sign-off existed (default v2) gets the role it now needs.
    await dataSource.query(
      "INSERT IGNORE INTO user_roles (user_id, role, unit_id, granted_at) VALUES (?, 'unit_leader', ?, NOW())",
      [existing.id, unitId],
    );
  }
  // One person takes every approval: the unit must allow it (separation of duties is the default).
  await relaxDutySeparation(dataSource, unitId);
  return { username, password: FACTORY_PASSWORD };
}

/**
 * drafting -> submitted through the internal reviews, the deliberation, the principal leader's
 * sign-off and the office's numbered dispatch, each at the current version. Follows the report's
 * state, so a report whose meeting record stands (a recipient's return) goes straight to sign-off.
 */
export async function submitThroughChain(
  drafter: ReturnType<typeof reportClient>,
  reviewer: ReturnType<typeof reportClient>,
  reportId: string,
  meeting: typeof MEETING = MEETING,
  /** Stop in this state instead (e.g. 'dispatching', to dispatch by hand). */
  until = 'submitted',
) {
  await submitDraft(drafter, reportId);
  // The 文号's year is the report year's (or a later one up to today): the API checks it.
  const { reportYear } = (await reviewer.get(reportId).expect(200)).body as { reportYear: number };
  const stepFor: Record<string, () => Promise<unknown>> = {
    dept_review: () => step(reviewer, reportId, 'approve'),
    legal_review: () =>
      step(reviewer, reportId, 'approve', { fields: { opinion: '经审查，报告内容合法合规。' } }),
    party_approval: () => step(reviewer, reportId, 'approve', { fields: meeting }),
    leader_signoff: () => step(reviewer, reportId, 'sign_off'),
    dispatching: () =>
      step(drafter, reportId, 'dispatch', { fields: { documentNumber: `昌交发〔${reportYear}〕1号` } }),
  };
  // Bounded: the longest internal path has five steps after the submit.
  for (let i = 0; i < 6; i += 1) {
    const { state } = (await reviewer.get(reportId).expect(200)).body as { state: string };
    if (state === until) return;
    const next = stepFor[state];
    if (!next) throw new Error(`submitThroughChain: no step from ${state}`);
    await next();
  }
  throw new Error(`submitThroughChain: the report did not reach ${until}`);
}

export async function login(http: Http, username: string, password?: string) {
  return tokenFor(http, username, password);
}

/** Parses the CSV export (UTF-8 BOM, CRLF, RFC 4180 quoting) into rows of cells. */
export function parseCsv(buffer: Buffer): string[][] {
  let text = buffer.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

/** China wall-clock time as an instant, e.g. at('2026-02-10', '10:00'). */
export const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+08:00`);

type TreeUnit = { id: string; path: string; name: string };

/**
 * A prefecture of a file's own (a root) with one county in the documented shape: the 县委 and the
 * 县人大常委会 under the 县政府, the 依法治县办 under the 县委, and the county's `bureaus` (key → the
 * name's ending, e.g. transport: '交通运输局'). Names carry `label` and a random suffix.
 */
export async function countyWithBodies<K extends string>(
  ds: DataSource,
  label: string,
  bureaus: Record<K, string>,
): Promise<
  Record<'prefecture' | 'county' | 'party' | 'congress' | 'office', TreeUnit> & {
    bureaus: Record<K, TreeUnit>;
  }
> {
  const prefecture = await createUnit(ds, null, {
    name: uniqueName(`${label}州`),
    kind: 'government',
    level: 'prefecture',
  });
  const county = await createUnit(ds, prefecture, { name: uniqueName(`${label}县`), kind: 'government' });
  const party = await createUnit(ds, county, {
    name: uniqueName(`中共${label}县委`),
    kind: 'party_committee',
  });
  const congress = await createUnit(ds, county, {
    name: uniqueName(`${label}县人大常委会`),
    kind: 'congress_standing_committee',
  });
  const office = await createUnit(ds, party, {
    name: uniqueName(`${label}县依法治县办`),
    kind: 'rule_of_law_office',
  });
  const made = {} as Record<K, TreeUnit>;
  for (const [key, ending] of Object.entries(bureaus) as Array<[K, string]>)
    made[key] = await createUnit(ds, county, { name: uniqueName(`${label}县${ending}`) });
  return { prefecture, county, party, congress, office, bureaus: made };
}
