import { endOfDayInstant, parseLocalDate, type LocalDate } from '@app/calendar';
import { ManualClock, type AppError } from '@app/common';
import type { Principal, Unit, UnitRepository } from '@app/directory';
import type { Transactions } from '@app/persistence';
import type { OutboxRelay, OutboxWriter } from '@app/queue';
import { DEFAULT_REMINDER_POLICY, type DueDateChanges, type ReportRepository } from '@app/reports';
import type { CampaignAccess } from './campaign-access';
import type { CampaignEventInput, CampaignEventRepository } from './campaign-event.repository';
import type { CampaignInboxRepository, CampaignMessage } from './campaign-inbox.repository';
import type { CampaignTargetRepository } from './campaign-target.repository';
import type { CampaignTargets } from './campaign-targets';
import type { CampaignRepository } from './campaign.repository';
import type { Campaign, CampaignTarget, ExtensionRequest } from './campaign.types';
import {
  PendingExtensionExistsError,
  type ExtensionDecision,
  type ExtensionRepository,
} from './extension.repository';
import { ExtensionsService } from './extensions.service';
import { ReportDueDates } from './report-due-dates';

const day = (text: string): LocalDate => parseLocalDate(text);

const prefecture: Unit = {
  id: 'pref',
  parentId: null,
  path: '/pref/',
  depth: 0,
  name: '昌吉回族自治州',
  kind: 'government',
  level: 'prefecture',
  divisionCode: '652300',
  demonstrationArea: false,
  housedInUnitId: null,
  createdAt: new Date('2025-01-01T00:00:00Z'),
};
const county: Unit = {
  ...prefecture,
  id: 'county',
  parentId: 'pref',
  path: '/pref/county/',
  name: '呼图壁县',
  level: 'county',
};

const coordinator: Principal = {
  userId: 'coord',
  username: 'cj-coord',
  displayName: '州协调员',
  unitId: 'pref',
  unitPath: '/pref/',
  roles: [{ role: 'coordinator', unitId: 'pref', unitPath: '/pref/' }],
  sessionId: 's1',
};
const drafter: Principal = {
  userId: 'drafter',
  username: 'htb-drafter',
  displayName: '县起草人',
  unitId: 'county',
  unitPath: '/pref/county/',
  roles: [{ role: 'drafter', unitId: 'county', unitPath: '/pref/county/' }],
  sessionId: 's2',
};

