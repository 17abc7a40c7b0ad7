import { parseLocalDate, type LocalDate } from '@app/calendar';
import { ManualClock, type AppError } from '@app/common';
import type { Principal, Unit, UnitRepository, UserRepository } from '@app/directory';
import type { Transactions } from '@app/persistence';
import type { OutboxRelay, OutboxWriter } from '@app/queue';
import {
  DEFAULT_REMINDER_POLICY,
  type DueDateChanges,
  type IdempotencyRepository,
  type ReportRepository,
} from '@app/reports';
import type { CampaignAccess } from './campaign-access';
import type { CampaignEventInput, CampaignEventRepository } from './campaign-event.repository';
import type { CampaignInboxRepository, CampaignMessage } from './campaign-inbox.repository';
import type { CampaignRecipientRepository } from './campaign-recipient.repository';
import type { CampaignRecipientRoutingRepository } from './campaign-recipient-routing.repository';
import type { CampaignUnitsRepository } from './campaign-units.repository';
import type { CampaignTargetRepository } from './campaign-target.repository';
import type { CampaignTargets, PersistTargets } from './campaign-targets';
import type { CampaignRepository, Withdrawal } from './campaign.repository';
import type { Campaign, CampaignTarget } from './campaign.types';
import { CampaignsService } from './campaigns.service';
import { CampaignQueries } from './campaign-queries';
import { CampaignRecipientPlanning } from './campaign-recipient-planning';
import { IssuingUnits } from './issuing-units';
import { ReportDueDates } from './report-due-dates';
import type { ExtensionRepository } from './extension.repository';

const day = (text: string): LocalDate => parseLocalDate(text);

function unit(id: string, path: string, name: string): Unit {
  return {
    id,
    parentId: null,
    path,
    depth: path.split('/').length - 2,
    name,
    kind: 'government',
    level: 'county',
    divisionCode: null,
    demonstrationArea: false,
    housedInUnitId: null,
    createdAt: new Date('2025-01-01T00:00:00Z'),
  };
}
const prefecture = unit('pref', '/pref/', '昌吉回族自治州');
const hutubi = unit('htb', '/pref/htb/', '呼图壁县');
const manas = unit('mns', '/pref/mns/', '玛纳斯县');

const coordinator: Principal = {
  userId: 'coord',
  username: 'cj-coord',
  displayName: '州协调员',
  unitId: 'pref',
  unitPath: '/pref/',
  roles: [{ role: 'coordinator', unitId: 'pref', unitPath: '/pref/' }],
  sessionId: 's1',
};

function campaignOf(over: Partial<Campaign>): Campaign {
  return {
    id: 'c1',
    parentId: null,
    path: '/c1/',
    issuingUnitId: 'pref',
    reportYear: 2025,
    reportLine: 'annual',
    title: '州报送任务',
    documentNumber: null,
    issuedOn: day('2026-01-05'),
    body: '',
    workflow: { id: 'default', version: 1 },
    dueDate: day('2026-02-20'),
    stageLimits: null,
    reminderPolicy: DEFAULT_REMINDER_POLICY,
    disclosureDate: day('2026-04-01'),
    selection: {},
    status: 'active',
    noticeFile: null,
    withdrawnAt: null,
    withdrawnBy: null,
    withdrawReason: null,
    createdBy: 'coord',
    createdAt: new Date('2026-01-05T00:00:00Z'),
    updatedAt: new Date('2026-01-05T00:00:00Z'),
    ...over,
  };
}

const target = (campaignId: string, unitId: string): CampaignTarget => ({
  campaignId,
  unitId,
  reportId: `r-${campaignId}-${unitId}`,
  originalDueDate: day('2026-02-20'),
  dueDate: day('2026-02-20'),
});

/** The campaign c1 (issued by the prefecture to 呼图壁县) with a cascade c2 from 呼图壁县, and what was written. */
class World {
  campaigns = [
    campaignOf({}),
    campaignOf({ id: 'c2', parentId: 'c1', path: '/c1/c2/', issuingUnitId: 'htb', title: '县报送任务' }),
  ];
  targets = [target('c1', 'htb'), target('c2', 'htb-bureau')];
  /** Targets another request adds while this one is between its checks and its transaction. */
  addedConcurrently: CampaignTarget[] = [];
  withdrawals: Withdrawal[] = [];
  cancelled: string[][] = [];
  moved: string[][] = [];
  jobs: Array<{ name: string; payload: unknown }> = [];
  messages: CampaignMessage[] = [];
  events: CampaignEventInput[] = [];
  persisted: PersistTargets[] = [];
  kicks = 0;

