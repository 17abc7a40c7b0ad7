/**
 * Passages not for publication (不予公开). The annual report is published by 1 April "except content that
 * touches state secrets" (see domain.md, "public disclosure"). The drafter marks such a passage in the text
 * with an opening and a closing marker, wherever they stand — on lines of their own, inside a sentence, or
 * opening in one paragraph and closing in a later one, several on a line:
 *
 *     ……（【不予公开】涉事人员姓名【/不予公开】）已于年内办结。
 *
 * - Public version: every marked span, markers included, is left out of every section and of the title.
 *   Brackets left empty around a removed span ("（）") go too; a span that crossed paragraphs leaves the text
 *   before and after it as separate paragraphs; a paragraph left with nothing (or only markdown bold) goes.
 * - Internal version (the one submitted upward): everything is kept, the markers too. The reviewers and the
 *   party group approve what will be withheld from the public, so they must see both the passage and the
 *   fact that it is marked; and the export stays exactly the stored text.
 * - Markers that do not pair up — an opening one never closed, a closing one never opened, an opening one
 *   inside an open span — make the public version impossible (DisclosureMarkupError, naming the section, the
 *   line and the text near the marker): guessing where a secret ends would publish it or lose public text.
 *   A span never runs from one section into the next.
 * Marker spellings drafters produce are accepted: 【】, [], ［］, 〔〕, 〖〗, 《》, （） and other brackets, a
 * full-width slash, spaces, zero-width, soft-hyphen or direction characters inside, compatibility forms, the
 * traditional 開 (see withholdMarkersOf); in square brackets, the other words for it too (【不公开】, 【免予公开】,
 * 【暂不公开】, 【不宜公开】, 【不得公开】). 不予公开 anywhere else, except inside a sentence, is refused too, and so
 * are a bracketed text that reads as it (【不·予公开】, 【不予公亓】: readsAsMarker), an instruction in words
 * (这部分不予公开，…: isInstruction) and a pair of other tags written like markers (【内部】…【/内部】,
 * 【内部资料】…【/内部】, 【…开始】…【…结束】), which a reviewer would take for one.
 */
import { normalizeLine, splitLines } from '../normalize';
import { itemLabel, ReportSections, SECTION_ITEM, SECTION_KEYS, SectionKey } from '../types';

export const WITHHOLD_START = '【不予公开】';
export const WITHHOLD_END = '【/不予公开】';

/**
 * How drafters' markers are recognised. A marker the reviewer reads as 【不予公开】 but the code does not would be
 * published (a penetration test of #18's public page found a soft hyphen or a left-to-right mark inside, the CJK
 * compatibility 不 U+F967, 《》 brackets). So markers are matched on a normalised view of the text — NFKC,
 * default-ignorable, format and combining characters and blank-looking letters removed (INVISIBLE), look-alike
 * characters and letters drawn as brackets or slashes read as what they look like (CONFUSABLE) — with any of the
 * brackets below and spaces anywhere inside; offsets are mapped back, so the stored text is never changed.
 * And it fails closed: 不予公开 that is not part of a recognised marker and does not stand inside a sentence
 * (see isProse) is refused like a marker that does not pair up.
 */
// After NFKC: ［（＜｛ are [(<{ and the vertical forms ︻︹︗﹁﹃ are 【〔〖「『.
const OPENING = '【[〔〖(《〈<「『{〘〚⟦⟨⦅⦗‹«❮❰';
const CLOSING = '】]〕〗)》〉>」』}〙〛⟧⟩⦆⦘›»❯❱';
const SLASHES = '/\\⁄∕⧸╱';
const escaped = (chars: string) => chars.replace(/[\]\\^-]/g, '\\$&');
/**
 * 不予公开 or 不予公開 (不予以公开 too), spaces allowed between the characters. Linear: a literal follows
 * each \s*.
 */
const PHRASE = '不\\s*予\\s*(?:以\\s*)?公\\s*[开開]';
/**
 * The other words drafters write for the same thing: 不公开, 免予公开 (and its common 免于公开), 暂不公开,
 * 不宜公开. Recognised only inside the square brackets of a marker, 【】 [] 〔〕 〖〗: (不公开) and the like stand
 * in sentences ("会议纪要（不公开）"), and a sentence would otherwise read as a marker that does not pair up
 * (penetration test, stop 39: 【不公开】…【/不公开】 and 【免予公开】…【/免予公开】 were published as written).
 */