function campaignOf(over: Partial<Campaign> = {}): Campaign {
  return {
    id: 'c1',
    parentId: null,
    path: '/c1/',
    issuingUnitId: 'pref',
    reportYear: 2025,
    reportLine: 'annual',
    title: '关于报送2025年度法治政府建设年度报告的通知',
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

/** The few rows these use cases touch, and what they wrote. */
class World {
  campaign = campaignOf();
  target: CampaignTarget = {
    campaignId: 'c1',
    unitId: 'county',
    reportId: 'report-1',
    originalDueDate: day('2026-02-20'),
    dueDate: day('2026-02-20'),
  };
  /** Targets of the parent campaign received through the issuer (a cascade's ceiling). */
  received: CampaignTarget[] = [];
  extensions = new Map<string, ExtensionRequest>();
  /** Set to make the next insert lose a race against a concurrent request. */
  concurrentWinner: ExtensionRequest | null = null;
  events: CampaignEventInput[] = [];
  messages: CampaignMessage[] = [];
  decisions: ExtensionDecision[] = [];
  dueDateMoves: Array<{ reportIds: string[]; dueAt: Date | null }> = [];
  jobs: Array<{ name: string; payload: unknown }> = [];
  holders = [
    { userId: 'drafter', unitId: 'county' },
    { userId: 'leader', unitId: 'county' },
    { userId: 'coord', unitId: 'pref' },
  ];
  transactions = 0;
  kicks = 0;

  service(): ExtensionsService {
    const transactions: Pick<Transactions, 'run'> = {
      run: async (work) => {
        this.transactions++;
        return work();
      },
    };
    const campaigns: Pick<CampaignRepository, 'findById'> = {
      findById: async (id) => (id === this.campaign.id ? this.campaign : null),
    };
    const targets: Pick<
      CampaignTargetRepository,
      'find' | 'setDueDateOfReport' | 'receivedThrough' | 'earliestActiveDueDates'
    > = {
      // This campaign is the only one asking for the report here.
      earliestActiveDueDates: async (reportIds) =>
        new Map(
          reportIds.includes(this.target.reportId) ? [[this.target.reportId, this.target.dueDate]] : [],
        ),
      find: async (campaignId, unitId) =>
        campaignId === this.target.campaignId && unitId === this.target.unitId ? { ...this.target } : null,
      setDueDateOfReport: async ({ reportId, dueDate }) => {
        if (reportId === this.target.reportId) this.target.dueDate = dueDate;
      },
      receivedThrough: async () => this.received,
    };
    const events: Pick<CampaignEventRepository, 'record'> = {
      record: async (events) => {
        this.events.push(...events);
      },
    };
    const extensions: Pick<
      ExtensionRepository,
      'insert' | 'findById' | 'findPending' | 'findPendingForReport' | 'decide' | 'otherCampaignsDueDate'
    > = {
      otherCampaignsDueDate: async () => null,
      insert: async (e) => {
        if (this.concurrentWinner) {
          this.extensions.set(this.concurrentWinner.id, this.concurrentWinner);
          throw new PendingExtensionExistsError(e.campaignId, e.unitId);
        }
        this.extensions.set(e.id, e);
      },
      findById: async (id) => this.extensions.get(id) ?? null,
      findPending: async (campaignId, unitId) =>
        [...this.extensions.values()].find(
          (e) => e.campaignId === campaignId && e.unitId === unitId && e.status === 'pending',
        ) ?? null,
      findPendingForReport: async (campaignId, reportId) =>
        [...this.extensions.values()].find(
          (e) => e.campaignId === campaignId && e.reportId === reportId && e.status === 'pending',
        ) ?? null,
      decide: async (decision) => {
        this.decisions.push(decision);
        return true;
      },
    };
    const access: Pick<CampaignAccess, 'forIssuer' | 'forNotice'> = {
      // The campaign's targets read it (the only readers these cases use).
      forNotice: async () => ({ campaign: this.campaign, issuer: prefecture }),
      forIssuer: async (principal) => {
        if (!principal.roles.some((r) => r.role === 'coordinator' && r.unitId === 'pref')) {
          throw new Error('not the issuing coordinator');
        }
        return { campaign: this.campaign, issuer: prefecture };
      },
    };
    const units: Pick<UnitRepository, 'findById'> = {
      findById: async (id) => [prefecture, county].find((u) => u.id === id) ?? null,
    };
    const reports: Pick<ReportRepository, 'findById'> = { findById: async () => null };
    const inbox: Pick<CampaignInboxRepository, 'holders' | 'deliver'> = {
      holders: async (unitIds) => this.holders.filter((h) => unitIds.includes(h.unitId)),
      deliver: async (messages) => {
        this.messages.push(...messages);
      },
    };
    const dueDates: Pick<DueDateChanges, 'move'> = {
      move: async (move) => {
        this.dueDateMoves.push({ reportIds: move.reportIds, dueAt: move.dueAt });
        return move.reportIds.map((id) => ({ id, version: 4 }));
      },
    };
    const outbox: Pick<OutboxWriter, 'addMany'> = {
      addMany: async (jobs) => {
        this.jobs.push(...jobs);
      },
    };
    const relay: Pick<OutboxRelay, 'kick'> = { kick: () => void this.kicks++ };
    return new ExtensionsService(
      transactions as Transactions,
      campaigns as CampaignRepository,
      targets as CampaignTargetRepository,
      events as CampaignEventRepository,
      extensions as ExtensionRepository,
      access as CampaignAccess,
      units as UnitRepository,
      reports as ReportRepository,
      inbox as CampaignInboxRepository,
      new ReportDueDates(
        targets as CampaignTargetRepository,
        { lockDueDateHeads: async () => [] } as unknown as ReportRepository,
        dueDates as DueDateChanges,
        outbox as OutboxWriter,
      ),
      relay as OutboxRelay,
      new ManualClock(new Date('2026-02-01T02:00:00Z')),
      { receivedThrough: async () => this.received } as Pick<
        CampaignTargets,
        'receivedThrough'
      > as CampaignTargets,
    );
  }

  pending(over: Partial<ExtensionRequest> = {}): ExtensionRequest {
    const request: ExtensionRequest = {
      id: 'x1',
      campaignId: 'c1',
      unitId: 'county',
      reportId: 'report-1',
      status: 'pending',
      dueDateBefore: day('2026-02-20'),
      requestedDueDate: day('2026-02-27'),
      reason: '主要负责人出差',
      requestedBy: 'drafter',
      requestedAt: new Date('2026-02-01T01:00:00Z'),
      grantedDueDate: null,
      decisionComment: null,
      decidedBy: null,
      decidedAt: null,
      ...over,
    };
    this.extensions.set(request.id, request);
    return request;
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

describe('ExtensionsService.request', () => {
  it("records a drafter's request and tells the issuing unit's coordinators, in one transaction", async () => {
    const world = new World();
    const made = await world
      .service()
      .request(drafter, 'c1', { requestedDueDate: '2026-02-27', reason: ' 出差 ' });
    expect(made).toMatchObject({
      status: 'pending',
      requestedDueDate: '2026-02-27',
      reason: '出差',
      unitName: '呼图壁县',
    });
    expect(world.transactions).toBe(1);
    expect(world.events.map((e) => e.action)).toEqual(['extension_requested']);
    expect(world.messages.map((m) => [m.userId, m.kind])).toEqual([['coord', 'extension_requested']]);
  });

  it('refuses a date that is not later than the current due date, and writes nothing', async () => {
    const world = new World();
    const service = world.service();
    await expect(
      codeOf(service.request(drafter, 'c1', { requestedDueDate: '2026-02-20', reason: '再议' })),
    ).resolves.toBe('EXTENSION_NOT_LATER');
    expect(world.transactions).toBe(0);
    expect(world.extensions.size).toBe(0);
  });

  it('answers a request that lost the race to a concurrent one with the id of the one waiting', async () => {
    const world = new World();
    const winner = { ...world.pending({ id: 'winner' }) };
    world.extensions.clear();
    world.concurrentWinner = winner;
    const error = await world
      .service()
      .request(drafter, 'c1', { requestedDueDate: '2026-02-27', reason: '出差' })
      .catch((e: unknown) => e as AppError);
    expect(error).toMatchObject({ code: 'EXTENSION_PENDING', details: { extensionId: 'winner' } });
  });
});

describe('ExtensionsService.decide', () => {
  it("grants: moves the target's date and the report's due instant, queues deadlines-changed, tells the unit", async () => {
    const world = new World();
    world.pending();
    const decided = await world
      .service()
      .decide(coordinator, 'c1', 'x1', { decision: 'grant', dueDate: '2026-02-25' });
    expect(decided).toMatchObject({ status: 'granted', grantedDueDate: '2026-02-25', decidedBy: 'coord' });
    expect(world.target.dueDate).toBe('2026-02-25');
    expect(world.dueDateMoves).toEqual([
      { reportIds: ['report-1'], dueAt: endOfDayInstant(day('2026-02-25')) },
    ]);
    expect(world.jobs).toEqual([
      { name: 'deadlines-changed', payload: { reportId: 'report-1', reportVersion: 4 } },
    ]);
    expect(world.decisions).toEqual([
      expect.objectContaining({ extensionId: 'x1', status: 'granted', grantedDueDate: '2026-02-25' }),
    ]);
    // The requester and the unit's drafters and leaders, each once.
    expect(world.messages.map((m) => m.userId).sort()).toEqual(['drafter', 'leader']);
    expect(world.kicks).toBe(1);
  });

  it("refuses to grant a cascade's unit more time than the parent campaign gave", async () => {
    const world = new World();
    world.campaign = campaignOf({ parentId: 'parent', path: '/parent/c1/' });
    world.received = [{ ...world.target, campaignId: 'parent', unitId: 'pref', dueDate: day('2026-02-24') }];
    world.pending();
    await expect(
      codeOf(world.service().decide(coordinator, 'c1', 'x1', { decision: 'grant', dueDate: '2026-02-25' })),
    ).resolves.toBe('DUE_DATE_AFTER_PARENT');
    expect(world.target.dueDate).toBe('2026-02-20');
    expect(world.jobs).toEqual([]);
  });

  it('refuses: needs a comment, keeps the date, queues nothing', async () => {
    const world = new World();
    world.pending();
    const service = world.service();
    await expect(codeOf(service.decide(coordinator, 'c1', 'x1', { decision: 'refuse' }))).resolves.toBe(
      'COMMENT_REQUIRED',
    );
    const decided = await service.decide(coordinator, 'c1', 'x1', {
      decision: 'refuse',
      comment: '时间充足',
    });
    expect(decided).toMatchObject({ status: 'refused', grantedDueDate: null, decisionComment: '时间充足' });
    expect(world.target.dueDate).toBe('2026-02-20');
    expect(world.dueDateMoves).toEqual([]);
    expect(world.jobs).toEqual([]);
    expect(world.events.map((e) => e.action)).toEqual(['extension_refused']);
  });

  it('refuses to decide twice', async () => {
    const world = new World();
    world.pending({ status: 'granted' });
    await expect(
      codeOf(world.service().decide(coordinator, 'c1', 'x1', { decision: 'refuse', comment: '重复' })),
    ).resolves.toBe('EXTENSION_ALREADY_DECIDED');
  });
});
