import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ManualClock, newId } from '@app/common';
import { UnitRepository, type Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { DraftingService, TransitionService } from '@app/reports';
import type { Role } from '@app/workflow';
import { ReportDispatch } from '../../libs/reports/src/report-dispatch';
import { AttachmentsService } from '../../apps/api/src/attachments/attachments.service';
import { CampaignQueries } from '../../apps/api/src/campaigns/campaign-queries';
import { CampaignsService } from '../../apps/api/src/campaigns/campaigns.service';
import { ExtensionsService } from '../../apps/api/src/campaigns/extensions.service';
import { NoticeFilesService } from '../../apps/api/src/campaigns/notice-files.service';
import { NoticeService } from '../../apps/api/src/campaigns/notice/notice.service';
import { startApi } from '../support/apps';
import { completeSections } from '../support/content';
import { loadDemo, tokenFor } from '../support/demo';
import { createUnit, createUser, FACTORY_PASSWORD, uniqueName, unitById } from '../support/factories';
import {
  COPY_VIEWS,
  MATRIX_ROLES,
  RELATIONS,
  TARGETED,
  UNTARGETED,
  renderMarkdown,
  type MatrixRole,
  type Relation,
  type ViewCell,
} from './authorization-matrix.data';

const DOC = resolve(__dirname, '../../docs/authorization-matrix.md');
const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(200, 0x20)]);
/**
 * A fixed day inside the working-day calendar (config/calendar): campaigns for 2025 are due on
 * 2026-03-01, ahead of it, and every deadline left open can be planned by a later test's worker.
 */
const TODAY = new Date('2026-01-12T10:00:00+08:00');
const CAMPAIGN_YEAR = 2025;

