import type { Effect } from '@app/workflow';
import { deliberationRecordAsOf, earlierRoundParts, type RecordingEvent } from './deliberation-records';

const at = (minute: number) => new Date(Date.UTC(2176, 0, 25, 2, minute));
const event = (
  seq: number,
  effects: Effect['type'][],
  fields: Record<string, unknown> = {},
): RecordingEvent => ({
  reportId: 'r',
  seq,
  effects: effects.map((type) => ({ type }) as Effect),
  fields,
  actorUserId: `user-${seq}`,
  createdAt: at(seq),
});

/** A first pass dispatched at seq 4, a return that clears the meeting, a second meeting and sign-off. */
const HISTORY = [
  event(1, ['record_meeting'], {
    meetingBody: '党组会议',
    meetingDate: '2176-01-20',
    minutesNumber: '纪要1号',
  }),
  event(2, ['record_sign_off']),
  event(3, []),
  event(4, ['record_document_number'], { documentNumber: '文1号', dutySeparationRelaxed: 'x', other: 3 }),
  event(5, ['clear_meeting_record']),
  event(6, ['record_meeting'], {
    meetingBody: '党组会议',
    meetingDate: '2176-01-24',
    minutesNumber: '纪要2号',
  }),
  event(7, ['record_sign_off']),
];

describe('deliberationRecordAsOf (what a copy recipient was shown at its dispatch)', () => {
  it('replays the records up to the dispatch, not the redraft after it', () => {
    expect(deliberationRecordAsOf(HISTORY, 4)).toEqual({
      meetingStands: true,
      meeting: { body: '党组会议', date: '2176-01-20', minutesNumber: '纪要1号', eventSeq: 1 },
      signOff: { userId: 'user-2', at: at(2) },
      coSignOff: null,
      documentNumber: '文1号',
    });
  });

  it('follows every later step once it is dispatched again', () => {
    expect(deliberationRecordAsOf(HISTORY, 7)).toMatchObject({
      meetingStands: true,
      meeting: { minutesNumber: '纪要2号', eventSeq: 6 },
      signOff: { userId: 'user-7' },
      documentNumber: '文1号',
    });
  });

  it('is null when nothing was recorded by then', () => {
    expect(deliberationRecordAsOf(HISTORY.slice(2, 3), 7)).toBeNull();
  });
});

describe('earlierRoundParts (a redraft shows the sign-off and 文号 of the round before as such)', () => {
  const moved = (e: RecordingEvent, fromState: string | null, toState: string) => ({
    ...e,
    fromState,
    toState,
  });
  const dispatched = [
    moved(HISTORY[0], 'dept_review', 'deliberation'),
    moved(HISTORY[1], 'deliberation', 'leader_signoff'),
    moved(HISTORY[2], 'leader_signoff', 'leader_signoff'),
    moved(HISTORY[3], 'leader_signoff', 'submitted'),
  ];
  const record = deliberationRecordAsOf(HISTORY, 4);

  it('marks nothing while the report has not gone back to drafting', () => {
    expect(earlierRoundParts(dispatched, record, 'drafting')).toEqual({
      signOff: false,
      coSignOff: false,
      documentNumber: false,
    });
  });

  it('marks the sign-off and 文号 once returned to drafting, until signed off and numbered again', () => {
    const returned = [...dispatched, moved(event(5, []), 'submitted', 'drafting')];
    expect(earlierRoundParts(returned, record, 'drafting')).toEqual({
      signOff: true,
      coSignOff: false,
      documentNumber: true,
    });
    const signedAgain = [
      ...returned,
      moved(event(6, ['record_sign_off']), 'leader_signoff', 'leader_signoff'),
    ];
    expect(earlierRoundParts(signedAgain, deliberationRecordAsOf(signedAgain, 6), 'drafting')).toEqual({
      signOff: false,
      coSignOff: false,
      documentNumber: true,
    });
  });

  it('does not count the first event (no state before it) as a return', () => {
    const created = [moved(event(0, []), null, 'drafting'), ...dispatched];
    expect(earlierRoundParts(created, record, 'drafting').signOff).toBe(false);
  });
});