  service(today: string): CampaignsService {
    const transactions: Pick<Transactions, 'run'> = {
      run: async (work) => {
        this.targets.push(...this.addedConcurrently);
        return work();
      },
    };
    const find = (id: string) => this.campaigns.find((c) => c.id === id) ?? null;
    const campaigns: Pick<
      CampaignRepository,
      'findById' | 'findWithDescendants' | 'markWithdrawn' | 'childrenOf' | 'findActiveOverlapping'
    > = {
      findActiveOverlapping: async () => null,
      findById: async (id) => find(id),
      findWithDescendants: async (path) => this.campaigns.filter((c) => c.path.startsWith(path)),
      markWithdrawn: async (w) => {
        this.withdrawals.push(w);
      },
      childrenOf: async () => [],
    };
    const targetRows: Pick<
      CampaignTargetRepository,
      'list' | 'count' | 'receivedThrough' | 'earliestActiveDueDates'
    > = {
      // No other campaign asks for these reports: once withdrawn, none has a due date.
      earliestActiveDueDates: async () => new Map(),
      list: async (ids) => this.targets.filter((t) => ids.includes(t.campaignId)),
      count: async (id) => this.targets.filter((t) => t.campaignId === id).length,
      receivedThrough: async () => [],
    };
    const eventLog: Pick<CampaignEventRepository, 'record'> = {
      record: async (events) => {
        this.events.push(...events);
      },
    };
    const campaignTargets: Pick<CampaignTargets, 'resolve' | 'dueDates' | 'persist'> = {
      // A selector matches both counties; an explicit list names units by id.
      resolve: async (_principal, _issuer, input) =>
        input.select ? [hutubi, manas] : [hutubi, manas].filter((u) => input.unitIds?.includes(u.id)),
      dueDates: async (units, rules) => new Map(units.map((u) => [u.id, rules.dueDate ?? day('2026-02-20')])),
      persist: async (change) => {
        this.persisted.push(change);
        return { targets: [], adopted: [] };
      },
    };
    const access: Pick<CampaignAccess, 'forIssuer' | 'forNotice'> = {
      forIssuer: async (_principal, id) => ({ campaign: find(id)!, issuer: prefecture }),
      forNotice: async (_principal, id) => ({ campaign: find(id)!, issuer: prefecture }),
    };
    const extensions: Pick<ExtensionRepository, 'cancelPending'> = {
      cancelPending: async ({ campaignIds }) => {
        this.cancelled.push(campaignIds);
      },
    };
    const inbox: Pick<CampaignInboxRepository, 'noticeReaders' | 'deliver'> = {
      noticeReaders: async (unitIds) =>
        [
          { userId: 'htb-drafter', unitId: 'htb', readsReport: true },
          { userId: 'bureau-drafter', unitId: 'htb-bureau', readsReport: true },
        ].filter((h) => unitIds.includes(h.unitId)),
      deliver: async (messages) => {
        this.messages.push(...messages);
      },
    };
    const dueDates: Pick<DueDateChanges, 'move'> = {
      move: async ({ reportIds }) => {
        this.moved.push(reportIds);
        return reportIds.map((id) => ({ id, version: 2 }));
      },
    };
    const outbox: Pick<OutboxWriter, 'addMany'> = {
      addMany: async (jobs) => {
        this.jobs.push(...jobs);
      },
    };
    const relay: Pick<OutboxRelay, 'kick'> = { kick: () => void this.kicks++ };
    const recipientRows: Pick<CampaignRecipientRepository, 'listFor' | 'isPerTarget'> = {
      listFor: async () => ({ main: [], copy: [], external: { main: [], copy: [] }, perTarget: null }),
      isPerTarget: async () => false,
    };
    const issuingUnits = {} as IssuingUnits;
    const queries = new CampaignQueries(
      campaigns as CampaignRepository,
      targetRows as CampaignTargetRepository,
      recipientRows as CampaignRecipientRepository,
      eventLog as CampaignEventRepository,
      campaignTargets as CampaignTargets,
      access as CampaignAccess,
      issuingUnits,
    );
    const recipientPlanning = new CampaignRecipientPlanning(
      {} as UnitRepository,
      campaignTargets as CampaignTargets,
      recipientRows as CampaignRecipientRepository,
      {} as CampaignUnitsRepository,
      {} as CampaignRecipientRoutingRepository,
      issuingUnits,
      campaigns as CampaignRepository,
      {} as UserRepository,
    );
    return new CampaignsService(
      transactions as Transactions,
      campaigns as CampaignRepository,
      targetRows as CampaignTargetRepository,
      eventLog as CampaignEventRepository,
      campaignTargets as CampaignTargets,
      access as CampaignAccess,
      extensions as ExtensionRepository,
      inbox as CampaignInboxRepository,
      new ReportDueDates(
        targetRows as CampaignTargetRepository,
        { lockDueDateHeads: async () => [] } as unknown as ReportRepository,
        dueDates as DueDateChanges,
        outbox as OutboxWriter,
      ),
      relay as OutboxRelay,
      new ManualClock(new Date(`${today}T02:00:00Z`)),
      recipientRows as CampaignRecipientRepository,
      recipientPlanning,
      issuingUnits,
      queries,
      {} as IdempotencyRepository,
    );
  }
}

