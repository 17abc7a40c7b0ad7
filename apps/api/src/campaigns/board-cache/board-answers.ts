import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, LruByBytes } from '@app/common';
import { AppConfig } from '@app/config';
import { localDateOf } from '@app/calendar';
import type { Principal } from '@app/directory';
import { TableEpochs } from '@app/queue';
import { StageClock } from '@app/reports';
import { BoardFingerprintRepository, FINGERPRINT_TABLES } from '../board.repository';
import type { BoardQuery } from '../board.dto';
import { BoardService } from '../board.service';
import { CampaignAccess } from '../campaign-access';
import { buildBody, bytesOf, type BuiltBody } from './board-body';

/** Bumped when the board's answer changes shape for the same data, so no ETag of the old shape matches. */
const FORMAT = 'board-answer-4';

/** Fingerprints remembered per process (one per campaign read); the oldest go first. */
const REMEMBERED_FINGERPRINTS = 2000;

/** A fingerprint as read, with what the board's tables' change signals were just before, and when. */
interface Verified {
  fingerprint: string;
  tokens: string;
  at: number;
}

/** A board answer before its bytes: the validator, the instant it is current at, and the body on demand. */
export interface BoardAnswer {
  /** Weak: the bytes differ in generatedAt and in content coding, the representation is the same. */
  etag: string;
  generatedAt: Date;
  body(): Promise<BuiltBody>;
}

/**
 * The board's answers, built once and verified on every read (督办看板缓存). Apart from the instant
 * it is sent at (generatedAt), the board is a function of the data it reads and of the China date
 * (every light, working-day count and disclosure column compares the instant with the end of a China
 * day): so each read asks MariaDB for the board's fingerprint (BoardFingerprintRepository, one
 * aggregate per read of the board, one round trip) and looks up the answer built for
 *
 *   the campaign, the fingerprint, the China date, the caller's authority, the query, and the
 *   process constants (the calendar files, this answer's format),
 *
 * whose hash is also the ETag: a browser's If-None-Match that matches answers 304 before anything is
 * built or looked up. A write of anything the board shows changes the fingerprint, so a cached board
 * can only be reused while it is exactly what a build would give (the e2e test board-cache.e2e-spec
 * checks it for every kind of write). The memory is bounded (BOARD_CACHE_BYTES, least recently used
 * out), per process; the processes of a cluster agree through the fingerprint. 0 turns the cache off:
 * every read builds the board, and the ETag is the hash of its content, as before the cache.
 *
 * The fingerprint itself scans every target row (tens of ms for 3,000 units), so once read it is
 * reused while the change signals of the board's tables (TableEpochs: a token per table, renewed
 * after each committed write of any API or worker process) are those read just before it, for at
 * most BOARD_FINGERPRINT_TRUST_MS. A write through ReportFlow is therefore seen by the next read; a
 * write made outside it (SQL by hand), or whose signal Redis lost, within that bound.
 */
@Injectable()
export class BoardAnswers {
  private readonly cache: LruByBytes<BuiltBody> | null;
  private constants: string | null = null;
  private readonly verified = new Map<string, Verified>();
  private readonly trustMs: number;

  constructor(
    config: AppConfig,
    private readonly access: CampaignAccess,
    private readonly boards: BoardService,
    private readonly fingerprints: BoardFingerprintRepository,
    private readonly epochs: TableEpochs,
    private readonly stageClock: StageClock,
    private readonly clock: Clock,
  ) {
    this.trustMs = config.env.BOARD_FINGERPRINT_TRUST_MS;
    const bytes = config.env.BOARD_CACHE_BYTES;
    // With read replicas each of the board's reads may go to a different replica, each with its own
    // lag: a build could then read older rows than the fingerprint did and be kept under it. The
    // replicas carry the board's load there instead.
    const replicas = (config.env.DATABASE_REPLICA_URLS ?? []).length > 0;
    this.cache = bytes > 0 && !replicas ? new LruByBytes<BuiltBody>(bytes) : null;
  }