describe('authorization matrix: every endpoint x role x target', () => {
  let api: Awaited<ReturnType<typeof startApi>>;
  const tokens = {} as Record<MatrixRole, string>;
  const userIds = {} as Record<MatrixRole, string>;
  const targets = {} as Record<Relation, string>;
  /** The unit a relation's target hangs under (its campaigns come from there), and a unit below it. */
  const parentOf = {} as Record<Relation, string>;
  const childOf = {} as Record<Relation, string>;
  let year = 2040;
  let makeReport: (unitId: string) => Promise<string>;
  let makeCompleteReport: (unitId: string) => Promise<string>;
  /**
   * A joint report (联合报告) of the target's parent naming the target as its co-reporting unit,
   * written as a campaign would (the pair rule is the campaign's check, not the create path's).
   */
  let makeJointReport: (unitId: string) => Promise<string>;
  let principalIn: (unitId: string, roles: Role[]) => Promise<Principal>;
  /** Read-only objects are made once per endpoint and relation; changes get a fresh one each time. */
  const once = new Map<string, Promise<string>>();
  const cached = (key: string, make: () => Promise<string>) => {
    if (!once.has(key)) once.set(key, make());
    return once.get(key)!;
  };

  beforeAll(async () => {
    api = await startApi({
      clock: new ManualClock(TODAY),
      env: { LOGIN_THROTTLE_PER_MINUTE: '10000', ATTACHMENT_DIR: '.local/test-attachments-matrix' },
    });
    const demo = await loadDemo(api.dataSource);
    const xj = await unitById(api.dataSource, demo.unitIds.xj);
    const prefecture = await createUnit(api.dataSource, xj, { kind: 'government', level: 'prefecture' });
    const c1 = await createUnit(api.dataSource, prefecture, { kind: 'government', level: 'county' });
    const c1Transport = await createUnit(api.dataSource, c1, { kind: 'department', level: 'county' });
    const c2 = await createUnit(api.dataSource, prefecture, { kind: 'government', level: 'county' });
    const foreignPrefecture = await createUnit(api.dataSource, xj, {
      kind: 'government',
      level: 'prefecture',
    });
    const foreign = await createUnit(api.dataSource, foreignPrefecture, {
      kind: 'department',
      level: 'prefecture',
    });
    Object.assign(targets, { own: c1.id, below: c1Transport.id, sibling: c2.id, foreign: foreign.id });
    Object.assign(parentOf, {
      own: prefecture.id,
      below: c1.id,
      sibling: prefecture.id,
      foreign: foreignPrefecture.id,
    });
    const below = (parent: { id: string; path: string }) =>
      createUnit(api.dataSource, parent, { kind: 'department', level: 'township' });
    Object.assign(childOf, {
      own: c1Transport.id,
      below: (await below(c1Transport)).id,
      sibling: (await below(c2)).id,
      foreign: (await below(foreign)).id,
    });
    for (const role of MATRIX_ROLES) {
      const user = await createUser(api.dataSource, c1.id, [role]);
      userIds[role] = user.id;
      tokens[role] = await tokenFor(api.http, user.username, FACTORY_PASSWORD);
    }
    // Reports are set up by a province-level coordinator straight through the service.
    const setup: Principal = {
      userId: (await createUser(api.dataSource, xj.id, [['coordinator', xj.id]])).id,
      username: 'setup',
      displayName: 'setup',
      unitId: xj.id,
      unitPath: xj.path,
      roles: [{ role: 'coordinator', unitId: xj.id, unitPath: xj.path }],
      sessionId: 'setup',
    };
    principalIn = async (unitId, roles) => {
      const unit = await unitById(api.dataSource, unitId);
      return {
        ...setup,
        unitId,
        unitPath: unit.path,
        roles: roles.map((role) => ({ role, unitId, unitPath: unit.path })),
      };
    };
    makeReport = async (unitId) =>
      (await api.app.get(DraftingService).create({ principal: setup, unitId, reportYear: year++ })).id;
    makeJointReport = async (unitId) => {
      const relation = RELATIONS.find((r) => targets[r] === unitId)!;
      const coReportingUnit = await unitById(api.dataSource, unitId);
      const report = await api.app
        .get(DraftingService)
        .create({ principal: setup, unitId: parentOf[relation], reportYear: year++, coReportingUnit });
      return report.id;
    };
    // A report with a complete draft saved by the unit's own drafter (so submitting is only a question of roles).
    makeCompleteReport = async (unitId) => {
      const report = await api.app
        .get(DraftingService)
        .create({ principal: setup, unitId, reportYear: year++ });
      const unit = await unitById(api.dataSource, unitId);
      const drafter: Principal = {
        ...setup,
        unitId,
        unitPath: unit.path,
        roles: [{ role: 'drafter', unitId, unitPath: unit.path }],
      };
      await api.app.get(DraftingService).save(drafter, report.id, {
        basedOnRevision: 0,
        sections: completeSections(unit.name, report.reportYear),
      });
      return report.id;
    };
  });
  afterAll(() => api?.app.close());

  /** The campaign last made per issuer and target: withdrawn before the next (the same one twice is refused). */
  const lastCampaign = new Map<string, string>();
  /** A campaign issued by `issuer` (as its coordinator) to `target`, through the service. */
  const makeCampaign = async (
    issuer: string,
    target: string,
    withNotice = false,
    alsoTargets: string[] = [],
  ): Promise<string> => {
    const coordinator = await principalIn(issuer, ['coordinator']);
    const previous = lastCampaign.get(`${issuer}|${target}`);
    const service = api.app.get(CampaignsService);
    if (previous && (await api.app.get(CampaignQueries).get(coordinator, previous)).status === 'active')
      await service.withdraw(coordinator, previous, '矩阵测试：下一项用新的通知');
    const campaign = await service.issue(coordinator, {
      title: uniqueName('矩阵测试通知'),
      body: '请按时报送。',
      reportYear: CAMPAIGN_YEAR,
      targets: { unitIds: [target, ...alsoTargets] },
    });
    lastCampaign.set(`${issuer}|${target}`, campaign.id);
    if (withNotice)
      await api.app
        .get(NoticeFilesService)
        .attach(coordinator, campaign.id, { originalname: '通知.pdf', buffer: PDF });
    return campaign.id;
  };
  const relationOf = (target: string) =>
    (Object.keys(targets) as Relation[]).find((r) => targets[r] === target)!;
  /** Sent to the target (issued by its parent); issued by the target (to the unit below it). */
  const sentTo = (target: string, withNotice = false) =>
    makeCampaign(parentOf[relationOf(target)], target, withNotice);
  const issuedBy = (target: string) => makeCampaign(target, childOf[relationOf(target)]);
  /** A campaign issued by the target with its 通报 stored as a draft (version 1). */
  const noticeDraftOf = async (target: string) => {
    const campaignId = await issuedBy(target);
    await api.app.get(NoticeService).create(await principalIn(target, ['coordinator']), campaignId);
    return campaignId;
  };

  /**
   * `run` while every target of the campaign is past its due date (moved 400 days back straight in
   * the database, as a factory does, and back after): a 通报 is issued only once no target is still
   * to come (NOTICE_TOO_EARLY), and the next campaign of the same pair withdraws this one, which a
   * campaign past its date refuses.
   */
  const whileTargetsDue = async <T>(campaignId: string, run: () => Promise<T>): Promise<T> => {
    const shift = (days: number) =>
      api.dataSource.query(
        `UPDATE campaign_targets SET due_date = DATE_ADD(due_date, INTERVAL ? DAY),
                original_due_date = DATE_ADD(original_due_date, INTERVAL ? DAY) WHERE campaign_id = ?`,
        [days, days, campaignId],
      );
    await shift(-400);
    try {
      return await run();
    } finally {
      await shift(400);
    }
  };

  /** A user of the target unit who holds admin in the unit's parent (a fresh one each time). */
  const higherAdminIn = async (target: string): Promise<string> =>
    (await createUser(api.dataSource, target, [['admin', parentOf[relationOf(target)]]])).id;

  const request = async (endpoint: string, role: MatrixRole, target: string): Promise<number> => {
    const http = api.http();
    const auth = { Authorization: `Bearer ${tokens[role]}` };
    const relation = relationOf(target);
    const readOnce = (make: () => Promise<string>) => cached(`${endpoint}|${relation}`, make);
    /** A report of the target with a saved, complete revision 1 (made once per relation). */
    const savedReport = () => cached(`saved|${relation}`, () => makeCompleteReport(target));
    /** A report of the target copied to C1 (made once per relation). */
    const copiedReport = async () => {
      const [id, laterAttachmentId] = (
        await cached(`copied|${relation}`, () => makeCopiedReport(target))
      ).split('|');
      return { id, laterAttachmentId };
    };
    switch (endpoint) {
      case 'GET /units/:id':
        return (await http.get(`/units/${target}`).set(auth)).status;
      case 'POST /units (parentId)':
        return (
          await http
            .post('/units')
            .set(auth)
            .send({ parentId: target, name: uniqueName('新单位'), kind: 'department', level: 'county' })
        ).status;
      case 'POST /users (unitId)':
        return (
          await http
            .post('/users')
            .set(auth)
            .send({
              unitId: target,
              username: uniqueName('u'),
              displayName: '新用户',
              password: 'Matrix-pass-123',
              roles: [{ role: 'drafter' }],
            })
        ).status;
      case 'GET /users?unitId=':
        return (await http.get(`/users?unitId=${target}`).set(auth)).status;
      case 'GET /users/:id':
        return (
          await http.get(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}`).set(auth)
        ).status;
      case 'POST /users/:id/roles':
        return (
          await http
            .post(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}/roles`)
            .set(auth)
            .send({ role: 'unit_leader' })
        ).status;
      case 'POST /users/:id/deactivate':
        return (
          await http
            .post(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}/deactivate`)
            .set(auth)
        ).status;
      case 'POST /reports (unitId)':
        return (await http.post('/reports').set(auth).send({ unitId: target, reportYear: year++ })).status;
      case 'GET /reports/:id':
        return (await http.get(`/reports/${await makeReport(target)}`).set(auth)).status;
      case 'GET /reports/:id/history':
        return (await http.get(`/reports/${await makeReport(target)}/history`).set(auth)).status;
      case 'GET /reports/:id/revisions':
        return (await http.get(`/reports/${await makeReport(target)}/revisions`).set(auth)).status;
      case 'POST /reports/:id/revisions':
        return (
          await http
            .post(`/reports/${await makeReport(target)}/revisions`)
            .set(auth)
            .send({ basedOnRevision: 0, sections: { measures: '一、主要举措' } })
        ).status;
      case 'GET /reports/:id (joint report naming the target as its 党委)':
        return (await http.get(`/reports/${await makeJointReport(target)}`).set(auth)).status;
      case 'POST /reports/:id/revisions (joint report naming the target as its 党委)':
        return (
          await http
            .post(`/reports/${await makeJointReport(target)}/revisions`)
            .set(auth)
            .send({ basedOnRevision: 0, sections: { measures: '一、主要举措' } })
        ).status;
      case 'POST /reports/:id/actions (sign_off, joint report waiting on the target as its 党委)': {
        const reportId = await makeJointReport(target);
        // Set up past the government's sign-off: the state is what the matrix is about, not the chain.
        await api.dataSource.query("UPDATE reports SET state = 'co_leader_signoff' WHERE id = ?", [reportId]);
        const [{ version }] = (await api.dataSource.query('SELECT version FROM reports WHERE id = ?', [
          reportId,
        ])) as Array<{ version: number }>;
        return (
          await http
            .post(`/reports/${reportId}/actions`)
            .set(auth)
            .send({ action: 'sign_off', expectedVersion: Number(version) })
        ).status;
      }
      case 'POST /reports/:id/actions (submit)':
        return (
          await http
            .post(`/reports/${await makeCompleteReport(target)}/actions`)
            .set(auth)
            .send({ action: 'submit', expectedVersion: 2 })
        ).status;
      case 'GET /reports/:id/attachments':
        return (await http.get(`/reports/${await makeReport(target)}/attachments`).set(auth)).status;
      case 'POST /reports/:id/attachments (upload)':
        return (
          await http
            .post(`/reports/${await makeReport(target)}/attachments`)
            .set(auth)
            .attach('file', PDF, '纪要.pdf')
        ).status;
      case 'GET /reports/:id/attachments/:attachmentId/content': {
        const [reportId, attachmentId] = (
          await readOnce(async () => {
            const id = await makeReport(target);
            const drafter = await principalIn(target, ['drafter']);
            const file = await api.app
              .get(AttachmentsService)
              .upload(drafter, id, { originalname: '纪要.pdf', buffer: PDF });
            return `${id}|${file.id}`;
          })
        ).split('|');
        return (await http.get(`/reports/${reportId}/attachments/${attachmentId}/content`).set(auth)).status;
      }
      case 'GET /reports/:id/revisions/:number':
        return (await http.get(`/reports/${await savedReport()}/revisions/1`).set(auth)).status;
      case 'GET /reports/:id/diff?from&to':
        return (await http.get(`/reports/${await savedReport()}/diff?from=1&to=1`).set(auth)).status;
      case 'POST /reports/:id/check-override':
        return (
          await http
            .post(`/reports/${await makeCompleteReport(target)}/check-override`)
            .set(auth)
            .send({ reason: '往年报告补报' })
        ).status;
      case 'POST /reports/:id/check':
        return (
          await http
            .post(`/reports/${await savedReport()}/check`)
            .set(auth)
            .send({ sections: { measures: '一、主要举措和成效' } })
        ).status;
      case 'GET /reports/:id/export.docx':
        return (await http.get(`/reports/${await savedReport()}/export.docx`).set(auth)).status;
      case 'GET /reports/:id/document/check':
        return (await http.get(`/reports/${await savedReport()}/document/check`).set(auth)).status;
      case 'GET /reports/:id/addressees':
        return (await http.get(`/reports/${await savedReport()}/addressees`).set(auth)).status;
      case 'POST /reports/:id/document/fixes':
        return (
          await http
            .post(`/reports/${await savedReport()}/document/fixes`)
            .set(auth)
            .send({ basedOnRevision: 1, headings: true })
        ).status;
      case 'GET /reports/:id/follow-through':
        return (await http.get(`/reports/${await savedReport()}/follow-through`).set(auth)).status;
      case 'PUT /units/:id/webhook':
        return (await http.put(`/units/${target}/webhook`).set(auth).send({ url: null })).status;
      // null: back to the default, so the demo units keep their behaviour for other files.
      case 'PUT /units/:id/duty-separation':
        return (await http.put(`/units/${target}/duty-separation`).set(auth).send({ dutySeparation: null }))
          .status;
      case 'PUT /units/:id/deliberation-body':
        return (
          await http.put(`/units/${target}/deliberation-body`).set(auth).send({ deliberationBody: null })
        ).status;
      case 'PUT /units/:id/name': {
        const [unit] = await api.dataSource.query('SELECT name FROM units WHERE id = ?', [target]);
        return (
          await http
            .put(`/units/${target}/name`)
            .set(auth)
            .send({ name: `${unit.name}改`, expectedName: unit.name })
        ).status;
      }
      case 'PUT /units/:id/review-chain':
        return (await http.put(`/units/${target}/review-chain`).set(auth).send({ reviewChain: null })).status;
      case 'GET /units/:id/submission-history':
        return (await http.get(`/units/${target}/submission-history`).set(auth)).status;
      case 'DELETE /users/:id/roles/:role':
        return (
          await http
            .delete(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}/roles/drafter`)
            .set(auth)
        ).status;
      case 'POST /users/:id/activate':
        return (
          await http
            .post(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}/activate`)
            .set(auth)
        ).status;
      case 'POST /users/:id/unlock':
        return (
          await http
            .post(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}/unlock`)
            .set(auth)
        ).status;
      case 'POST /users/:id/password':
        return (
          await http
            .post(`/users/${(await createUser(api.dataSource, target, ['drafter'])).id}/password`)
            .set(auth)
            .send({ password: 'One-time-pass-1' })
        ).status;
      case 'POST /users/:id/deactivate (holds admin in the parent)':
        return (await http.post(`/users/${await higherAdminIn(target)}/deactivate`).set(auth)).status;
      case 'POST /users/:id/roles (holds admin in the parent)':
        return (
          await http
            .post(`/users/${await higherAdminIn(target)}/roles`)
            .set(auth)
            .send({ role: 'drafter' })
        ).status;
      case 'POST /users/:id/password (holds admin in the parent)':
        return (
          await http
            .post(`/users/${await higherAdminIn(target)}/password`)
            .set(auth)
            .send({ password: 'One-time-pass-1' })
        ).status;
      case 'POST /notifications/:id/read (of a user of the unit)': {
        const owner = await createUser(api.dataSource, target, ['drafter']);
        return (await http.post(`/notifications/${await notificationFor(owner.id)}/read`).set(auth)).status;
      }
      case 'POST /admin/dead-letters/:id/replay (of the unit)':
        return (await http.post(`/admin/dead-letters/${await deadLetterOf(target)}/replay`).set(auth)).status;
      case 'POST /campaigns (issuingUnitId)':
        return (
          await http
            .post('/campaigns')
            .set(auth)
            .send({
              issuingUnitId: target,
              title: uniqueName('矩阵下发'),
              body: '请按时报送。',
              // Another year than the fixtures' campaigns: the same campaign twice is refused (409).
              reportYear: CAMPAIGN_YEAR + 1,
              targets: { unitIds: [childOf[relation]] },
            })
        ).status;
      case 'GET /campaigns/:id (sent to)':
        return (await http.get(`/campaigns/${await readOnce(() => sentTo(target))}`).set(auth)).status;
      case 'GET /campaigns/:id/notice-file (sent to)':
        return (
          await http.get(`/campaigns/${await readOnce(() => sentTo(target, true))}/notice-file`).set(auth)
        ).status;
      case 'GET /campaigns/:id/extensions (sent to)':
        return (await http.get(`/campaigns/${await readOnce(() => sentTo(target))}/extensions`).set(auth))
          .status;
      case 'POST /campaigns/:id/extensions (sent to)':
        return (
          await http
            .post(`/campaigns/${await sentTo(target)}/extensions`)
            .set(auth)
            .send({
              unitId: target,
              requestedDueDate: `${CAMPAIGN_YEAR + 1}-06-30`,
              reason: '党组会议推迟召开',
            })
        ).status;
      case 'GET /campaigns/:id/board (issued by)':
        return (await http.get(`/campaigns/${await readOnce(() => issuedBy(target))}/board`).set(auth))
          .status;
      case 'GET /campaigns/:id/board.csv (issued by)':
        return (await http.get(`/campaigns/${await readOnce(() => issuedBy(target))}/board.csv`).set(auth))
          .status;
      case 'GET /campaigns/:id/compilation.docx (issued by)':
        return (
          await http.get(`/campaigns/${await readOnce(() => issuedBy(target))}/compilation.docx`).set(auth)
        ).status;
      case 'GET /campaigns/:id/scoring-rule (issued by)':
      case 'GET /campaigns/:id/scoresheet.xlsx (issued by)':
      case 'GET /campaigns/:id/notice-draft (issued by)':
      case 'GET /campaigns/:id/findings (issued by)':
      case 'GET /campaigns/:id/item-order (issued by)':
      case 'GET /campaigns/:id/forwardings (issued by)': {
        const path = endpoint.split(' ')[1].replace(':id', await readOnce(() => issuedBy(target)));
        return (await http.get(path).set(auth)).status;
      }
      case 'POST /campaigns/:id/notice (issued by)':
        return (await http.post(`/campaigns/${await issuedBy(target)}/notice`).set(auth)).status;
      case 'GET /campaigns/:id/notice (issued by)':
      case 'GET /campaigns/:id/notice.docx (issued by)': {
        const path = endpoint.split(' ')[1].replace(':id', await readOnce(() => noticeDraftOf(target)));
        return (await http.get(path).set(auth)).status;
      }
      case 'PUT /campaigns/:id/notice (issued by)':
        return (
          await http
            .put(`/campaigns/${await noticeDraftOf(target)}/notice`)
            .set(auth)
            .send({ expectedVersion: 1, title: '矩阵测试通报', paragraphs: ['正文'], namedUnitIds: [] })
        ).status;
      case 'POST /campaigns/:id/notice/refresh (issued by)': {
        const campaignId = await noticeDraftOf(target);
        return (
          await http.post(`/campaigns/${campaignId}/notice/refresh`).set(auth).send({ expectedVersion: 1 })
        ).status;
      }
      case 'POST /campaigns/:id/notice/issue (issued by)': {
        const campaignId = await noticeDraftOf(target);
        // Drafted while its targets were due and issued once they are past due: the figures changed,
        // which the office confirms (NOTICE_FACTS_CHANGED is not what this matrix is about).
        return whileTargetsDue(
          campaignId,
          async () =>
            (
              await http
                .post(`/campaigns/${campaignId}/notice/issue`)
                .set(auth)
                .send({ expectedVersion: 1, confirmChangedFacts: true, confirmBeforeDisclosureDate: true })
            ).status,
        );
      }
      case 'PUT /campaigns/:id/scoring-rule (issued by)':
        return (
          await http
            .put(`/campaigns/${await issuedBy(target)}/scoring-rule`)
            .set(auth)
            .send({
              expectedVersion: 0,
              basePoints: 100,
              perWorkingDayLate: 3,
              notSubmitted: 20,
              notPublishedByDisclosureDate: 5,
              perMissingItem: 2,
              perReturnBeyondFirst: 1,
            })
        ).status;
      case 'POST /campaigns/:id/forwardings (issued by)':
        return (
          await http
            .post(`/campaigns/${await issuedBy(target)}/forwardings`)
            .set(auth)
            .send({
              unitId: target,
              body: 'party_central_committee',
              sentOn: '2026-03-25',
              channel: 'confidential_courier',
            })
        ).status;
      case 'POST /campaigns/:id/targets/:unitId/reminders (issued by)':
        return (
          await http
            .post(`/campaigns/${await issuedBy(target)}/targets/${childOf[relation]}/reminders`)
            .set(auth)
            .send({ message: '请按时报送' })
        ).status;
      case 'PUT /campaigns/:id/item-order (issued by)':
        return (
          await http
            .put(`/campaigns/${await issuedBy(target)}/item-order`)
            .set(auth)
            .send({ expectedVersion: 0, itemOrder: [3, 1, 2, 4, 5] })
        ).status;
      case 'GET /reports/:id/findings (issued by)': {
        const [reportId] = (await readOnce(() => makeReceipt(target))).split('|');
        return (await http.get(`/reports/${reportId}/findings`).set(auth)).status;
      }
      case 'POST /reports/:id/findings (issued by)': {
        const [reportId, campaignId] = (await readOnce(() => makeReceipt(target))).split('|');
        return (
          await http
            .post(`/reports/${reportId}/findings`)
            .set(auth)
            .send({ campaignId, text: '未写明行政复议纠错率' })
        ).status;
      }
      case 'POST /findings/:id/answer (sent to)': {
        const findingId = await readOnce(() => makeFinding(target));
        return (
          await http
            .post(`/findings/${findingId}/answer`)
            .set(auth)
            .send({ expectedVersion: 1, measures: '已补充行政复议纠错率', completedOn: '2026-01-20' })
        ).status;
      }
      case 'GET /campaigns/:id/events (issued by)':
        return (await http.get(`/campaigns/${await readOnce(() => issuedBy(target))}/events`).set(auth))
          .status;
      case 'GET /campaigns/:id/events/verification (issued by)':
        return (
          await http.get(`/campaigns/${await readOnce(() => issuedBy(target))}/events/verification`).set(auth)
        ).status;
      case 'POST /campaigns/:id/targets (issued by)': {
        const added = await createUnit(api.dataSource, await unitById(api.dataSource, target), {
          kind: 'department',
          level: 'township',
        });
        return (
          await http
            .post(`/campaigns/${await readOnce(() => issuedBy(target))}/targets`)
            .set(auth)
            .send({ unitIds: [added.id] })
        ).status;
      }
      case 'POST /campaigns/:id/withdraw (issued by)':
        return (
          await http
            .post(`/campaigns/${await issuedBy(target)}/withdraw`)
            .set(auth)
            .send({ reason: '重新下发' })
        ).status;
      case 'POST /campaigns/:id/notice-file (issued by)':
        return (
          await http
            .post(`/campaigns/${await readOnce(() => issuedBy(target))}/notice-file`)
            .set(auth)
            .attach('file', PDF, '通知.pdf')
        ).status;
      case 'POST /campaigns/:id/extensions/:extensionId/decision (issued by)': {
        const campaignId = await issuedBy(target);
        const asker = await principalIn(childOf[relation], ['drafter']);
        const extension = await api.app.get(ExtensionsService).request(asker, campaignId, {
          requestedDueDate: `${CAMPAIGN_YEAR + 1}-06-30`,
          reason: '党组会议推迟召开',
        });
        return (
          await http
            .post(`/campaigns/${campaignId}/extensions/${extension.id}/decision`)
            .set(auth)
            .send({ decision: 'refuse', comment: '请按期报送' })
        ).status;
      }
      case 'GET /reports/:id/receipts (issued by)': {
        const [reportId] = (await readOnce(() => makeReceipt(target))).split('|');
        return (await http.get(`/reports/${reportId}/receipts`).set(auth)).status;
      }
      case 'POST /reports/:id/receipts/:campaignId/accept (issued by)': {
        const [reportId, campaignId] = (await readOnce(() => makeReceipt(target))).split('|');
        return (
          await http
            .post(`/reports/${reportId}/receipts/${campaignId}/accept`)
            .set(auth)
            .send({ expectedVersion: 1 })
        ).status;
      }
      case 'GET /reports/:id (copied to C1)':
        return (await http.get(`/reports/${(await copiedReport()).id}`).set(auth)).status;
      case 'GET /reports/:id/history (copied to C1)':
        return (await http.get(`/reports/${(await copiedReport()).id}/history`).set(auth)).status;
      case 'GET /reports/:id/export.docx (copied to C1)':
        return (await http.get(`/reports/${(await copiedReport()).id}/export.docx`).set(auth)).status;
      case 'GET /reports/:id/revisions/:number (copied to C1, dispatched)':
        return (await http.get(`/reports/${(await copiedReport()).id}/revisions/1`).set(auth)).status;
      case 'GET /reports/:id/revisions/:number (copied to C1, redrafted after)':
        return (await http.get(`/reports/${(await copiedReport()).id}/revisions/2`).set(auth)).status;
      case 'GET /reports/:id/stamped-scan (copied to C1, scan of the dispatched revision)': {
        const id = await cached(`scanned-both|${relation}`, () => makeScannedCopy(target, [1, 2]));
        return (await http.get(`/reports/${id}/stamped-scan`).set(auth)).status;
      }
      case 'GET /reports/:id/stamped-scan (copied to C1, scanned after)': {
        const id = await cached(`scanned-after|${relation}`, () => makeScannedCopy(target, [2]));
        return (await http.get(`/reports/${id}/stamped-scan`).set(auth)).status;
      }
      case 'GET /reports/:id/attachments/:attachmentId/content (copied to C1, added after)': {
        const { id, laterAttachmentId } = await copiedReport();
        return (await http.get(`/reports/${id}/attachments/${laterAttachmentId}/content`).set(auth)).status;
      }
      case 'GET /reports/:id (per-target campaign, C1 copied on the report’s line)':
      case 'GET /reports/:id (per-target campaign, C1 copied on another target’s line only)': {
        const onOwnLine = endpoint.includes('the report’s line');
        const id = await readOnce(() => makePerTargetDispatch(target, onOwnLine));
        return (await http.get(`/reports/${id}`).set(auth)).status;
      }
      case 'GET /reports/:id/revisions/:number (receipt open at C1, redrafted after)':
      case 'GET /reports/:id/attachments/:attachmentId/content (receipt open at C1, added after)': {
        const [id, laterAttachmentId] = (
          await cached(`open-receipt|${relation}`, () => makeOpenReceiptCopy(target))
        ).split('|');
        const path = endpoint.includes('/content')
          ? `/reports/${id}/attachments/${laterAttachmentId}/content`
          : `/reports/${id}/revisions/2`;
        return (await http.get(path).set(auth)).status;
      }
      default:
        throw new Error(`no request for ${endpoint}`);
    }
  };

  for (const [endpoint, row] of Object.entries(TARGETED)) {
    it(endpoint, async () => {
      const actual = {} as Record<MatrixRole, number[]>;
      for (const role of MATRIX_ROLES) {
        actual[role] = [];
        for (const relation of RELATIONS) actual[role].push(await request(endpoint, role, targets[relation]));
      }
      expect(actual).toEqual(row);
    });
  }

  /**
   * A report of the unit whose revision 1 was dispatched and copied to C1 (the copy rows written as
   * the dispatch writes them), then redrafted: revision 2 and an attachment added after the dispatch.
   * Returns "reportId|laterAttachmentId".
   */
  const makeCopiedReport = async (unitId: string): Promise<string> => {
    const id = await makeCompleteReport(unitId);
    const drafter = await principalIn(unitId, ['drafter']);
    const attachments = api.app.get(AttachmentsService);
    await attachments.upload(drafter, id, { originalname: '报送前.pdf', buffer: PDF });
    const now = new Date();
    await api.dataSource.query(
      'INSERT INTO report_copies (report_id, unit_id, created_at) VALUES (?, ?, ?)',
      [id, targets.own, now],
    );
    await api.dataSource.query(
      `INSERT INTO report_copy_revisions (report_id, unit_id, event_seq, revision, dispatched_at)
       SELECT id, ?, last_event_seq, current_revision, ? FROM reports WHERE id = ?`,
      [targets.own, now, id],
    );
    const unit = await unitById(api.dataSource, unitId);
    const sections = completeSections(unit.name, CAMPAIGN_YEAR);
    await api.app
      .get(DraftingService)
      .save(drafter, id, { basedOnRevision: 1, sections: { ...sections, other: '报送后重新起草' } });
    const later = await attachments.upload(drafter, id, { originalname: '报送后.pdf', buffer: PDF });
    return `${id}|${later.id}`;
  };

  for (const [endpoint, row] of Object.entries(COPY_VIEWS)) {
    it(endpoint, async () => {
      const actual = {} as Record<MatrixRole, ViewCell[]>;
      for (const role of MATRIX_ROLES) {
        actual[role] = [];
        for (const relation of RELATIONS)
          actual[role].push(await copyView(endpoint, role, targets[relation]));
      }
      expect(actual).toEqual(row);
    });
  }

  /** What `role` reads of the target's report copied to C1 and taken on since (see COPY_VIEWS). */
  const copyView = async (endpoint: string, role: MatrixRole, target: string): Promise<ViewCell> => {
    const [id, dispatchedAt] = (
      await cached(`reopened|${relationOf(target)}`, () => makeReopenedCopy(target))
    ).split('|');
    const res = await api
      .http()
      .get(`/reports/${id}`)
      .set({ Authorization: `Bearer ${tokens[role]}` });
    if (res.status !== 200) return res.status;
    const [live] = await api.dataSource.query(
      'SELECT version, current_revision, return_count, state, stage_entered_at, updated_at FROM reports WHERE id = ?',
      [id],
    );
    const body = res.body as Record<string, unknown>;
    const at = (value: Date) => new Date(value).toISOString();
    const [asLive, asSent] = endpoint.includes('later version')
      ? [
          body.currentRevision === live.current_revision && body.version === live.version,
          body.currentRevision === 1 && body.version === 1 && body.title === '第一稿',
        ]
      : endpoint.includes('returned')
        ? [
            body.returnCount === live.return_count && body.state === live.state,
            body.returnCount === 0 && body.state === 'drafting',
          ]
        : [
            body.updatedAt === at(live.updated_at) && body.stageEnteredAt === at(live.stage_entered_at),
            body.updatedAt === dispatchedAt && String(body.stageEnteredAt) <= dispatchedAt,
          ];
    return asSent && !asLive ? 'as sent' : asLive && !asSent ? 'live' : (500 as number);
  };

  /**
   * A report of the unit copied to C1 with revision 1 (titled 第一稿, the copy rows written as the
   * dispatch writes them), then taken on inside the unit: revision 2 saved, submitted to the unit's
   * review (科室审核) and returned by it. Returns "reportId|dispatchedAt" (ISO).
   */
  const makeReopenedCopy = async (unitId: string): Promise<string> => {
    const id = await makeReport(unitId);
    const unit = await unitById(api.dataSource, unitId);
    const as = async (role: Role) => ({
      ...(await principalIn(unitId, [role])),
      userId: (await createUser(api.dataSource, unitId, [role])).id,
    });
    const drafter = await as('drafter');
    const [{ report_year: reportYear }] = await api.dataSource.query(
      'SELECT report_year FROM reports WHERE id = ?',
      [id],
    );
    const sections = completeSections(unit.name, Number(reportYear));
    const drafting = api.app.get(DraftingService);
    await drafting.save(drafter, id, { basedOnRevision: 0, title: '第一稿', sections });
    const dispatchedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
    await api.dataSource.query(
      'INSERT INTO report_copies (report_id, unit_id, created_at) VALUES (?, ?, ?)',
      [id, targets.own, dispatchedAt],
    );
    await api.dataSource.query(
      `INSERT INTO report_copy_revisions (report_id, unit_id, event_seq, revision, dispatched_at)
       SELECT id, ?, last_event_seq, current_revision, ? FROM reports WHERE id = ?`,
      [targets.own, dispatchedAt, id],
    );
    await drafting.save(drafter, id, {
      basedOnRevision: 1,
      title: '第二稿',
      sections: { ...sections, other: '报送后重新起草' },
    });
    const transitions = api.app.get(TransitionService);
    const version = async () =>
      Number((await api.dataSource.query('SELECT version FROM reports WHERE id = ?', [id]))[0].version);
    await transitions.transition({
      principal: drafter,
      reportId: id,
      action: 'submit',
      expectedVersion: await version(),
    });
    await transitions.transition({
      principal: await as('dept_reviewer'),
      reportId: id,
      action: 'return',
      comment: '请补充数据',
      expectedVersion: await version(),
    });
    return `${id}|${dispatchedAt.toISOString()}`;
  };

  /**
   * makeCopiedReport with stamped scans of the given revisions (rows as the upload writes them; the
   * metadata endpoint reads no bytes). Revision 1 was dispatched to C1, revision 2 was not.
   */
  const makeScannedCopy = async (unitId: string, revisions: number[]): Promise<string> => {
    const [reportId] = (await makeCopiedReport(unitId)).split('|');
    const drafter = await principalIn(unitId, ['drafter']);
    for (const revision of revisions) {
      const id = newId();
      await api.dataSource.query(
        `INSERT INTO stamped_scans (id, report_id, revision, filename, size_bytes, sha256, storage_key, uploaded_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          reportId,
          revision,
          `盖章件-${revision}.pdf`,
          PDF.length,
          '0'.repeat(64),
          `${reportId}/stamped-${id}`,
          drafter.userId,
          new Date(),
        ],
      );
    }
    return reportId!;
  };

  /**
   * makeCopiedReport while the receipt of a campaign issued by C1 stays open (another campaign
   * returned it, say): C1's coordinators decide it, yet read only what was sent to C1. The campaign
   * goes to a unit made for it, so no later row withdraws it (makeCampaign's rule).
   */
  const makeOpenReceiptCopy = async (unitId: string): Promise<string> => {
    const copied = await makeCopiedReport(unitId);
    const [reportId] = copied.split('|');
    const c1 = await unitById(api.dataSource, targets.own);
    const asked = await createUnit(api.dataSource, c1, { kind: 'department', level: 'county' });
    const campaignId = await makeCampaign(targets.own, asked.id);
    const now = new Date();
    await api.dataSource.query(
      `INSERT INTO report_receipts (report_id, campaign_id, status, revision, dispatched_at, created_at, updated_at)
       VALUES (?, ?, 'received', 1, ?, ?, ?)`,
      [reportId, campaignId, now, now, now],
    );
    return copied;
  };

  /**
   * A report of the unit answering a campaign whose targets each have their own recipients (#17):
   * issued by the unit's parent to the unit and to a unit made beside it, C1 named 抄送 on the
   * unit's own line (`onOwnLine`) or only on the other target's line; then the report's revision is
   * dispatched through the product's dispatch write (ReportDispatch), which decides who reads it.
   */
  const makePerTargetDispatch = async (unitId: string, onOwnLine: boolean): Promise<string> => {
    const issuer = parentOf[relationOf(unitId)];
    const beside = await createUnit(api.dataSource, await unitById(api.dataSource, issuer), {
      kind: 'department',
      level: 'county',
    });
    // The lines' 主送: a unit of the issuer's own, never C1 (which may be the issuer or the target).
    const receiver = await createUnit(api.dataSource, await unitById(api.dataSource, issuer), {
      kind: 'department',
      level: 'county',
    });
    const campaignId = await makeCampaign(issuer, unitId, false, [beside.id]);
    await api.dataSource.query('DELETE FROM campaign_recipients WHERE campaign_id = ?', [campaignId]);
    await api.dataSource.query('DELETE FROM campaign_external_recipients WHERE campaign_id = ?', [
      campaignId,
    ]);
    const copiedOn = onOwnLine ? unitId : beside.id;
    const rows: Array<[string, 'main' | 'copy', string]> = [
      [unitId, 'main', receiver.id],
      [beside.id, 'main', receiver.id],
      [copiedOn, 'copy', targets.own],
    ];
    for (const [target, kind, recipient] of rows)
      await api.dataSource.query(
        `INSERT INTO campaign_target_recipients (campaign_id, target_unit_id, kind, position, unit_id)
         VALUES (?, ?, ?, 0, ?)`,
        [campaignId, target, kind, recipient],
      );
    const [{ report_id: reportId }] = await api.dataSource.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id = ? AND unit_id = ?',
      [campaignId, unitId],
    );
    await makeCompleteRevisionIfNone(reportId);
    const [{ current_revision: revision }] = await api.dataSource.query(
      'SELECT current_revision FROM reports WHERE id = ?',
      [reportId],
    );
    const unit = (await api.app.get(UnitRepository).findById(unitId))!;
    await api.app
      .get(Transactions)
      .run(() =>
        api.app.get(ReportDispatch).record({ reportId, unit, revision: Number(revision), now: new Date() }),
      );
    return reportId;
  };

  /**
   * A campaign issued by the unit to the unit below it whose report was dispatched to it: the
   * receipt and the issuer's copy written as the dispatch writes them. Returns "reportId|campaignId".
   */
  const makeReceipt = async (issuer: string): Promise<string> => {
    const campaignId = await issuedBy(issuer);
    const [{ report_id: reportId }] = await api.dataSource.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id = ?',
      [campaignId],
    );
    await makeCompleteRevisionIfNone(reportId);
    const now = new Date();
    await api.dataSource.query(
      "UPDATE reports SET state = 'submitted', submitted_at = COALESCE(submitted_at, ?) WHERE id = ?",
      [now, reportId],
    );
    await api.dataSource.query(
      `INSERT INTO report_receipts (report_id, campaign_id, status, revision, dispatched_at, created_at, updated_at)
       SELECT id, ?, 'received', current_revision, ?, ?, ? FROM reports WHERE id = ?`,
      [campaignId, now, now, now, reportId],
    );
    await api.dataSource.query(
      'INSERT IGNORE INTO report_copies (report_id, unit_id, created_at) VALUES (?, ?, ?)',
      [reportId, issuer, now],
    );
    await api.dataSource.query(
      `INSERT IGNORE INTO report_copy_revisions (report_id, unit_id, event_seq, revision, dispatched_at)
       SELECT id, ?, last_event_seq, current_revision, ? FROM reports WHERE id = ?`,
      [issuer, now, reportId],
    );
    return `${reportId}|${campaignId}`;
  };

  /** An open finding on the target's report, raised by the office of the campaign sent to it. */
  const makeFinding = async (target: string): Promise<string> => {
    const campaignId = await sentTo(target);
    const [{ report_id: reportId }] = await api.dataSource.query(
      'SELECT report_id FROM campaign_targets WHERE campaign_id = ?',
      [campaignId],
    );
    const issuer = parentOf[relationOf(target)];
    const raiser = await principalIn(issuer, ['coordinator']);
    const id = newId();
    await api.dataSource.query(
      `INSERT INTO report_findings (id, report_id, campaign_id, raising_unit_id, version, status, text, due_on, raised_by, raised_at, updated_at)
       VALUES (?, ?, ?, ?, 1, 'open', '未写明行政复议纠错率', '2026-02-11', ?, ?, ?)`,
      [id, reportId, campaignId, issuer, raiser.userId, TODAY, TODAY],
    );
    return id;
  };

  /** Gives a campaign's report its first complete revision (dispatching needs one). */
  const makeCompleteRevisionIfNone = async (reportId: string): Promise<void> => {
    const [report] = await api.dataSource.query(
      'SELECT r.unit_id, r.current_revision, u.name FROM reports r JOIN units u ON u.id = r.unit_id WHERE r.id = ?',
      [reportId],
    );
    if (Number(report.current_revision) > 0) return;
    const drafter = await principalIn(report.unit_id, ['drafter']);
    await api.app.get(DraftingService).save(drafter, reportId, {
      basedOnRevision: 0,
      sections: completeSections(report.name, CAMPAIGN_YEAR),
    });
  };

  /** A notification (in-app message) for a user, straight into the database. */
  const notificationFor = async (userId: string): Promise<number> =>
    Number(
      (
        await api.dataSource.query(
          `INSERT INTO notifications (user_id, kind, report_id, title, body, dedup_key, created_at) VALUES (?, 'matrix', NULL, 't', 'b', ?, ?)`,
          [userId, uniqueName('matrix'), new Date()],
        )
      ).insertId,
    );
  /** A webhook delivery of the unit that failed every retry. */
  const deadLetterOf = async (unitId: string): Promise<number> =>
    Number(
      (
        await api.dataSource.query(
          `INSERT INTO deliveries (dedup_key, channel, target, unit_id, subject, body, status, attempts, created_at, dead_at)
           VALUES (?, 'webhook', 'https://example.invalid/robot', ?, 's', 'b', 'dead', 5, ?, ?)`,
          [uniqueName('matrix'), unitId, new Date(), new Date()],
        )
      ).insertId,
    );

  const untargeted = async (endpoint: string, role: MatrixRole): Promise<number> => {
    const http = api.http();
    const auth = { Authorization: `Bearer ${tokens[role]}` };
    switch (endpoint) {
      case 'GET /system/self-checks/:id': {
        const id = await cached('self-check', async () => {
          const selfCheck = newId();
          await api.dataSource.query('INSERT INTO self_checks (id, requested_at) VALUES (?, ?)', [
            selfCheck,
            new Date(),
          ]);
          return selfCheck;
        });
        return (await http.get(`/system/self-checks/${id}`).set(auth)).status;
      }
      case 'POST /users/:id/roles (to oneself)':
        return (await http.post(`/users/${userIds[role]}/roles`).set(auth).send({ role: 'drafter' })).status;
      case 'POST /notifications/:id/read (my own)':
        return (await http.post(`/notifications/${await notificationFor(userIds[role])}/read`).set(auth))
          .status;
      case 'POST /content/import':
        return (await http.post('/content/import').set(auth).send({ text: '一、主要举措和成效\n全年……' }))
          .status;
      case 'POST /content/import-file':
        return (
          await http
            .post('/content/import-file')
            .set(auth)
            .attach('file', Buffer.from('一、主要举措和成效\n'), 'a.txt')
        ).status;
      case 'POST /content/check':
        return (
          await http
            .post('/content/check')
            .set(auth)
            .send({ sections: { measures: '一、主要举措' }, campaignYear: 2024, unitName: '测试局' })
        ).status;
      default: {
        const [method, path] = endpoint.split(' ');
        const req = method === 'GET' ? http.get(path) : http.post(path);
        return (await req.set(auth)).status;
      }
    }
  };

  it('endpoints without a target', async () => {
    const actual = {} as Record<string, Record<MatrixRole, number>>;
    for (const endpoint of Object.keys(UNTARGETED)) {
      actual[endpoint] = {} as Record<MatrixRole, number>;
      for (const role of MATRIX_ROLES) actual[endpoint][role] = await untargeted(endpoint, role);
    }
    expect(actual).toEqual(UNTARGETED);
  });

  it('a 403 names the missing role; a 404 reveals nothing', async () => {
    const forbidden = await api
      .http()
      .post('/units')
      .set('Authorization', `Bearer ${tokens.drafter}`)
      .send({ parentId: targets.own, name: uniqueName('x'), kind: 'department', level: 'county' });
    expect(forbidden.body).toMatchObject({
      statusCode: 403,
      error: 'ROLE_REQUIRED',
      message: expect.stringMatching(/needs the role admin/),
    });
    const hidden = await api
      .http()
      .get(`/units/${targets.foreign}`)
      .set('Authorization', `Bearer ${tokens.admin}`);
    expect(hidden.body).toMatchObject({ statusCode: 404, message: 'Unit not found' });
  });

  it('docs/authorization-matrix.md is the rendered table (npm run docs:authz regenerates it)', () => {
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, renderMarkdown());
    expect(readFileSync(DOC, 'utf8')).toBe(renderMarkdown());
  });
});