async function codeOf(work: Promise<unknown>): Promise<string> {
  const error = (await work.then(
    () => null,
    (e: unknown) => e,
  )) as AppError | null;
  if (!error) throw new Error('expected a refusal');
  return error.code;
}

describe('CampaignsService.withdraw', () => {
  it('stops the campaign with its cascades, clears their reports’ due dates and tells the drafters', async () => {
    const world = new World();
    await world.service('2026-02-01').withdraw(coordinator, 'c1', ' 通知有误 ');
    expect(world.withdrawals).toEqual([
      expect.objectContaining({ campaignIds: ['c1', 'c2'], by: 'coord', reason: '通知有误' }),
    ]);
    expect(world.cancelled).toEqual([['c1', 'c2']]);
    expect(world.moved).toEqual([['r-c1-htb', 'r-c2-htb-bureau']]);
    expect(world.jobs.map((j) => j.payload)).toEqual([
      { reportId: 'r-c1-htb', reportVersion: 2 },
      { reportId: 'r-c2-htb-bureau', reportVersion: 2 },
    ]);
    expect(world.messages.map((m) => [m.userId, m.title])).toEqual([
      ['htb-drafter', '报送任务已撤销：州报送任务'],
      ['bureau-drafter', '报送任务已撤销：县报送任务'],
    ]);
    expect(world.events.map((e) => [e.campaignId, e.details])).toEqual([
      ['c1', { reason: '通知有误' }],
      ['c2', { reason: '通知有误', withParent: 'c1' }],
    ]);
    expect(world.kicks).toBe(1);
  });

  it('leaves an already withdrawn cascade as it was', async () => {
    const world = new World();
    world.campaigns[1] = { ...world.campaigns[1], status: 'withdrawn' };
    await world.service('2026-02-01').withdraw(coordinator, 'c1', '通知有误');
    expect(world.withdrawals[0].campaignIds).toEqual(['c1']);
    expect(world.moved).toEqual([['r-c1-htb']]);
  });

  it('refuses after the due day and changes nothing', async () => {
    const world = new World();
    await expect(codeOf(world.service('2026-02-21').withdraw(coordinator, 'c1', '太晚了'))).resolves.toBe(
      'CAMPAIGN_PAST_DUE',
    );
    expect([world.withdrawals, world.moved, world.jobs, world.messages, world.events]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(world.kicks).toBe(0);
  });
});

describe('CampaignsService.addTargets', () => {
  it('adds only new units, each with its due date, and records one event per unit', async () => {
    const world = new World();
    await world.service('2026-02-01').addTargets(coordinator, 'c1', { select: { nameContains: '县' } });
    expect(world.persisted).toHaveLength(1);
    expect(world.persisted[0].planned.map((p) => [p.unit.id, p.dueDate, p.report.receivingUnitId])).toEqual([
      ['mns', '2026-02-20', 'pref'],
    ]);
    expect(world.events.map((e) => [e.action, e.unitId])).toEqual([['targets_added', 'mns']]);
  });

  it('refuses a unit named explicitly that is already a target', async () => {
    const world = new World();
    await expect(
      codeOf(world.service('2026-02-01').addTargets(coordinator, 'c1', { unitIds: ['htb'] })),
    ).resolves.toBe('TARGET_EXISTS');
  });

  it('refuses, and creates no report, when another request added the unit meanwhile', async () => {
    const world = new World();
    world.addedConcurrently = [target('c1', 'mns')];
    await expect(
      codeOf(world.service('2026-02-01').addTargets(coordinator, 'c1', { unitIds: ['mns'] })),
    ).resolves.toBe('TARGET_EXISTS');
    expect(world.persisted).toEqual([]);
  });
});