  async answer(principal: Principal, campaignId: string, query: BoardQuery): Promise<BoardAnswer> {
    // Who may see the board is decided on every read, before any cached answer is looked at.
    const found = await this.access.forBoard(principal, campaignId);
    const now = this.clock.now();
    const cache = this.cache;
    if (!cache) {
      const body = await buildBody(await this.boards.build(found, now, query), { gzip: false });
      return { etag: contentEtag(body), generatedAt: now, body: async () => body };
    }
    const fingerprint = await this.fingerprintOf(found.campaign, now);
    const key = keyOf([
      FORMAT,
      this.processConstants(),
      found.campaign.id,
      fingerprint,
      localDateOf(now),
      authorityOf(principal),
      queryOf(query),
    ]);
    return {
      etag: `W/"bc-${key}"`,
      generatedAt: now,
      body: async () => {
        const cached = cache.get(key);
        if (cached) return cached;
        // The calendar this process holds may be up to a few seconds old (StageClock): read it again,
        // so the board built is at least as new as the fingerprint read above.
        await this.stageClock.refresh();
        // The campaign and its issuer are read again too: the read above came before the fingerprint,
        // and a withdrawal or a new due date between the two would otherwise be kept under it.
        const current = await this.access.forBoard(principal, campaignId);
        const built = await buildBody(await this.boards.build(current, now, query), { gzip: true });
        // A write during the build may be in the board but not in the fingerprint read before it:
        // kept only when the fingerprint has not moved (the board is then that fingerprint's).
        if ((await this.fingerprints.of(found.campaign)) === fingerprint)
          cache.set(key, built, bytesOf(built));
        return built;
      },
    };
  }

  /**
   * The campaign's fingerprint: the one read last, while the board's tables have had no write since
   * (their tokens unchanged) and it is younger than the trust bound; otherwise read now. The tokens
   * are read before the fingerprint, so a write committed after them changes them for the next read.
   */
  private async fingerprintOf(campaign: { id: string; path: string }, now: Date): Promise<string> {
    const tokens = this.trustMs > 0 ? await this.epochs.tokensOf(FINGERPRINT_TABLES) : null;
    const known = this.verified.get(campaign.id);
    const age = now.getTime() - (known?.at ?? 0);
    if (tokens !== null && known?.tokens === tokens && age >= 0 && age < this.trustMs)
      return known.fingerprint;
    const fingerprint = await this.fingerprints.of(campaign);
    if (tokens !== null) this.remember(campaign.id, { fingerprint, tokens, at: now.getTime() });
    return fingerprint;
  }

  private remember(campaignId: string, verified: Verified): void {
    this.verified.delete(campaignId);
    this.verified.set(campaignId, verified);
    if (this.verified.size > REMEMBERED_FINGERPRINTS)
      this.verified.delete(this.verified.keys().next().value as string);
  }

  /** What the board reads from configuration, fixed for the life of the process: the calendar files. */
  private processConstants(): string {
    this.constants ??= createHash('sha1')
      .update(JSON.stringify(this.stageClock.builtInSchedules))
      .digest('base64url');
    return this.constants;
  }
}

function keyOf(parts: readonly string[]): string {
  return createHash('sha1').update(JSON.stringify(parts)).digest('base64url');
}

/**
 * What decides what this caller may see: their unit and every role with its unit and subtree. Two
 * callers with the same authority may share an answer; any difference keeps theirs apart, even if
 * the board is one day filtered by the caller's reach.
 */
function authorityOf(principal: Principal): string {
  const roles = principal.roles
    .map((r) => `${r.role}@${r.unitId}@${r.unitPath}`)
    .sort()
    .join(',');
  return `${principal.unitId}|${principal.unitPath}|${roles}`;
}

/** The query's parameters in a fixed order, those not given left out. */
function queryOf(query: BoardQuery): string {
  const given = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(given);
}

/** Without the cache: the hash of the content itself (generatedAt is not in `head`). */
function contentEtag(body: BuiltBody): string {
  return `W/"b-${createHash('sha1').update(body.head).digest('base64url')}"`;
}
