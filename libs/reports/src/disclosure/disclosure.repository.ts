import { Injectable } from '@nestjs/common';
import { sql, type Selectable } from 'kysely';
import type { LocalDate } from '@app/calendar';
import { Database } from '@app/persistence';
import type { ReportDisclosures } from '@app/persistence/schema';
import { defaultRegistry, isKnownRole, isSignedOff } from '@app/workflow';
import { isDispatched } from './disclosure-plan';
import { notStarted, type Disclosure } from './disclosure.types';

/** Every built-in path's states outside the unit (sent, accepted, published: isDispatched), by id. */
const SENT_STATES = [
  ...new Set(
    defaultRegistry.list().flatMap((d) => d.states.filter((s) => isDispatched(d, s.id)).map((s) => s.id)),
  ),
];

/** Every built-in path's states in which a report stands signed off (isSignedOff), by id. */
const SIGNED_OFF_STATES = [
  ...new Set(
    defaultRegistry.list().flatMap((d) => d.states.filter((s) => isSignedOff(d, s.id)).map((s) => s.id)),
  ),
];

const localDate = (column: string) => sql<LocalDate | null>`DATE_FORMAT(${sql.ref(column)}, '%Y-%m-%d')`;

type DisclosureRow = Omit<Selectable<ReportDisclosures>, 'published_on' | 'first_published_on'> & {
  published_on: LocalDate | null;
  first_published_on: LocalDate | null;
};

function toDisclosure(r: DisclosureRow): Disclosure {
  if (!isKnownRole(r.reviewed_role)) throw new Error(`Unknown reviewer role ${r.reviewed_role}`);
  return {
    reportId: r.report_id,
    version: r.version,
    status: r.status,
    review: {
      revision: r.reviewed_revision,
      reviewedBy: r.reviewed_by,
      role: r.reviewed_role,
      reviewedAt: r.reviewed_at,
      conclusion: r.review_conclusion,
      comment: r.review_comment,
    },
    publication:
      r.status === 'published' && r.channel && r.url && r.published_on && r.published_by
        ? {
            channel: r.channel,
            url: r.url,
            publishedOn: r.published_on,
            firstPublishedOn: r.first_published_on ?? r.published_on,
            revision: r.published_revision ?? r.reviewed_revision,
            publishedBy: r.published_by,
            recordedAt: r.published_recorded_at ?? r.updated_at,
          }
        : null,
  };
}

/** What the disclosure deadline of a report follows from (see desiredDisclosureDeadline). */
export interface DisclosureDeadlineFacts {
  /** Signed off (签发) now, or sent at least once: the track is open. */
  signedOffOrSent: boolean;
  published: boolean;
  /** The earliest disclosure date of the campaigns the report answers; null without a campaign. */
  disclosureDate: LocalDate | null;
}

/** A report still to be published, as 我的待办 lists it. */
export interface OpenDisclosure {
  report: { id: string; title: string; reportYear: number; unitId: string; unitName: string };
  status: Disclosure['status'];
  markedSinceReview: boolean;
  /** Sent (or further): its publication may be recorded; signed off but unsent, only its review. */
  sent: boolean;
  /**
   * Signed off now (isSignedOff): its 保密审查 may be recorded. False for a report sent once and
   * returned to drafting since: its text is being changed, and the review waits for the next 签发.
   */
  signedOff: boolean;
  /** The earliest disclosure date of the campaigns asking for it. */
  dueDate: LocalDate;
}

/**
 * Where the track of a listed report stands. A corrected text after a publication (republishing)
 * is where a first one would be: not reviewed yet, reviewed with changes asked, or cleared.
 */
function trackStatusOf(row: {
  status: Disclosure['status'] | null;
  current_revision: number;
  reviewed_revision: number | null;
  review_conclusion: string | null;
  published_revision: number | null;
}): Disclosure['status'] {
  if (row.status === null) return 'not_started';
  const corrected = row.status === 'published' && (row.published_revision ?? 0) < row.current_revision;
  if (!corrected) return row.status;
  if (row.reviewed_revision !== row.current_revision) return 'not_started';
  return row.review_conclusion === 'cleared' ? 'cleared_for_publication' : 'reviewed';
}

/** report_disclosures' only writer, and the reads of the disclosure track. */
@Injectable()
export class DisclosureRepository {
  constructor(private readonly db: Database) {}

  private select() {
    return this.db.sql
      .selectFrom('report_disclosures')
      .selectAll()
      .select(localDate('published_on').as('published_on'))
      .select(localDate('first_published_on').as('first_published_on'));
  }

  async find(reportId: string): Promise<Disclosure> {
    const row = await this.db.row(this.select().where('report_id', '=', reportId));
    return row ? toDisclosure(row) : notStarted(reportId);
  }

  /** Locked until the transaction ends: two steps of one report's track run one after the other. */
  async lock(reportId: string): Promise<Disclosure> {
    this.db.requireTransaction('Locking a disclosure');
    const row = await this.db.row(this.select().where('report_id', '=', reportId).forUpdate());
    return row ? toDisclosure(row) : notStarted(reportId);
  }

  async findMany(reportIds: string[]): Promise<Map<string, Disclosure>> {
    if (reportIds.length === 0) return new Map();
    const rows = await this.db.rows(this.select().where('report_id', 'in', reportIds));
    return new Map(rows.map((r) => [r.report_id, toDisclosure(r)]));
  }

