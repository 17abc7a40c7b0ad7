import type { CopyGrant } from '@app/reports';
import { DEFAULT_DEFINITION } from '@app/workflow';
import { assertDispatched, copyVisibleEvents } from './copy-view';

const at = new Date('2025-02-01T00:00:00Z');
const grant = (...dispatches: Array<[revision: number, eventSeq: number]>): CopyGrant => {
  const list = dispatches.map(([revision, eventSeq]) => ({ revision, eventSeq, dispatchedAt: at }));
  return { unitId: 'u', unitName: '县司法局', dispatches: list, latest: list[list.length - 1] };
};
const event = (seq: number, fromState: string | null, toState: string) => ({ seq, fromState, toState });

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
});
