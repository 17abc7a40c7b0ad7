/**
 * The Unicode noncharacters: U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE,
 * U+FFFF, U+1FFFE … U+10FFFF). Never text anyone typed; U+FFFE and U+FFFF are not even allowed in
 * XML, so one of them stored in a section made every Word and Excel export of it unreadable. The
 * API refuses them in every request body (request-guards.ts) and every import refuses a text
 * holding one (importReportText), with this one rule and this one sentence.
 */
const NONCHARACTER = /\p{Noncharacter_Code_Point}/u;

/** The first noncharacter in the text: its code point as U+XXXX and its 1-based line; null if none. */
export function findNoncharacter(text: string): { codePoint: string; line: number } | null {
  const found = NONCHARACTER.exec(text);
  if (!found) return null;
  const codePoint = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < found.index; i = text.indexOf('\n', i + 1)) line++;
  return { codePoint, line };
}

/** What is wrong with such a character, in the API's words (a 400 names the field before it). */
export function noncharacterProblem(codePoint: string): string {
  return `noncharacter ${codePoint} is not allowed (remove it: it is no text and breaks Word and Excel exports)`;
}