  /**
   * Stores the next step on top of `expectedVersion` (0: the first step inserts). Returns false when
   * another step came first.
   */
  async save(next: Disclosure, expectedVersion: number, now: Date): Promise<boolean> {
    this.db.requireTransaction('A disclosure step');
    const review = next.review!;
    const values = {
      version: next.version,
      status: next.status as Exclude<Disclosure['status'], 'not_started'>,
      reviewed_revision: review.revision,
      reviewed_by: review.reviewedBy,
      reviewed_role: review.role,
      reviewed_at: review.reviewedAt,
      review_conclusion: review.conclusion,
      review_comment: review.comment,
      channel: next.publication?.channel ?? null,
      url: next.publication?.url ?? null,
      published_on: next.publication ? sql<Date>`${next.publication.publishedOn}` : null,
      first_published_on: next.publication ? sql<Date>`${next.publication.firstPublishedOn}` : null,
      published_revision: next.publication?.revision ?? null,
      published_by: next.publication?.publishedBy ?? null,
      published_recorded_at: next.publication?.recordedAt ?? null,
      updated_at: now,
    };
    if (expectedVersion === 0) {
      const result = await this.db.write(
        this.db.sql
          .insertInto('report_disclosures')
          .ignore()
          .values({ report_id: next.reportId, ...values }),
      );
      return result.affectedRows === 1;
    }
    const result = await this.db.write(
      this.db.sql
        .updateTable('report_disclosures')
        .set(values)
        .where('report_id', '=', next.reportId)
        .where('version', '=', expectedVersion),
    );
    return result.affectedRows === 1;
  }

  /**
   * The reports of these units still to be published, by the facts the disclosure deadline follows
   * (desiredDisclosureDeadline): signed off or dispatched at least once, not published, asked for by a campaign
   * with a disclosure date; with where their track stands. Earliest date first.
   */
  async openForUnits(unitIds: string[]): Promise<OpenDisclosure[]> {
    if (unitIds.length === 0) return [];
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('reports as r')
        .innerJoin('units as u', 'u.id', 'r.unit_id')
        .leftJoin('report_disclosures as x', 'x.report_id', 'r.id')
        .select((eb) => [
          'r.id as report_id',
          'r.title',
          'r.report_year',
          'r.unit_id',
          'r.current_revision',
          'r.state',
          'u.name as unit_name',
          'x.status',
          'x.reviewed_revision',
          'x.review_conclusion',
          'x.published_revision',
          eb
            .selectFrom('campaign_targets as t')
            .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
            .select(sql<LocalDate | null>`DATE_FORMAT(MIN(c.disclosure_date), '%Y-%m-%d')`.as('d'))
            .whereRef('t.report_id', '=', 'r.id')
            .as('disclosure_date'),
        ])
        .where('r.unit_id', 'in', unitIds)
        // Signed off (签发) or sent at least once: the track runs in parallel from sign-off.
        .where((eb) => eb.or([eb('r.submitted_at', 'is not', null), eb('r.state', 'in', SIGNED_OFF_STATES)]))
        .where((eb) =>
          eb.or([
            eb('x.status', 'is', null),
            eb('x.status', '<>', 'published'),
            // Published, then corrected and signed off again: the new text waits to be published (republishing).
            eb.and([
              eb('x.published_revision', '<', eb.ref('r.current_revision')),
              eb('r.state', 'in', SIGNED_OFF_STATES),
            ]),
          ]),
        )
        .limit(500),
    );
    return rows
      .filter((row): row is typeof row & { disclosure_date: LocalDate } => row.disclosure_date !== null)
      .map((row) => ({
        report: {
          id: row.report_id,
          title: row.title,
          reportYear: row.report_year,
          unitId: row.unit_id,
          unitName: row.unit_name,
        },
        status: trackStatusOf(row),
        sent: SENT_STATES.includes(row.state),
        signedOff: SIGNED_OFF_STATES.includes(row.state),
        // Reviewed with changes needed, and the text marked again since: it waits for a new review.
        markedSinceReview: row.reviewed_revision !== null && row.current_revision > row.reviewed_revision,
        dueDate: row.disclosure_date,
      }))
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.report.id.localeCompare(b.report.id));
  }

  async deadlineFacts(reportId: string): Promise<DisclosureDeadlineFacts> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('reports as r')
        .leftJoin('report_disclosures as d', 'd.report_id', 'r.id')
        .select((eb) => [
          'r.submitted_at',
          'r.state',
          'd.status',
          eb
            .selectFrom('campaign_targets as t')
            .innerJoin('campaigns as c', 'c.id', 't.campaign_id')
            .select(sql<LocalDate | null>`DATE_FORMAT(MIN(c.disclosure_date), '%Y-%m-%d')`.as('d'))
            .whereRef('t.report_id', '=', 'r.id')
            .as('disclosure_date'),
        ])
        .where('r.id', '=', reportId),
    );
    return {
      signedOffOrSent:
        row !== undefined && (row.submitted_at != null || SIGNED_OFF_STATES.includes(row.state)),
      published: row?.status === 'published',
      disclosureDate: row?.disclosure_date ?? null,
    };
  }
}
