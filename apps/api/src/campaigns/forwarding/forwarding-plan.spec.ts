import type { LocalDate } from '@app/calendar';
import {
  currentForwardings,
  forwardingText,
  planForwarding,
  type ForwardingInput,
  type ForwardingRecord,
} from './forwarding-plan';

const d = (s: string) => s as LocalDate;
const entry = (over: Partial<ForwardingInput> = {}): ForwardingInput => ({
  unitId: 'region',
  body: 'party_central_committee',
  sentOn: d('2197-03-25'),
  channel: 'confidential_courier',
  channelNote: null,
  documentNumber: ' 新法治办〔2197〕12号 ',
  supersedes: null,
  ...over,
});
const record = (id: number, over: Partial<ForwardingRecord> = {}): ForwardingRecord => ({
  id,
  unitId: 'region',
  reportId: 'r1',
  body: 'party_central_committee',
  bodyName: '党中央',
  sentOn: d('2197-03-25'),
  channel: 'confidential_courier',
  channelNote: null,
  documentNumber: null,
  supersedes: null,
  recordedBy: { id: 'u', displayName: '张三' },
  recordedAt: new Date('2197-03-25T02:00:00Z'),
  ...over,
});
const plan = (over: Partial<Parameters<typeof planForwarding>[0]> = {}) =>
  planForwarding({
    entry: entry(),
    reportId: 'r1',
    campaignBodies: ['party_central_committee', 'state_council', 'central_rule_of_law_office'],
    acceptedOn: d('2197-03-20'),
    today: d('2197-03-26'),
    current: null,
    ...over,
  });

describe('报送外部机关 (planForwarding)', () => {
  it('records a body the campaign names, sent between the acceptance and today, 文号 trimmed', () => {
    expect(plan()).toEqual({
      ok: true,
      details: {
        reportId: 'r1',
        body: 'party_central_committee',
        bodyName: '党中央',
        sentOn: '2197-03-25',
        channel: 'confidential_courier',
        channelNote: null,
        documentNumber: '新法治办〔2197〕12号',
        supersedes: null,
      },
    });
    // The day of acceptance and today are both allowed.
    expect(plan({ entry: entry({ sentOn: d('2197-03-20') }) }).ok).toBe(true);
    expect(plan({ entry: entry({ sentOn: d('2197-03-26') }) }).ok).toBe(true);
  });

  it('stores the 文号 with its year in 〔〕 however the brackets were typed, an empty one as none', () => {
    for (const typed of [
      '新法治办[2197]12号',
      ' 新法治办［2197］12号',
      '新法治办【2197】12号',
      '新法治办（2197）12号',
    ])
      expect(plan({ entry: entry({ documentNumber: typed }) })).toMatchObject({
        ok: true,
        details: { documentNumber: '新法治办〔2197〕12号' },
      });
    expect(plan({ entry: entry({ documentNumber: '  ' }) })).toMatchObject({
      ok: true,
      details: { documentNumber: null },
    });
  });

  it('refuses a date in the future or before the acceptance, naming sentOn', () => {
    expect(plan({ entry: entry({ sentOn: d('2197-03-27') }) })).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', field: 'sentOn', message: expect.stringContaining('future') },
    });
    expect(plan({ entry: entry({ sentOn: d('2197-03-19') }) })).toMatchObject({
      ok: false,
      problem: {
        kind: 'invalid',
        field: 'sentOn',
        message: expect.stringContaining('before the report was accepted'),
      },
    });
  });

  it('refuses before acceptance, a body the campaign does not name, and 其他 without words', () => {
    expect(plan({ acceptedOn: null })).toEqual({ ok: false, problem: { kind: 'not_accepted' } });
    expect(plan({ entry: entry({ body: 'state_council_department' }) })).toMatchObject({
      ok: false,
      problem: { kind: 'invalid', field: 'body', message: expect.stringContaining('state_council (国务院)') },
    });
    expect(plan({ campaignBodies: [] })).toMatchObject({ ok: false, problem: { field: 'body' } });
    expect(plan({ entry: entry({ channel: 'other', channelNote: '  ' }) })).toMatchObject({
      ok: false,
      problem: { field: 'channelNote' },
    });
    expect(plan({ entry: entry({ channel: 'other', channelNote: '专人送达' }) }).ok).toBe(true);
  });

  it('a correction must name the current record; a first record must name none', () => {
    expect(plan({ current: record(7) })).toEqual({ ok: false, problem: { kind: 'changed', currentId: 7 } });
    expect(plan({ current: record(7), entry: entry({ supersedes: 6 }) })).toEqual({
      ok: false,
      problem: { kind: 'changed', currentId: 7 },
    });
    expect(plan({ entry: entry({ supersedes: 7 }) })).toEqual({
      ok: false,
      problem: { kind: 'changed', currentId: null },
    });
    expect(plan({ current: record(7), entry: entry({ supersedes: 7 }) })).toMatchObject({
      ok: true,
      details: { supersedes: 7 },
    });
  });
});

describe('currentForwardings and forwardingText', () => {
  it('keeps the last record per target and body, whatever order they come in', () => {
    const current = currentForwardings([
      record(9, { sentOn: d('2197-03-26'), supersedes: 3 }),
      record(3),
      record(4, { body: 'state_council', bodyName: '国务院' }),
      record(5, { unitId: 'other' }),
    ]);
    expect(current.get('region|party_central_committee')?.id).toBe(9);
    expect(current.get('region|state_council')?.id).toBe(4);
    expect(current.get('other|party_central_committee')?.id).toBe(5);
  });

  it('says 待报送 or 已报送 with the date, channel and 文号', () => {
    expect(forwardingText(undefined)).toBe('待报送');
    expect(forwardingText(record(1, { documentNumber: '新法治办〔2197〕12号' }))).toBe(
      '已报送 2197-03-25 机要交通（新法治办〔2197〕12号）',
    );
    expect(forwardingText(record(1, { channel: 'other', channelNote: '专人送达' }))).toBe(
      '已报送 2197-03-25 专人送达',
    );
  });
});
