import type { CopyGrant, DisclosureView } from '@app/reports';

/**
 * The disclosure track as a reader who sees the report as dispatched (readsAsDispatched) is shown
 * it: the publication, once the unit has put online a revision that was sent to this reader (the
 * public page shows it to anyone), and nothing else. The 保密审查 is the unit's internal review, and
 * the track's version counts its steps: either would tell the reader that the unit is at work on
 * the report again, or on a revision it was never sent.
 */
export function disclosureAsDispatched(view: DisclosureView, copy: CopyGrant): DisclosureView {
  const sent = new Set(copy.dispatches.map((d) => d.revision));
  const publication = view.publication && sent.has(view.publication.revision) ? view.publication : null;
  return {
    reportId: view.reportId,
    version: 0,
    status: publication ? 'published' : 'not_started',
    review: null,
    publication,
    dueDate: view.dueDate,
  };
}
