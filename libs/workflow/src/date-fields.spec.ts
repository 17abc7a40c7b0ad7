import { decide } from './decide';
import { DEFAULT_DEFINITION } from './default-definition';
import { checkRequiredFields } from './fields';

const MEETING = { meetingBody: '党组会议', minutesNumber: '党组会纪要〔2025〕3号' };
const dates = { reportYear: 2024, today: '2025-02-10' };
const party = { userId: 'p', roles: ['party_approver' as const] };

describe('user-entered dates in action fields', () => {
  it.each(['2024-01-01', '2024-12-31', '2025-01-20', '2025-02-10'])(
    'accepts %s (report year 2024, today 2025-02-10)',
    (meetingDate) => {
      expect(checkRequiredFields(['meetingDate'], { fields: { meetingDate }, dates })).toBeNull();
    },
  );

  it('refuses a date after today, naming the field and the allowed range', () => {
    const problem = checkRequiredFields(['meetingDate'], { fields: { meetingDate: '2030-01-20' }, dates });
    expect(problem).toEqual({
      kind: 'invalid',
      fields: ['meetingDate'],
      message:
        'meetingDate must be between 2024-01-01 (the start of report year 2024) and 2025-02-10 (today, China time), got 2030-01-20',
    });
    expect(checkRequiredFields(['meetingDate'], { fields: { meetingDate: '2025-02-11' }, dates })?.kind).toBe(
      'invalid',
    );
  });

  it('a re-deliberation after a return is a new meeting: not dated before the cleared one, not under its number', () => {
    const again = {
      ...dates,
      clearedMeeting: { date: '2025-01-20', minutesNumber: '党组会纪要〔2025〕3号' },
    };
    const fields = (meetingDate: string, minutesNumber: string) => ({ meetingDate, minutesNumber });
    expect(
      checkRequiredFields(['meetingDate'], {
        fields: fields('2025-02-08', '党组会纪要〔2025〕5号'),
        dates: again,
      }),
    ).toBeNull();
    // The same day is possible (returned the morning after a meeting's evening); its number is not.
    expect(
      checkRequiredFields(['meetingDate'], {
        fields: fields('2025-01-20', '党组会纪要〔2025〕4号'),
        dates: again,
      }),
    ).toBeNull();
    const earlier = checkRequiredFields(['meetingDate'], {
      fields: fields('2024-03-05', '党组会纪要〔2025〕4号'),
      dates: again,
    });
    expect(earlier).toMatchObject({ kind: 'invalid', fields: ['meetingDate'] });
    expect(earlier?.kind === 'invalid' && earlier.message).toContain('must not be before 2025-01-20');
    // The cleared meeting's number, in other brackets or with spaces, is still its number.
    const reused = checkRequiredFields(['meetingDate'], {
      fields: fields('2025-02-08', '党组会纪要 [2025]3号'),
      dates: again,
    });
    expect(reused).toMatchObject({ kind: 'invalid', fields: ['minutesNumber'] });
    // Without a cleared meeting (a first deliberation) neither applies.
    expect(
      checkRequiredFields(['meetingDate'], { fields: fields('2024-03-05', '党组会纪要〔2025〕3号'), dates }),
    ).toBeNull();
  });

  it('refuses a date before the report year starts', () => {
    const problem = checkRequiredFields(['meetingDate'], { fields: { meetingDate: '2023-12-31' }, dates });
    expect(problem).toMatchObject({ kind: 'invalid', fields: ['meetingDate'] });
    expect(problem?.kind === 'invalid' && problem.message).toContain(
      '2024-01-01 (the start of report year 2024)',
    );
  });

  it('checks a date field sent with an action that does not require it (it is recorded all the same)', () => {
    expect(checkRequiredFields([], { fields: { publicationDate: '2031-04-01' }, dates })).toMatchObject({
      kind: 'invalid',
      fields: ['publicationDate'],
    });
    expect(checkRequiredFields([], { fields: { publicationDate: '2025-01-31' }, dates })).toBeNull();
    expect(checkRequiredFields([], { fields: { publicationDate: '2025-02-30' }, dates })).toMatchObject({
      kind: 'invalid',
    });
  });

  it('takes a 文号 of the report year up to this year, and refuses another year naming the range', () => {
    const dispatch = (documentNumber: string, on = dates) =>
      checkRequiredFields(['documentNumber'], { fields: { documentNumber }, dates: on });
    expect(dispatch('呼交发〔2024〕3号')).toBeNull();
    expect(dispatch('呼交发〔2025〕3号')).toBeNull();
    expect(dispatch('呼交发〔2023〕3号')).toEqual({
      kind: 'invalid',
      fields: ['documentNumber'],
      message:
        "documentNumber's year 〔2023〕 must be 〔2024〕 to 〔2025〕: the year the report on 2024 is signed, not later than this year (China time)",
    });
    expect(dispatch('呼交发〔2026〕3号')?.kind).toBe('invalid');
    // In the report year itself only that year is possible (scenario test, stop 53: 〔2025〕 on a 2026 report).
    const december = { reportYear: 2026, today: '2026-12-07' };
    expect(dispatch('司法发〔2025〕5号', december)).toMatchObject({
      message: expect.stringContaining('must be 〔2026〕:'),
    });
    expect(
      checkRequiredFields(['documentNumber'], { fields: { documentNumber: '呼交发〔2023〕3号' } }),
    ).toBeNull();
  });

  it('without bounds only the format is checked (callers that do not know today)', () => {
    expect(checkRequiredFields(['meetingDate'], { fields: { meetingDate: '2030-01-20' } })).toBeNull();
  });

  it('decide refuses the party approval with FIELD_INVALID naming meetingDate', () => {
    const decision = decide(
      DEFAULT_DEFINITION,
      'party_approval',
      'approve',
      party,
      { fields: { ...MEETING, meetingDate: '2030-01-20' }, dates },
      null,
    );
    expect(decision).toMatchObject({ ok: false, code: 'FIELD_INVALID', invalidFields: ['meetingDate'] });
    const fine = decide(
      DEFAULT_DEFINITION,
      'party_approval',
      'approve',
      party,
      { fields: { ...MEETING, meetingDate: '2025-01-20' }, dates },
      null,
    );
    expect(fine.ok).toBe(true);
  });
});