const SYNONYMS = '(?:不\\s*公|免\\s*[予于]\\s*公|暂\\s*不\\s*公|不\\s*宜\\s*公|不\\s*得\\s*公)\\s*[开開]';
const SQUARE_OPENING = '【[〔〖';
const SQUARE_CLOSING = '】]〕〗';
/**
 * Either marker; group 1 (不予公开) or group 2 (a synonym) is the slash of a closing one. Bounded runs of
 * spaces: no quadratic backtracking.
 */
const MARKER = new RegExp(
  `[${escaped(OPENING)}]\\s{0,8}([${escaped(SLASHES)}]?)\\s{0,8}${PHRASE}\\s{0,8}[${escaped(CLOSING)}]` +
    `|[${escaped(SQUARE_OPENING)}]\\s{0,8}([${escaped(SLASHES)}]?)\\s{0,8}${SYNONYMS}\\s{0,8}[${escaped(SQUARE_CLOSING)}]`,
  'g',
);
const BARE_PHRASE = new RegExp(PHRASE, 'g');
/**
 * A bracketed word of up to 12 characters with a Han character in it (【内部】, （不公开）), and the same with a
 * slash before the word: the closing half of a pair. A pair that is not a recognised marker looks to a
 * reviewer like a withheld passage and would be published (penetration test, stop 40: 【内部】…【/内部】 and
 * （不公开）…（/不公开）); it is refused instead (kind `lookalike`). A closing half alone, or a word in brackets
 * with no closing twin, is ordinary text (会议纪要（不公开）).
 */
const TAG_WORD = `[^\\s${escaped(OPENING + CLOSING + SLASHES)}]{1,12}`;
const BRACKETED = new RegExp(
  `[${escaped(OPENING)}]\\s{0,8}([${escaped(SLASHES)}]?)\\s{0,8}(${TAG_WORD})\\s{0,8}[${escaped(CLOSING)}]`,
  'g',
);
const HAN = /\p{Script=Han}/u;
/**
 * Left out of the view: default-ignorable and format characters, combining marks (an accent over 予
 * still reads 予), and the blank-looking letters and symbols a reviewer takes for a space or for
 * nothing: U+2800 (braille blank), U+0640 (Arabic tatweel), U+07FA (NKo lajanyalan). Penetration
 * test, stop 56: 【不⠀予公开】, 【不予́公开】 and 【不予ـ公开】 were published with their passages.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{M}\u2800\u0640\u07FA]/gu;
/**
 * Characters a reader takes for those of 不予公开 at a glance, read as them: 【不予公幵】 and 【/不于公开】
 * are markers (the same test published a passage between them). Only in the matching view: the
 * stored text, and a sentence's 于, are untouched.
 */
const CONFUSABLE: Readonly<Record<string, string>> = {
  于: '予',
  幵: '开',
  丌: '开',
  // Letters drawn as brackets and slashes (penetration test, stop 56: ᐸ不予公开ᐳ…ᐸᐟ不予公开ᐳ and
  // 匚不予公开コ…匚丿不予公开コ were published): Canadian syllabics, Han and katakana.
  ᐸ: '<',
  ᐳ: '>',
  ᐟ: '/',
  ᐠ: '\\',
  匚: '[',
  コ: ']',
  丿: '/',
  〳: '/',
};

/** The text as matched, and for each of its UTF-16 units the range of the original it came from. */
interface NormalisedView {
  text: string;
  from: number[];
  to: number[];
}

/**
 * What the export removes from a line before printing it: Word's `[bookmark: …]` (clean-text.ts) and
 * markdown emphasis `**`, `__` (layout.ts withoutEmphasis). A marker split by them printed whole,
 * 【不予公开】 and all, with its passage (penetration test, stop 44: 【不予[bookmark: _GoBack]公开】 and
 * 【不予**公开】 were published), so they are left out of the view as invisible characters are.
 */
const PRINT_DEBRIS = /\[bookmark:[^\]\n]{0,200}\]|\*\*|__/gi;

