import { normalizeDocumentNumberYear } from '@app/common';
import { SOMETHING_VISIBLE } from '../../http/not-blank';
import type { NoticeText } from './notice.types';

/**
 * The bounds of an edited 通报, checked together so one 400 names every field at fault. Generous for
 * a real 通报 (a few pages) and small enough to store and print: the title fits one or two lines.
 */
export const NOTICE_LIMITS = {
  titleChars: 200,
  documentNumberChars: 64,
  paragraphs: 200,
  paragraphChars: 2000,
  /** A campaign asks at most a few thousand units; a list longer than that names strangers. */
  namedUnits: 5000,
  /** 主送 and 抄送 lines name offices or groups of them (州直各部门), never every unit one by one. */
  addressees: 20,
  copiesTo: 20,
  addressChars: 100,
} as const;

export interface NoticeViolation {
  field: string;
  message: string;
}

/**
 * The edited text trimmed as it is stored: no blank paragraphs, an empty 文号 is none, and the 文号's
 * year typed [2063] or （2063） is stored 〔2063〕, as a campaign's 文号 is.
 */
export function normalizedNoticeText(text: NoticeText): NoticeText {
  const documentNumber = normalizeDocumentNumberYear(text.documentNumber?.trim() ?? '');
  return {
    title: text.title.trim(),
    documentNumber: documentNumber === '' ? null : documentNumber,
    // A paragraph of nothing drawn (a zero-width space alone: penetration test, stop 48) is blank too.
    paragraphs: text.paragraphs.map((p) => p.trim()).filter((p) => SOMETHING_VISIBLE.test(p)),
    namedUnitIds: [...new Set(text.namedUnitIds)],
    addressees: addressList(text.addressees),
    copiesTo: addressList(text.copiesTo),
  };
}

/** Trimmed, blank entries dropped, each name once, in the order given. */
function addressList(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter((n) => SOMETHING_VISIBLE.test(n)))];
}

/** What is wrong with the (normalized) text; `targetUnitIds`: the units a 通报 of this campaign may name. */
export function noticeTextViolations(
  text: NoticeText,
  targetUnitIds: ReadonlySet<string>,
): NoticeViolation[] {
  const violations: NoticeViolation[] = [];
  const { titleChars, documentNumberChars, paragraphs, paragraphChars } = NOTICE_LIMITS;
  if (text.title === '') violations.push({ field: 'title', message: 'must not be empty' });
  if ([...text.title].length > titleChars)
    violations.push({ field: 'title', message: `at most ${titleChars} characters` });
  if (text.documentNumber !== null && [...text.documentNumber].length > documentNumberChars)
    violations.push({ field: 'documentNumber', message: `at most ${documentNumberChars} characters` });
  if (text.paragraphs.length === 0)
    violations.push({ field: 'paragraphs', message: 'at least one non-empty paragraph' });
  if (text.paragraphs.length > paragraphs)
    violations.push({ field: 'paragraphs', message: `at most ${paragraphs} paragraphs` });
  text.paragraphs.forEach((p, i) => {
    if ([...p].length > paragraphChars)
      violations.push({ field: `paragraphs[${i}]`, message: `at most ${paragraphChars} characters` });
  });
  if (text.addressees.length === 0)
    violations.push({ field: 'addressees', message: 'at least one 主送 unit' });
  for (const field of ['addressees', 'copiesTo'] as const) {
    if (text[field].length > NOTICE_LIMITS[field])
      violations.push({ field, message: `at most ${NOTICE_LIMITS[field]} entries` });
    text[field].forEach((name, i) => {
      if ([...name].length > NOTICE_LIMITS.addressChars)
        violations.push({
          field: `${field}[${i}]`,
          message: `at most ${NOTICE_LIMITS.addressChars} characters`,
        });
    });
  }
  const strangers = text.namedUnitIds.filter((id) => !targetUnitIds.has(id));
  if (strangers.length > 0)
    violations.push({
      field: 'namedUnitIds',
      message: `only units asked by this campaign may be named: ${strangers.join(', ')}`,
    });
  return violations;
}
