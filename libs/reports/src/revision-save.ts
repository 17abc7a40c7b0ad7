import type { Principal } from '@app/directory';
import type { ReportSections } from '@app/content';
import { contentHash } from './audit-chain';
import { nextEvent } from './report-events';
import type { Report, Revision } from './report.types';

/**
 * A save planned, pure: the next revision of a report and its `save` event in the hash chain. The
 * drafting save and the disclosure marking (公开版标注) write the same two rows; `fields` adds what
 * marks the kind of save (disclosureMarking).
 */
export function plannedSave(input: {
  report: Report;
  principal: Principal;
  basedOnRevision: number;
  title: string;
  sections: ReportSections;
  now: Date;
  fields?: Record<string, unknown>;
}): { revision: Revision; event: ReturnType<typeof nextEvent> } {
  const { report, principal, title, sections, now } = input;
  const revision: Revision = {
    reportId: report.id,
    number: report.currentRevision + 1,
    basedOn: input.basedOnRevision,
    title,
    sections,
    contentHash: contentHash({ title, ...sections }),
    authorId: principal.userId,
    createdAt: now,
  };
  const event = nextEvent(report, {
    revision: revision.number,
    action: 'save',
    fromState: report.state,
    toState: report.state,
    actorUserId: principal.userId,
    actorRole: 'drafter',
    actorUnitId: principal.unitId,
    comment: null,
    fields: { contentHash: revision.contentHash, basedOn: input.basedOnRevision, ...input.fields },
    effects: [],
    createdAt: now,
  });
  return { revision, event };
}
