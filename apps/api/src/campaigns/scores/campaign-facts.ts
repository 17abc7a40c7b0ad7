import type { LocalDate } from '@app/calendar';
import type { StatutoryItem } from '@app/content';
import type { BoardDisclosure, Lateness } from '../board-measures';
import type { Progress } from '../board-rows';

/**
 * What a 通报 and a scoresheet say about one target unit of a campaign, read from what the board
 * already computed (both lateness measures, disclosure, returns) plus the statutory items its
 * submitted report lacks. Pure: the board service gathers the inputs, this names the facts.
 */

/** 报送情况: how the report reached the issuer. */
export type SubmissionFact =
  | { kind: 'on_time' }
  | {
      kind: 'late';
      /** Working days late against the notice's date (an extension never changes it). */
      workingDaysLateAgainstNotice: number;
      /** Working days late against the extended date; null: on time against it (the extension covered it). */
      workingDaysLateAgainstExtended: number | null;
      extended: boolean;
    }
  /** Past its (extended) due date and still not submitted to this campaign. */
  | { kind: 'not_submitted' }
  /** Not submitted, but its due date has not passed: nothing to hold against the unit yet. */
  | { kind: 'pending' };

/** 公开情况 by the campaign's disclosure date. */
export type DisclosureFact =
  | { kind: 'published_on_time'; publishedOn: LocalDate }
  | { kind: 'published_late'; publishedOn: LocalDate; dueDate: LocalDate }
  | { kind: 'not_published'; dueDate: LocalDate }
  /** Not published yet, and the disclosure date has not passed. */
  | { kind: 'pending'; dueDate: LocalDate };

export interface UnitCampaignFacts {
  unit: { id: string; name: string };
  submission: SubmissionFact;
  disclosure: DisclosureFact;
  /** Statutory items (法定五项) the submitted report lacks; empty while nothing was submitted. */
  missingItems: StatutoryItem[];
  /** How often this campaign returned the report (退回次数). */
  returnCount: number;
}

/** One board row as far as the facts need it. */
export interface FactsInput {
  unit: { id: string; name: string };
  submitted: boolean;
  progress: Progress;
  extended: boolean;
  lateness: Lateness;
  disclosure: BoardDisclosure;
  returnCount: number;
  missingItems: readonly StatutoryItem[];
}

function submissionOf(row: FactsInput): SubmissionFact {
  if (!row.submitted) return { kind: row.progress === 'overdue' ? 'not_submitted' : 'pending' };
  const { againstNotice, againstExtended } = row.lateness;
  if (againstNotice.onTime !== false) return { kind: 'on_time' };
  return {
    kind: 'late',
    workingDaysLateAgainstNotice: againstNotice.workingDaysLate ?? 1,
    workingDaysLateAgainstExtended: againstExtended.onTime === false ? againstExtended.workingDaysLate : null,
    extended: row.extended,
  };
}

function disclosureFactOf(disclosure: BoardDisclosure): DisclosureFact {
  const { dueDate, publishedOn } = disclosure;
  if (publishedOn !== null)
    return disclosure.publishedLate
      ? { kind: 'published_late', publishedOn, dueDate }
      : { kind: 'published_on_time', publishedOn };
  return disclosure.column === 'overdue_unpublished'
    ? { kind: 'not_published', dueDate }
    : { kind: 'pending', dueDate };
}

export function unitCampaignFactsOf(row: FactsInput): UnitCampaignFacts {
  return {
    unit: row.unit,
    submission: submissionOf(row),
    disclosure: disclosureFactOf(row.disclosure),
    // A report that never arrived is "not submitted", not "incomplete" as well.
    missingItems: row.submitted ? [...row.missingItems].sort((a, b) => a - b) : [],
    returnCount: row.returnCount,
  };
}
