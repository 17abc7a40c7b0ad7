import type { CopyGrant } from '@app/reports';
import { DEFAULT_DEFINITION } from '@app/workflow';
import {
  assertDispatched,
  commentShownToCopyReader,
  copyVisibleEvents,
  eventsAsDispatched,
  progressAsDispatched,
  returnsSeen,
} from './copy-view';

const at = new Date('2025-02-01T00:00:00Z');
const grant = (...dispatches: Array<[revision: number, eventSeq: number]>): CopyGrant => {
  const list = dispatches.map(([revision, eventSeq]) => ({ revision, eventSeq, dispatchedAt: at }));
  return { unitId: 'u', unitName: '县司法局', dispatches: list, latest: list[list.length - 1] };
};
const event = (seq: number, fromState: string | null, toState: string, action = 'step') => ({
  seq,
  action,
  fromState,
  toState,
});

describe('what a copy recipient sees', () => {
  // create, save, submit, approve(dept), approve(legal, opinion), dispatch, return above,
  // save, submit, return(dept, opinion), submit, ..., dispatch again, accept, publish
  const events = [
    event(1, null, 'drafting'),
    event(2, 'drafting', 'drafting'),
    event(3, 'drafting', 'dept_review'),
    event(4, 'dept_review', 'legal_review'),
    event(5, 'legal_review', 'party_approval'),
    event(6, 'party_approval', 'submitted'),
    event(7, 'submitted', 'drafting'),
    event(8, 'drafting', 'drafting'),
    event(9, 'drafting', 'dept_review'),
    event(10, 'dept_review', 'drafting'),
    event(11, 'party_approval', 'submitted'),
    event(12, 'submitted', 'party_approval'),
    event(13, 'party_approval', 'submitted'),
    event(14, 'submitted', 'accepted'),
    event(15, 'accepted', 'published'),
  ];

  it('keeps the steps across the unit boundary from the first dispatch on, never the internal review', () => {
    const seen = copyVisibleEvents(DEFAULT_DEFINITION, events, grant([1, 6], [2, 11], [2, 13]));
    expect(seen.map((e) => e.seq)).toEqual([6, 7, 11, 12, 13, 14, 15]);
  });

  it('shows an office’s decision on its receipt taken while another office’s return had the report in drafting', () => {
    // Dispatched (6), returned by one office (7: receipt_returned, 8: the report back to drafting),
    // then accepted by the other office while in drafting (9), saved by the unit (10).
    const split = [
      ...events.slice(0, 6),
      event(7, 'submitted', 'submitted', 'receipt_returned'),
      event(8, 'submitted', 'drafting', 'return'),
      event(9, 'drafting', 'drafting', 'receipt_accepted'),
      event(10, 'drafting', 'drafting', 'save'),
      event(11, 'drafting', 'dept_review', 'submit'),
    ];
    expect(copyVisibleEvents(DEFAULT_DEFINITION, split, grant([1, 6])).map((e) => e.seq)).toEqual([
      6, 7, 8, 9,
    ]);
  });

  it('never shows the unit’s 保密审查, recorded while the report waits above', () => {
    const withReview = [...events.slice(0, 6), event(6.5, 'submitted', 'submitted', 'disclosure-review')];
    expect(copyVisibleEvents(DEFAULT_DEFINITION, withReview, grant([1, 6])).map((e) => e.seq)).toEqual([6]);
  });

  it('never shows the 问题清单 between an issuing office and the unit', () => {
    const withFindings = [
      ...events.slice(0, 6),
      event(6.1, 'submitted', 'submitted', 'receipt_returned'),
      event(6.2, 'submitted', 'submitted', 'finding_raised'),
      event(6.3, 'submitted', 'submitted', 'finding_answered'),
      event(6.4, 'submitted', 'submitted', 'finding_closed'),
      event(6.5, 'submitted', 'submitted', 'finding_reopened'),
    ];
    expect(copyVisibleEvents(DEFAULT_DEFINITION, withFindings, grant([1, 6])).map((e) => e.seq)).toEqual([
      6, 6.1,
    ]);
  });

  it('never shows the 公开版标注 saved while the accepted report waits above', () => {
    const withMarking = [
      ...events.slice(0, 6),
      event(6.1, 'submitted', 'accepted', 'accept'),
      event(6.2, 'accepted', 'accepted', 'save'),
    ];
    expect(copyVisibleEvents(DEFAULT_DEFINITION, withMarking, grant([1, 6])).map((e) => e.seq)).toEqual([
      6, 6.1,
    ]);
  });

  it('shows nothing before the first dispatch to this unit, even earlier boundary steps', () => {
    const seen = copyVisibleEvents(DEFAULT_DEFINITION, events, grant([2, 11]));
    expect(seen.map((e) => e.seq)).toEqual([11, 12, 13, 14, 15]);
  });

  it('answers a revision that was not dispatched exactly like a missing one', () => {
    expect(() => assertDispatched(grant([1, 6]), 1)).not.toThrow();
    expect(() => assertDispatched(grant([1, 6]), 2)).toThrow(
      expect.objectContaining({
        statusCode: 404,
        code: 'REVISION_NOT_FOUND',
        message: 'Revision 2 does not exist',
      }),
    );
  });

  describe('as dispatched (a reader through the copy only)', () => {
    const stamped = events.map((e, i) => ({
      ...e,
      action:
        e.toState === 'drafting' && e.fromState !== 'drafting' && e.fromState !== null ? 'return' : 'step',
      createdAt: new Date(Date.UTC(2025, 1, 1 + i)),
    }));

    it('stops the history at the latest dispatch: a later return or acceptance is not shown', () => {
      expect(eventsAsDispatched(DEFAULT_DEFINITION, stamped, grant([1, 6])).map((e) => e.seq)).toEqual([6]);
      expect(
        eventsAsDispatched(DEFAULT_DEFINITION, stamped, grant([1, 6], [2, 11])).map((e) => e.seq),
      ).toEqual([6, 7, 11]);
    });

    it('states the progress of the dispatch: its state and date, the returns by then, one version per dispatch', () => {
      const sentAt = new Date('2025-03-01T00:00:00Z');
      const copy = grant([1, 6]);
      copy.latest = { ...copy.latest, dispatchedAt: sentAt };
      expect(progressAsDispatched(DEFAULT_DEFINITION, stamped, copy)).toEqual({
        state: 'submitted',
        enteredAt: stamped[5].createdAt,
        returnCount: 0,
        version: 1,
        updatedAt: sentAt,
      });
      // Dispatched again after the return from above (seq 7) and an internal one (seq 10): only the
      // return from above is the reader's to count (the unit's internal review stays its own).
      expect(progressAsDispatched(DEFAULT_DEFINITION, stamped, grant([1, 6], [2, 13]))).toMatchObject({
        state: 'submitted',
        returnCount: 1,
        version: 2,
      });
      expect(returnsSeen(DEFAULT_DEFINITION, stamped, grant([1, 6], [2, 13]))).toBe(1);
    });
  });

  it('shows another office’s return or acceptance as a step without its words; the reader’s own, and the unit’s, in full', () => {
    const mine = new Set(['county-office']);
    for (const action of ['return', 'receipt_returned', 'receipt_accepted']) {
      expect(commentShownToCopyReader({ action, actorUnitId: 'prefecture-bureau' }, mine)).toBe(false);
      expect(commentShownToCopyReader({ action, actorUnitId: 'county-office' }, mine)).toBe(true);
    }
    expect(commentShownToCopyReader({ action: 'dispatch', actorUnitId: 'the-unit' }, mine)).toBe(true);
  });
});