function normalisedView(original: string): NormalisedView {
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  const debrisEnd = new Map<number, number>();
  for (const m of original.matchAll(PRINT_DEBRIS)) debrisEnd.set(m.index, m.index + m[0].length);
  let at = 0;
  let skipUntil = 0;
  for (const char of original) {
    const skipped = debrisEnd.get(at);
    if (skipped !== undefined) skipUntil = skipped;
    if (at < skipUntil) {
      at += char.length;
      continue;
    }
    // Per code point: NFKC of the whole text could join characters and lose the offsets.
    // A character whose compatibility form is long (U+FDFA is 18 letters) is no part of a marker:
    // kept as itself, so a text of them costs no more than its length (stop 56: 3 s per request).
    const compatible = char.normalize('NFKC');
    const nfkc = (compatible.length > 4 ? char : compatible).replace(INVISIBLE, '');
    const folded = CONFUSABLE[nfkc] ?? nfkc;
    for (let i = 0; i < folded.length; i++) {
      from.push(at);
      to.push(at + char.length);
    }
    text += folded;
    at += char.length;
  }
  return { text, from, to };
}

/**
 * 不予公开 written in a sentence ("依法不予公开2件", "不予公开的理由", "（不予公开3件）", "对“不予公开”答复")
 * rather than as a mangled marker or an instruction. It stands after what ordinary text has there
 * (a Han character, a letter or digit, sentence punctuation, an opening bracket or quotation mark,
 * a list number, the start of the line) and either goes on as words (a Han character or a figure
 * next, past spaces), is quoted, or ends a clause after a word. Anything else next to it (a
 * bracket, a letter of another script, a symbol) is read as a marker that was not recognised
 * (penetration test, stop 56: letters drawn as brackets passed as "a letter before it"; ordinary
 * statistics sentences starting with 不予公开 were refused).
 */
