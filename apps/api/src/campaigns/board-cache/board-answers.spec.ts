import { ManualClock } from '@app/common';
import type { AppConfig } from '@app/config';
import type { Principal } from '@app/directory';
import type { StageClock } from '@app/reports';
import type { BoardFingerprintRepository } from '../board.repository';
import type { BoardService } from '../board.service';
import type { CampaignAccess } from '../campaign-access';
import { BoardAnswers } from './board-answers';

type Found = Awaited<ReturnType<CampaignAccess['forBoard']>>;

/**
 * BoardAnswers with the database replaced: `campaign` is what the campaign read returns at each call,
 * the board built shows the campaign's status it was given, the fingerprint never moves.
 */
function answersWith(options: { replicas?: string[]; statuses: string[] }) {
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
  const fingerprints = { of: async () => 'fp' } as unknown as BoardFingerprintRepository;
  const stageClock = { refresh: async () => undefined, builtInSchedules: {} } as unknown as StageClock;
  const config = {
    env: { BOARD_CACHE_BYTES: 1_000_000, DATABASE_REPLICA_URLS: options.replicas },
  } as unknown as AppConfig;
  const answers = new BoardAnswers(
    config,
    access,
    boards,
    fingerprints,
    stageClock,
    new ManualClock(new Date('2026-12-04T06:00:00Z')),
  );
  const principal = { unitId: 'u1', unitPath: '/u1/', roles: [] } as unknown as Principal;
  const read = async () => {
    const body = await (await answers.answer(principal, 'c1', {})).body();
    return JSON.parse(`${body.head.toString('utf8')}}`) as { campaign: { status: string } };
  };
  return { read, builds };
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
});
