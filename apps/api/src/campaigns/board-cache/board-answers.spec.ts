import { ManualClock } from '@app/common';
import type { AppConfig } from '@app/config';
import type { Principal } from '@app/directory';
import type { TableEpochs } from '@app/queue';
import type { StageClock } from '@app/reports';
import type { BoardFingerprintRepository } from '../board.repository';
import type { BoardService } from '../board.service';
import type { CampaignAccess } from '../campaign-access';
import { BoardAnswers } from './board-answers';

type Found = Awaited<ReturnType<CampaignAccess['forBoard']>>;

/**
 * BoardAnswers with the database replaced: `campaign` is what the campaign read returns at each call,
 * the board built shows the campaign's status it was given, the fingerprint never moves. The change
 * signals are `signals.tokens` (null: Redis does not answer); `fingerprintReads` counts the reads.
 */
function answersWith(options: { replicas?: string[]; statuses: string[]; trustMs?: number }) {
  const statuses = [...options.statuses];
  const builds: string[] = [];
  const access = {
    forBoard: async () =>
      ({ campaign: { id: 'c1', path: '/c1/', status: statuses.shift() ?? 'active' } }) as unknown as Found,
  } as unknown as CampaignAccess;
  const boards = {
    build: async (found: Found) => {
      builds.push(found.campaign.status);
      return { campaign: { status: found.campaign.status }, generatedAt: '' };
    },
  } as unknown as BoardService;
  let fingerprintReads = 0;
  const signals: { tokens: string | null; duringFingerprint?: () => void } = { tokens: 'a' };
  const fingerprints = {
    of: async () => {
      fingerprintReads += 1;
      signals.duringFingerprint?.();
      return 'fp';
    },
  } as unknown as BoardFingerprintRepository;
  const epochs = { tokensOf: async () => signals.tokens } as unknown as TableEpochs;
  const stageClock = { refresh: async () => undefined, builtInSchedules: {} } as unknown as StageClock;
  const config = {
    env: {
      BOARD_CACHE_BYTES: 1_000_000,
      BOARD_FINGERPRINT_TRUST_MS: options.trustMs ?? 10_000,
      DATABASE_REPLICA_URLS: options.replicas,
    },
  } as unknown as AppConfig;
  const clock = new ManualClock(new Date('2026-12-04T06:00:00Z'));
  const answers = new BoardAnswers(config, access, boards, fingerprints, epochs, stageClock, clock);
  const principal = { unitId: 'u1', unitPath: '/u1/', roles: [] } as unknown as Principal;
  const read = async () => {
    const body = await (await answers.answer(principal, 'c1', {})).body();
    return JSON.parse(`${body.head.toString('utf8')}}`) as { campaign: { status: string } };
  };
  return { read, builds, signals, clock, fingerprintReads: () => fingerprintReads };
}

describe('BoardAnswers', () => {
  it('builds a board once and reuses it while the fingerprint stands', async () => {
    const { read, builds } = answersWith({ statuses: [] });
    await read();
    await read();
    expect(builds).toHaveLength(1);
  });

  it('builds from the campaign as read after the fingerprint, not the one read before it', async () => {
    // A withdrawal landing between the access check's read and the fingerprint: the fingerprint
    // already has it, so the board kept under it must show it too.
    const { read } = answersWith({ statuses: ['active', 'withdrawn'] });
    expect((await read()).campaign.status).toBe('withdrawn');
  });

  it('is off with read replicas, whose unequal lag could put an older build under a newer fingerprint', async () => {
    const { read, builds } = answersWith({ replicas: ['mysql://rf:pw@127.0.0.1:13317/rf'], statuses: [] });
    await read();
    await read();
    expect(builds).toHaveLength(2);
  });

  describe('reads the fingerprint again only when a table the board reads may have changed', () => {
    /** Reads after the first: the first reads it before and after its build. */
    const readsAfterFirst = async (
      options: { trustMs?: number },
      between: (board: ReturnType<typeof answersWith>) => void,
    ) => {
      const board = answersWith({ statuses: [], ...options });
      await board.read();
      const first = board.fingerprintReads();
      between(board);
      await board.read();
      return board.fingerprintReads() - first;
    };

    it('not while the change signals stand, within the trust bound', async () => {
      expect(await readsAfterFirst({}, (b) => b.clock.advance(9_999))).toBe(0);
    });

    it('after any change signal of those tables', async () => {
      expect(await readsAfterFirst({}, (b) => (b.signals.tokens = 'b'))).toBe(1);
    });

    it('once the trust bound has passed (a write outside ReportFlow sends no signal)', async () => {
      expect(await readsAfterFirst({}, (b) => b.clock.advance(10_000))).toBe(1);
    });

    it('after a write signalled while the fingerprint was being read (the tokens are read first)', async () => {
      const board = answersWith({ statuses: [] });
      // The write lands during the first fingerprint read: that fingerprint may or may not hold it,
      // so it must not be trusted under the tokens read after it.
      board.signals.duringFingerprint = () => {
        board.signals.tokens = 'b';
        board.signals.duringFingerprint = undefined;
      };
      await board.read();
      const first = board.fingerprintReads();
      await board.read();
      expect(board.fingerprintReads() - first).toBe(1);
    });

    it('on every read while Redis does not answer, and with the bound at 0', async () => {
      expect(await readsAfterFirst({}, (b) => (b.signals.tokens = null))).toBe(1);
      const off = answersWith({ statuses: [], trustMs: 0 });
      await off.read();
      await off.read();
      expect(off.fingerprintReads()).toBe(3);
    });
  });
});
