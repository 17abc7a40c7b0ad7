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
} as const;

export interface NoticeViolation {
  field: string;
  message: string;
}

/** The edited text trimmed as it is stored: no blank paragraphs, an empty 文号 is none. */
export function normalizedNoticeText(text: NoticeText): NoticeText {
  const documentNumber = text.documentNumber?.trim() ?? '';
  return {
    title: text.title.trim(),
    documentNumber: documentNumber === '' ? null : documentNumber,
    paragraphs: text.paragraphs.map((p) => p.trim()).filter((p) => p !== ''),
    namedUnitIds: [...new Set(text.namedUnitIds)],
  };
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
  const strangers = text.namedUnitIds.filter((id) => !targetUnitIds.has(id));
  if (strangers.length > 0)
    violations.push({
      field: 'namedUnitIds',
      message: `only units asked by this campaign may be named: ${strangers.join(', ')}`,
    });
  return violations;
}