function isProse(text: string, start: number, end: number): boolean {
  if (isInstruction(text, start, end)) return false;
  const before = start === 0 ? '\n' : text[start - 1];
  if (!ORDINARY_BEFORE.test(before)) return false;
  const after = /^[^\S\n]*([\s\S]?)/.exec(text.slice(end, end + 9))![1];
  if (/[\p{Script=Han}0-9]/u.test(after)) return true;
  if (after === '”' || after === '"') return before === '“' || before === '"';
  // 不予公开：3件, a row of figures.
  if (after === ':' && /^[^\S\n]*:[^\S\n]*\d/.test(text.slice(end, end + 9))) return true;
  // A list (不予公开、无法提供的…), a count in brackets ((三)不予公开（3件）).
  // A table cell (| 不予公开 | 3 |).
  if (after === '、' || after === '|') return true;
  if (after === '(' && /^[^\S\n]*\(\s*[\d件项条个]/.test(text.slice(end, end + 9))) return true;
  // 依法不予公开。 / 属于国家秘密的，不予公开。 / 予以公开、不予公开、无法提供 / 4.不予公开 /
  // 处理结果：不予公开 / a table cell ending in it (isInstruction has ruled out a label).
  if (!/[\p{Script=Han}A-Za-z0-9,、;:”").]/u.test(before)) return false;
  return /[,。;、!?:\n]/.test(after) || after === '';
}

/** What ordinary text has before a word (in the matching view: NFKC folds ，（：” into ,(:"). */
const ORDINARY_BEFORE = /[\p{Script=Han}A-Za-z0-9,。;:、!?(（“”"\s.)]/u;

/**
 * 不予公开 (or another word for it: 不公开, 免予公开, 请勿公开, 不予对外公开…) said of the text itself, in
 * plain words, is a marker all the same: "以下内容不予公开" on a line of its own, "本段不予公开：…",
 * "这部分不予公开，…", "不予公开以下内容", "以上内容不予公开。", "不予公开部分：…" (scenario test,
 * stop 44; penetration tests, stop 56). It points at a passage in its clause (以下, 本段, 这部分,
 * 第三段…; 以上, 上述, 此处… when it ends the clause), or labels what follows (a colon, a short line
 * ending in it), which a sentence about disclosure statistics ("依法不予公开2件。", "不予公开的理由",
 * "不予公开：3件", "（三）不予公开") does not. Refused like any marker not recognised, so the drafter
 * marks the passage properly.
 */
function isInstruction(text: string, start: number, end: number): boolean {
  const rest = text.slice(end, end + 16);
  // The clause it stands in, back to the last sentence mark or line start (at most a line's worth).
  const clauseBefore =
    text
      .slice(Math.max(0, start - 200), start)
      .split(/[\n,。;!?]/)
      .pop() ?? '';
  const clauseAfter = rest.split(/[\n,。;!?]/)[0];
  if (POINTS_AT_PASSAGE.test(clauseBefore) || POINTS_AT_PASSAGE.test(clauseAfter)) return true;
  const endsClause = /^[^\S\n]*(?:$|[\n,。;!?])/.test(rest);
  if (endsClause && POINTS_BACK.test(clauseBefore)) return true;
  // Closing a bracket after what it labels: SECRET（属不予公开内容）.
  if (/^[^\S\n]*(?:部分|事项|内容|信息|材料)[^\S\n]*[)\]】〕〗]/.test(rest)) return true;
  // A numbered heading or table row (（三）不予公开, 1.不予公开：…) labels figures, not a passage; so
  // does a field's value (处理结果：不予公开).
  if (/^\s*(?:\(?[一二三四五六七八九十\d]{1,3}[).、.]\s*)$/.test(clauseBefore)) return false;
  const lineBefore = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  if (/:\s*$/.test(lineBefore)) return false;
  // A colon opening what follows (not a figure: 不予公开：3件), also after a noun (不予公开部分：…),
  // or a short line ending in it (内容不予公开); a long statement ending its line is a table cell.
  if (/^[^\S\n]*(?:发布|公布)?(?:部分|事项|内容|信息|材料)?[^\S\n]*:(?![^\S\n]*\d)/.test(rest)) return true;
  return /^[^\S\n]*(?:$|\n)/.test(rest) && lineBefore.trim().length <= 6;
}

/** Words that point at a passage of the report: 以下/下列/下面/如下, 本段/这部分, 本条, 本页, 第三段… */
const POINTS_AT_PASSAGE =
  /(?:以下|下列|下述|下面|如下|[本此该这][段节项条款页表句]|本自然段|[本此该这]一?部分|这一?段|这句话|第[一二三四五六七八九十\d]{1,3}[段节条款项部]|(?:加粗|划线|下划线|标红|红色|斜体|括号内)的?(?:部分|内容|文字))/;

/** Words that point back at what was just written: only an instruction when the clause ends with the phrase. */
const POINTS_BACK = /(?:以上|上述|前述|此处|[该此这]内容|上面|上文)/;

/**
 * The other words for it, as an instruction (以下内容不公开：…, 本段免予公开：…, 以下内容不予对外公开：…).
 * In a sentence they are words (主动公开、依申请公开和不公开三类); only isInstruction refuses them.
 */
const INSTRUCTION_PHRASE =
  /(?:不予以?|不|免[予于]|不宜|不得|暂不|请勿|不要|禁止|严禁|不准|不可|不能)\s*(?:对外|向社会|对社会)?\s*(?:公[开開]|公布|发布)(?:发布|公布)?/g;

/** One recognised marker, as a range of the original text. */
export interface WithholdMarker {
  start: number;
  end: number;
  closing: boolean;
}

/**
 * The 不予公开 markers of a text, in order, and the places (ranges of the original text) where 不予公开 stands
 * outside any marker and not in a sentence: a marker spelt in a way not recognised, which must not be guessed.
 */
export function withholdMarkersOf(original: string): {
  markers: WithholdMarker[];
  unrecognised: Array<{ start: number; end: number }>;
  /** Closing halves of tag pairs that are not markers (see BRACKETED). */
  lookalikes: Array<{ start: number; end: number }>;
} {
  const view = normalisedView(original);
  const toOriginal = (start: number, end: number) => ({ start: view.from[start], end: view.to[end - 1] });
  const markers: WithholdMarker[] = [];
  // Which characters of the view belong to a marker; linear however many markers there are.
  const inMarker = new Uint8Array(view.text.length);
  for (const m of view.text.matchAll(MARKER)) {
    const end = m.index + m[0].length;
    markers.push({ ...toOriginal(m.index, end), closing: Boolean(m[1] || m[2]) });
    inMarker.fill(1, m.index, end);
  }
  const bare = [...view.text.matchAll(BARE_PHRASE)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter(({ start, end }) => inMarker[start] === 0 && !isProse(view.text, start, end));
  // A bracketed phrase already refused as bare 不予公开 is named once.
  const inBare = new Uint8Array(view.text.length);
  for (const u of bare) inBare.fill(1, u.start, u.end);
  const broken = [...view.text.matchAll(BRACKETED_TEXT)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[1] }))
    .filter((b) => inMarker[b.start] === 0 && !inBare.subarray(b.start, b.end).includes(1))
    .filter((b) => readsAsMarker(b.text, SQUARE_OPENING.includes(view.text[b.start])));
  for (const m of view.text.matchAll(INSTRUCTION_PHRASE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inMarker[start] === 1 || inBare[start] === 1) continue;
    if (isInstruction(view.text, start, end) || withholdingLabel(view.text, start, end)) {
      broken.push({ start, end, text: m[0] });
      inBare.fill(1, start, end);
    }
  }
  const unrecognised = [...bare, ...broken]
    .sort((a, b) => a.start - b.start)
    .map(({ start, end }) => toOriginal(start, end));
  // Tags that pair up like markers but are not: each closing half whose word stands opened, as
  // written or (three characters or more) one character off: 【内部】…【/内部】, 【涉密信息】…【/涉密信患】.
  const tags = [...view.text.matchAll(BRACKETED)].filter((m) => inMarker[m.index] === 0 && HAN.test(m[2]));
  const openedWords = tags.filter((m) => !m[1]).map((m) => m[2]);
  const opened = nearWords(openedWords);
  const exactOpened = new Set(openedWords);
  // 【保密内容开始】…【保密内容结束】, 【涉密】…【涉密止】: a pair without a slash, said in words.
  const begun = new Set([...exactOpened].map((w) => w.replace(BEGINS, '')));
  // Every opened word's beginnings, so that a closing half that begins one (【内部资料】…【/内部】), or
  // one that an opened word begins, is found in a lookup (at most 11 per word: linear in the text).
  const openedStarts = new Set([...exactOpened].flatMap(startsOf));
  const closes = (m: RegExpMatchArray) =>
    m[1]
      ? opened.has(m[2]) || openedStarts.has(m[2]) || startsOf(m[2]).some((part) => exactOpened.has(part))
      : ENDS.test(m[2]) && begun.has(m[2].replace(ENDS, ''));
  const lookalikes = tags.filter(closes).map((m) => toOriginal(m.index!, m.index! + m[0].length));
  return { markers, unrecognised, lookalikes };
}

const BEGINS = /(?<=.{2})(?:开始|起)$/u;
const ENDS = /(?<=.{2})(?:结束|终止|止|完|完毕)$/u;

/** A tag's word's proper beginnings of two characters or more (内部资料: 内部, 内部资). */
function startsOf(word: string): string[] {
  const starts: string[] = [];
  for (let end = 2; end < word.length; end++) starts.push(word.slice(0, end));
  return starts;
}

/**
 * A bracketed label that says a passage is withheld: an instruction word in square brackets
 * (【此段不公开】, 【以下内容不公开】…【以上内容不公开】), or in any brackets opening a line ((不公开)张某某…).
 * In round brackets within a sentence it is a word (会议纪要（不公开）已归档).
 */
function withholdingLabel(text: string, start: number, end: number): boolean {
  const open = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(open, start);
  const bracket = /\p{Ps}([^\p{Pe}\n]{0,12})$/u.exec(before);
  if (!bracket) return false;
  // 【】〔〕〖〗[] are opening and closing punctuation (Ps, Pe) like the round ones.
  const closed = /^([^\p{Ps}\n]{0,12})\p{Pe}/u.exec(text.slice(end, end + 14));
  // A figure makes it a count (（不予公开3件）), not a label.
  if (!closed || /\d/.test(bracket[1] + closed[1])) return false;
  return (
    SQUARE_OPENING.includes(before[bracket.index]) ||
    bracket.index === 0 ||
    /^\s*$/.test(before.slice(0, bracket.index))
  );
}

/**
 * Anything in brackets on one line, up to 40 characters (spaces and dots between the characters
 * count): where a broken marker would stand. Any opening and closing punctuation is a bracket here
 * (⁅⁆, ❨❩…: review, stop 56), not only those a marker may use.
 */
const BRACKETED_TEXT = new RegExp(
  `[${escaped(OPENING)}\\p{Ps}]([^${escaped(OPENING + CLOSING)}\\p{Ps}\\p{Pe}\\n]{1,40})[${escaped(CLOSING)}\\p{Pe}]`,
  'gu',
);

/**
 * A bracketed text a reader takes for 不予公开 that is no marker. Only its Han characters are read,
 * so whatever stands between them (spaces, dots, dashes, letters drawn as dots or dashes: ꞏ ㆍ ー)
 * does not hide it: the phrase itself, the phrase with one character put inside it (【不一予公开】),
 * or, in the square brackets of a marker, four characters one off it (【不予公亓】, 【丕予公开】).
 * Refused like any marker not recognised. In round brackets a word one off is a word (会议纪要
 * （不宜公开）, 名单（不予公示）), and 不予公开3件, 依法不予公开 and 不予受理 are words anywhere (the
 * phrase with more around it, or two off).
 */
function readsAsMarker(bracketed: string, square: boolean): boolean {
  const han = [...bracketed].filter((c) => HAN.test(c)).join('');
  if (han === '不予公开' || han === '不予以公开' || han === '不予公開') return true;
  // One character inside the phrase, not at its ends (不予公开类 is the phrase and a word).
  if (han.length === 5 && han[0] === '不' && han[4] === '开') {
    for (let i = 1; i < 4; i++) if (han.slice(0, i) + han.slice(i + 1) === '不予公开') return true;
  }
  if (!square || han.length !== 4) return false;
  let off = 0;
  for (let i = 0; i < 4; i++) if (han[i] !== '不予公开'[i]) off++;
  return off === 1;
}

/**
 * The words given, and a lookup that also finds a word one character off one of them: one deleted
 * or added (a word's deletion is the other), or, for words of three characters or more, one replaced
 * (they share a deletion; two-character words one apart are too often different words, 内部/外部).
 * Linear in the words: each lookup tries the word's deletions, not every opened word.
 */
function nearWords(words: string[]): { has(word: string): boolean } {
  const exact = new Set(words);
  const deleted = new Set<string>();
  for (const word of exact) for (const d of deletionsOf(word)) deleted.add(d);
  return {
    has: (word) =>
      exact.has(word) ||
      deleted.has(word) ||
      deletionsOf(word).some((d) => exact.has(d) || (word.length > 2 && deleted.has(d))),
  };
}

function deletionsOf(word: string): string[] {
  const chars = [...word];
  return chars.map((_, i) => [...chars.slice(0, i), ...chars.slice(i + 1)].join(''));
}

/**
 * The text with each recognised 不予公开 marker turned into as many spaces: what the completeness check
 * reads. A marker opening a line hid the heading after it ("【不予公开】（一）…" read as a paragraph, so
 * the section "started at （二）": a civil servant's walk, stop 40); the withheld passage is still part
 * of the report the unit submits. Same length, so every offset the check reports still points into
 * the stored text.
 */
export function withMarkersBlanked(text: string): string {
  const { markers } = withholdMarkersOf(text);
  if (markers.length === 0) return text;
  let blanked = '';
  let at = 0;
  for (const m of markers) {
    blanked += text.slice(at, m.start) + ' '.repeat(m.end - m.start);
    at = m.end;
  }
  return blanked + text.slice(at);
}

export type MarkerProblemKind = 'unclosed' | 'unopened' | 'nested' | 'unrecognised' | 'lookalike';

export interface MarkerProblem {
  /** The section, or 'title'. */
  where: SectionKey | 'title';
  /** 1-based line within that section's text. */
  line: number;
  kind: MarkerProblemKind;
  /** Up to 20 characters before the marker, and the marker: enough to find it, not the passage itself. */
  near: string;
}

export class DisclosureMarkupError extends Error {
  constructor(readonly problems: MarkerProblem[]) {
    super(
      `不予公开 markers do not pair up: ${problems.map((p) => `${p.where} line ${p.line} ${p.kind} near "${p.near}"`).join('; ')}`,
    );
    this.name = 'DisclosureMarkupError';
  }
}

interface Span {
  start: number;
  end: number;
}

/** The marked spans of one text, and the markers that do not pair up. */
function findSpans(
  text: string,
  where: MarkerProblem['where'],
): { spans: Span[]; problems: MarkerProblem[] } {
  const spans: Span[] = [];
  const problems: MarkerProblem[] = [];
  // A text can hold thousands of stray markers: each line is found by binary search, not by rescanning.
  let lineStarts: number[] | undefined;
  const problem = (kind: MarkerProblemKind, at: number, marker: string) => {
    lineStarts ??= [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
    let line = 0; // lineStarts[line] <= at < lineStarts[line + 1]
    for (let high = lineStarts.length - 1; line < high;) {
      const mid = (line + high + 1) >> 1;
      if (lineStarts[mid] <= at) line = mid;
      else high = mid - 1;
    }
    const before = text.slice(Math.max(lineStarts[line], at - 20), at);
    problems.push({ where, line: line + 1, kind, near: before + marker });
  };
  const { markers, unrecognised, lookalikes } = withholdMarkersOf(text);
  let open: { at: number; marker: string } | undefined;
  for (const m of markers) {
    const at = m.start;
    const marker = text.slice(m.start, m.end);
    if (!m.closing && open) problem('nested', at, marker);
    else if (!m.closing) open = { at, marker };
    else if (!open) problem('unopened', at, marker);
    else {
      spans.push({ start: open.at, end: m.end });
      open = undefined;
    }
  }
  if (open) problem('unclosed', open.at, open.marker);
  for (const u of unrecognised) problem('unrecognised', u.start, text.slice(u.start, u.end));
  for (const l of lookalikes) problem('lookalike', l.start, text.slice(l.start, l.end));
  return { spans, problems };
}

const PAIRS: Record<string, string> = { '（': '）', '(': ')', '【': '】', '[': ']', '［': '］', '“': '”' };

/** Stands where a span was, until the lines it emptied are dropped; stored text never holds NUL. */
const CUT = '\u0000';

/** The text without the spans (see the file comment for what goes with them). */
function withoutSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let from = 0;
  for (const span of spans) {
    let { start, end } = span;
    // "（【不予公开】…【/不予公开】）": the brackets held only the secret.
    const close = PAIRS[text[start - 1]];
    if (close !== undefined && text[end] === close && start - 1 >= from) {
      start--;
      end++;
    }
    out += text.slice(from, start) + (/[\r\n]/.test(text.slice(start, end)) ? `${CUT}\n${CUT}` : CUT);
    from = end;
  }
  // Lines a removal left empty (or holding only markdown bold, as around "**【不予公开】**") go; other lines,
  // blank ones included, stay as they were.
  return splitLines(out + text.slice(from))
    .filter((line) => !line.includes(CUT) || normalizeLine(line.replaceAll(CUT, '')) !== '')
    .map((line) => line.replaceAll(CUT, ''))
    .join('\n');
}

/** One text, public: the spans removed. Throws DisclosureMarkupError. */
export function publicText(text: string, where: MarkerProblem['where'] = 'other'): string {
  const { spans, problems } = findSpans(text, where);
  if (problems.length > 0) throw new DisclosureMarkupError(problems);
  return withoutSpans(text, spans);
}

/**
 * The title and sections as they may be published. Checks every section before answering, so one error
 * names every marker that does not pair up. Throws DisclosureMarkupError.
 */
export function publicVersionOf<T extends { title: string; sections: ReportSections }>(report: T): T {
  const found = markedParts(report);
  const problems = found.flatMap((f) => f.problems);
  if (problems.length > 0) throw new DisclosureMarkupError(problems);
  const [title, ...sections] = found.map((f) => withoutSpans(f.text, f.spans));
  return {
    ...report,
    title,
    sections: Object.fromEntries(SECTION_KEYS.map((key, i) => [key, sections[i]])) as ReportSections,
  };
}

/**
 * The markers of a report that do not pair up or cannot be read, as the public version would refuse
 * them: the check before export shows them while the text can still be fixed, instead of the 422 at
 * the public export or the confidentiality review after dispatch (real-report test, stop 43).
 */
export function withholdMarkerProblems(report: { title: string; sections: ReportSections }): MarkerProblem[] {
  return markedParts(report).flatMap((f) => f.problems);
}

/**
 * The last look before a public version leaves: the text as it will be printed (cleaned, emphasis
 * removed) holds no marker and nothing that reads as one. A marker that only became one in the
 * cleaning (stop 44: a Word bookmark inside it) would otherwise print with its passage; whatever the
 * next such trick is, the public version is refused rather than published. Throws
 * DisclosureMarkupError.
 */
export function assertNothingLeftToWithhold(printed: { title: string; sections: ReportSections }): void {
  const problems = markedParts(printed).flatMap((part) => [
    ...part.problems,
    ...part.spans.map((span): MarkerProblem => {
      const lineStart = part.text.lastIndexOf('\n', span.start - 1) + 1;
      return {
        where: part.where,
        line: part.text.slice(0, span.start).split('\n').length,
        kind: 'unrecognised',
        near: part.text.slice(Math.max(lineStart, span.start - 20), span.start + 8),
      };
    }),
  ]);
  if (problems.length > 0) throw new DisclosureMarkupError(problems);
}

/**
 * The ranges of a text that are withholding markup, not words: the recognised markers and both halves
 * of tags paired like markers (【内部】…【/内部】, whose fix is a marker or nothing). Exactly those
 * characters: a figure, a bracket or a mark of punctuation anywhere else is part of what the text
 * says (review, stop 49: 3.5 → 35, 〔2025〕 → 〔2024〕 and a bracketed aside passed as "marking only"
 * when all of them were ignored). 不予公开 written where it cannot be read as a marker stays a word:
 * deleting it could change a sentence (依法不予公开); the completeness check refuses it before the
 * report leaves the unit.
 */
function markupRanges(original: string): Array<{ start: number; end: number }> {
  const { markers } = withholdMarkersOf(original);
  const { view, tags } = pairedTagsOf(original);
  const paired = tags.map((m) => ({ start: view.from[m.index], end: view.to[m.index + m[0].length - 1] }));
  return [...markers, ...paired].sort((a, b) => a.start - b.start);
}

/** The tag pairs written like markers (【内部】…【/内部】), outside the markers themselves, in the normalised view. */
function pairedTagsOf(original: string): { view: NormalisedView; tags: RegExpExecArray[] } {
  const view = normalisedView(original);
  const inMarker = new Uint8Array(view.text.length);
  for (const m of view.text.matchAll(MARKER)) inMarker.fill(1, m.index, m.index + m[0].length);
  const tags = [...view.text.matchAll(BRACKETED)].filter((m) => inMarker[m.index] === 0 && HAN.test(m[2]));
  const opened = new Set(tags.filter((m) => !m[1]).map((m) => m[2]));
  const closed = new Set(tags.filter((m) => m[1]).map((m) => m[2]));
  return { view, tags: tags.filter((m) => opened.has(m[2]) && closed.has(m[2])) };
}

/** The words of the tag pairs a text holds (内部 for 【内部】…【/内部】). */
function tagWordsOf(text: string): Set<string> {
  return new Set(pairedTagsOf(text).tags.map((m) => m[2]));
}

/**
 * What a text says: the text without its withholding markup (markupRanges), every other character
 * kept, and the Word bookmarks inside the markup too: the markup's reading skips them as print debris,
 * yet they hold words (【不予[bookmark: …]公开】 stored text in an accepted report as "marking only").
 */
function wordingOf(text: string): string {
  let out = '';
  let at = 0;
  for (const range of markupRanges(text)) {
    if (range.start < at) continue;
    const hidden = text.slice(range.start, range.end).match(BOOKMARK_DEBRIS) ?? [];
    out += text.slice(at, range.start) + hidden.join('');
    at = range.end;
  }
  return out + text.slice(at);
}

const BOOKMARK_DEBRIS = /\[bookmark:[^\]\n]{0,200}\]/gi;

/**
 * The parts (title, sections) whose wording differs between two versions of a report: empty when
 * the second only marks other passages 不予公开 (or fixes its markers), which is all a unit may change
 * in a report its recipients accepted (保密审查 需修改, a walk, stop 49).
 */
export function partsReworded(
  before: { title: string; sections: ReportSections },
  after: { title: string; sections: ReportSections },
): Array<SectionKey | 'title'> {
  // A tag pair is markup to take out or turn into a marker, never to add: its words are words
  // (【实际仅整改一半】…【/实际仅整改一半】 passed as "marking only", review, stop 52).
  const reworded = (a: string, b: string) => {
    if (wordingOf(a) !== wordingOf(b)) return true;
    const had = tagWordsOf(a);
    return [...tagWordsOf(b)].some((word) => !had.has(word));
  };
  const parts: Array<SectionKey | 'title'> = [];
  if (reworded(before.title, after.title)) parts.push('title');
  for (const key of SECTION_KEYS) if (reworded(before.sections[key], after.sections[key])) parts.push(key);
  return parts;
}

/** A marker problem in the drafter's words: where it is, and what to do. */
export function markerProblemZh(p: MarkerProblem): string {
  const place = p.where === 'title' ? '标题' : itemLabel(SECTION_ITEM[p.where]);
  return `${place}第${p.line}行“${p.near}”处${MARKER_PROBLEM_ZH[p.kind]}`;
}

const MARKER_PROBLEM_ZH: Record<MarkerProblemKind, string> = {
  unclosed: '【不予公开】缺少对应的【/不予公开】',
  unopened: '【/不予公开】前没有对应的【不予公开】',
  nested: '【不予公开】出现在尚未结束的不予公开段落内',
  unrecognised: '“不予公开”的写法无法识别为标记，请写作【不予公开】或【/不予公开】',
  lookalike: '成对的标签不是不予公开标记：如该段不予公开，请写作【不予公开】…【/不予公开】，否则请删去标签',
};

function markedParts(report: { title: string; sections: ReportSections }) {
  return [
    { where: 'title' as const, text: report.title, ...findSpans(report.title, 'title') },
    ...SECTION_KEYS.map((key) => ({
      where: key,
      text: report.sections[key],
      ...findSpans(report.sections[key], key),
    })),
  ];
}
