import type { Effect } from '@app/workflow';
import { deliberationRecordAsOf, type RecordingEvent } from './deliberation-records';

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
