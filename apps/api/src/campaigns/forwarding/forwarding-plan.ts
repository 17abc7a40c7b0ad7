import { compareLocalDates, type LocalDate } from '@app/calendar';
import { normalizeDocumentNumberYear } from '@app/common';
import { EXTERNAL_BODIES, type ExternalBody } from '@app/directory';

/**
 * 报送外部机关 (issue #17): nobody acts for 党中央、国务院、中央依法治国办 or 国务院有关部门 in the
 * system, so the issuing office, having accepted the report it asked for, sends it on itself and
 * records that it did. Records are campaign events (hash-chained); a correction is a new record
 * that supersedes the current one for the same target and body, so the history keeps both.
 */
export const FORWARDING_CHANNELS = {
  confidential_courier: '机要交通',
  confidential_mail: '机要邮寄',
  e_document_system: '电子公文系统',
  other: '其他',
} as const;
export type ForwardingChannel = keyof typeof FORWARDING_CHANNELS;
export const FORWARDING_CHANNEL_KEYS = Object.keys(FORWARDING_CHANNELS) as ForwardingChannel[];

/** What the office enters. */
export interface ForwardingInput {
  unitId: string;
  body: string;
  sentOn: LocalDate;
  channel: ForwardingChannel;
  channelNote: string | null;
  documentNumber: string | null;
  /** The current record being corrected; null for the first record of this body. */
  supersedes: number | null;
}

/** The details a forwarding event stores (hashed with it). */
export interface ForwardingDetails {
  reportId: string;
  body: ExternalBody;
  bodyName: string;
  sentOn: LocalDate;
  channel: ForwardingChannel;
  channelNote: string | null;
  documentNumber: string | null;
  supersedes: number | null;
}

/** A stored record, as read back from the campaign's events. */
export interface ForwardingRecord extends ForwardingDetails {
  id: number;
  unitId: string;
  recordedBy: { id: string; displayName: string | null };
  recordedAt: Date;
}

export type ForwardingProblem =
  | { kind: 'invalid'; field: string; message: string }
  | { kind: 'not_accepted' }
  | { kind: 'changed'; currentId: number | null };

/**
 * Whether the record may be stored (pure): the body is one the campaign names, the receipt is
 * accepted, the date lies between the acceptance and today (China), 其他 says what it was, and the
 * record corrected is the current one (null when there is none yet).
 */
export function planForwarding(input: {
  entry: ForwardingInput;
  reportId: string;
  campaignBodies: readonly ExternalBody[];
  /** China date the issuing office accepted the report; null while not accepted. */
  acceptedOn: LocalDate | null;
  today: LocalDate;
  current: ForwardingRecord | null;
}): { ok: true; details: ForwardingDetails } | { ok: false; problem: ForwardingProblem } {
  const { entry, campaignBodies, acceptedOn, today, current } = input;
  const invalid = (field: string, message: string) =>
    ({ ok: false, problem: { kind: 'invalid', field, message } }) as const;
  const body = campaignBodies.find((b) => b === entry.body);
  if (!body) {
    const named = campaignBodies.map((b) => `${b} (${EXTERNAL_BODIES[b]})`).join(', ');
    return invalid(
      'body',
      named
        ? `body must be one of the bodies outside the system this campaign names: ${named}`
        : 'This campaign names no body outside the system (主送/抄送 党中央、国务院…): there is nothing to send on',
    );
  }
  if (acceptedOn === null) return { ok: false, problem: { kind: 'not_accepted' } };
  if (compareLocalDates(entry.sentOn, today) > 0)
    return invalid(
      'sentOn',
      `sentOn ${entry.sentOn} lies in the future (today is ${today}): record it once sent`,
    );
  if (compareLocalDates(entry.sentOn, acceptedOn) < 0)
    return invalid(
      'sentOn',
      `sentOn ${entry.sentOn} lies before the report was accepted (${acceptedOn}): the office sends on only what it accepted`,
    );
  const channelNote = entry.channelNote?.trim() || null;
  if (entry.channel === 'other' && !channelNote)
    return invalid('channelNote', 'channel 其他 (other) needs channelNote saying how it was sent');
  if ((current?.id ?? null) !== entry.supersedes)
    return { ok: false, problem: { kind: 'changed', currentId: current?.id ?? null } };
  return {
    ok: true,
    details: {
      reportId: input.reportId,
      body,
      bodyName: EXTERNAL_BODIES[body],
      sentOn: entry.sentOn,
      channel: entry.channel,
      channelNote,
      // [2197], （2197） … stored as 〔2197〕, as the campaign's 文号 is.
      documentNumber: normalizeDocumentNumberYear(entry.documentNumber?.trim() ?? '') || null,
      supersedes: entry.supersedes,
    },
  };
}

/** Per target and body, the current record (the last one: each later one supersedes the one before). */
export function currentForwardings(records: readonly ForwardingRecord[]): Map<string, ForwardingRecord> {
  const current = new Map<string, ForwardingRecord>();
  for (const record of [...records].sort((a, b) => a.id - b.id))
    current.set(forwardingKey(record.unitId, record.body), record);
  return current;
}

export const forwardingKey = (unitId: string, body: string) => `${unitId}|${body}`;

/** 已报送 2197-03-20 机要交通（文号）, for a cell or a line. */
export function forwardingText(record: ForwardingRecord | null | undefined): string {
  if (!record) return '待报送';
  const channel =
    record.channel === 'other'
      ? (record.channelNote ?? FORWARDING_CHANNELS.other)
      : FORWARDING_CHANNELS[record.channel];
  return `已报送 ${record.sentOn} ${channel}${record.documentNumber ? `（${record.documentNumber}）` : ''}`;
}

/**
 * The board export's 报送外部机关 column (pure): per row, each body the campaign names with 已报送
 * (date, channel, 文号) or 待报送. A campaign naming no body outside the system gets no column.
 */
export function withForwardingColumn(
  table: string[][],
  rows: ReadonlyArray<{ unit: { id: string } }>,
  bodies: ReadonlyArray<{ body: string; name: string }>,
  records: readonly ForwardingRecord[],
): string[][] {
  if (bodies.length === 0) return table;
  const current = currentForwardings(records);
  const [headers, ...lines] = table;
  return [
    [...headers, '报送外部机关'],
    ...lines.map((line, i) => [
      ...line,
      bodies
        .map((b) => `${b.name}：${forwardingText(current.get(forwardingKey(rows[i].unit.id, b.body)))}`)
        .join('；'),
    ]),
  ];
}
