/**
 * Word's automatic numbering written into the text. Most drafts number their headings and items with
 * Word's lists ("一、" "（一）" "1." as list levels), and mammoth renders a list item without its number:
 * a test with real reports (stop 43) lost every number, read the unnumbered item-3 heading as body text
 * of item 2 and called item 3 missing. So before mammoth reads the document, each numbered paragraph
 * gets the number Word shows as a first run of text, and loses its list mark (mammoth then reads it as
 * the plain paragraph or heading it looks like).
 *
 * Read with bounded patterns over the XML, not a DOM: the parts have passed zip-guard (no DTD), and
 * only a few elements matter. What is computed follows ECMA-376 §17.9 for what drafts use: a list
 * instance (w:num) counts its levels from w:start (or its w:startOverride), a level restarts the levels
 * below it, %1…%9 in w:lvlText are the levels' counters in their w:numFmt, a bullet is left alone.
 */

/** One level of a list definition (w:abstractNum/w:lvl). */
interface Level {
  start: number;
  format: string;
  text: string;
}

interface Numbering {
  /** w:abstractNumId → its levels by w:ilvl; and, for a definition that only links a style, the style. */
  abstracts: Map<string, { levels: Map<number, Level>; styleLink?: string }>;
  /** w:numId → its definition and the start overrides of its levels. */
  instances: Map<string, { abstractId: string; starts: Map<number, number> }>;
}

/** A paragraph style's own numbering (w:style/w:pPr/w:numPr) and the style it is based on. */
interface StyleNumbering {
  numId?: string;
  level?: number;
  basedOn?: string;
}

const ATTRIBUTE = (name: string) => new RegExp(`\\b${name}="([^"]*)"`);
const VAL = ATTRIBUTE('w:val');

function attribute(tag: string, pattern: RegExp): string | undefined {
  const m = pattern.exec(tag);
  return m ? decodeXml(m[1]) : undefined;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#x[0-9a-f]+|#\d+);/gi, (whole, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
    if (name[0] !== '#') return named[name.toLowerCase()] ?? whole;
    const code = name[1].toLowerCase() === 'x' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Where the next `<tag …>` opening tag starts and ends (after its `>`), from `from`; `selfClosing`
 * for `<tag …/>`. Found with indexOf, so a tag that never closes costs one scan, not one per
 * position (see elements).
 */
function openingTag(
  xml: string,
  tag: string,
  from: number,
): { start: number; end: number; selfClosing: boolean } | undefined {
  const opening = `<${tag}`;
  for (let at = from; ;) {
    const start = xml.indexOf(opening, at);
    if (start < 0) return undefined;
    const next = xml[start + opening.length];
    // <w:lvl and not <w:lvlText: the name ends here.
    if (next !== '>' && next !== '/' && next !== ' ' && next !== '\t' && next !== '\n' && next !== '\r') {
      at = start + opening.length;
      continue;
    }
    const close = xml.indexOf('>', start);
    if (close < 0) return undefined;
    return { start, end: close + 1, selfClosing: xml[close - 1] === '/' };
  }
}

/**
 * The `<tag …>…</tag>` elements of `xml` in order: the opening tag's attributes, the body, and where
 * the element starts and ends. Linear: each element's end is the first closing tag after it (elements
 * of one name do not nest in WordprocessingML), and when none is left no later one closes either.
 * Lazy `([\s\S]*?)</tag>` patterns scanned to the end of the part for every opening tag that never
 * closed (penetration test, stop 44: 300,000 unclosed <w:abstractNum> held an import for 15 s).
 */
function* elements(
  xml: string,
  tag: string,
): Generator<{ open: string; body: string; start: number; end: number }> {
  const closing = `</${tag}>`;
  for (let at = 0; ;) {
    const opened = openingTag(xml, tag, at);
    if (!opened) return;
    if (opened.selfClosing) {
      at = opened.end;
      continue;
    }
    const close = xml.indexOf(closing, opened.end);
    if (close < 0) return;
    yield {
      open: xml.slice(opened.start + tag.length + 1, opened.end - 1),
      body: xml.slice(opened.end, close),
      start: opened.start,
      end: close + closing.length,
    };
    at = close + closing.length;
  }
}

const firstElement = (xml: string, tag: string) => elements(xml, tag).next().value;

/** The first `<tag …>` element's attribute value inside `xml`, e.g. w:numFmt's w:val. */
function valueOf(xml: string, tag: string): string | undefined {
  const opened = openingTag(xml, tag, 0);
  return opened ? attribute(xml.slice(opened.start, opened.end), VAL) : undefined;
}

export function readNumbering(xml: string): Numbering {
  const abstracts: Numbering['abstracts'] = new Map();
  for (const { open, body } of elements(xml, 'w:abstractNum')) {
    const id = attribute(open, ATTRIBUTE('w:abstractNumId'));
    if (id === undefined) continue;
    const levels = new Map<number, Level>();
    for (const { open: lvlOpen, body: lvl } of elements(body, 'w:lvl')) {
      const index = Number(attribute(lvlOpen, ATTRIBUTE('w:ilvl')) ?? 0);
      levels.set(index, {
        start: Number(valueOf(lvl, 'w:start') ?? 1),
        format: valueOf(lvl, 'w:numFmt') ?? 'decimal',
        text: valueOf(lvl, 'w:lvlText') ?? '',
      });
    }
    abstracts.set(id, { levels, styleLink: valueOf(body, 'w:numStyleLink') });
  }
  const instances: Numbering['instances'] = new Map();
  for (const { open, body } of elements(xml, 'w:num')) {
    const id = attribute(open, ATTRIBUTE('w:numId'));
    const abstractId = valueOf(body, 'w:abstractNumId');
    if (id === undefined || abstractId === undefined) continue;
    const starts = new Map<number, number>();
    for (const { open: overrideOpen, body: override } of elements(body, 'w:lvlOverride')) {
      const start = valueOf(override, 'w:startOverride');
      if (start !== undefined)
        starts.set(Number(attribute(overrideOpen, ATTRIBUTE('w:ilvl')) ?? 0), Number(start));
    }
    instances.set(id, { abstractId, starts });
  }
  return { abstracts, instances };
}

export function readStyleNumbering(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  for (const { open, body } of elements(xml, 'w:style')) {
    const id = attribute(open, ATTRIBUTE('w:styleId'));
    if (id === undefined) continue;
    const numPr = firstElement(body, 'w:numPr')?.body;
    const level = numPr ? valueOf(numPr, 'w:ilvl') : undefined;
    styles.set(id, {
      numId: numPr ? valueOf(numPr, 'w:numId') : undefined,
      level: level === undefined ? undefined : Number(level),
      basedOn: valueOf(body, 'w:basedOn'),
    });
  }
  return styles;
}

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一, 105 → 一百〇五 (Word's chineseCounting). */
function chineseCounting(n: number, digits = CN, ten = '十', hundred = '百'): string {
  if (n < 10) return digits[n];
  if (n < 20) return `${ten}${n % 10 ? digits[n % 10] : ''}`;
  if (n < 100) return `${digits[Math.floor(n / 10)]}${ten}${n % 10 ? digits[n % 10] : ''}`;
  if (n < 1000) {
    const rest = n % 100;
    const tail =
      rest === 0
        ? ''
        : rest < 10
          ? `${digits[0]}${digits[rest]}`
          : chineseCounting(rest, digits, ten, hundred);
    return `${digits[Math.floor(n / 100)]}${hundred}${rest >= 10 && rest < 20 ? digits[1] : ''}${tail}`;
  }
  return String(n);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  let rest = n;
  for (const [value, numeral] of table)
    while (rest >= value) {
      out += numeral;
      rest -= value;
    }
  return out;
}

function letters(n: number): string {
  // Word repeats the letter: a … z, aa … zz.
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/** A counter in a level's w:numFmt, as Word prints it. Unknown formats print as decimal. */
/** The largest list number written in the list's own numerals. */
const MAX_COUNTER = 9999;

export function formatCounter(n: number, format: string): string {
  // A crafted start value (2,000,000,000) made 77 million letters, or a 500 from the Chinese
  // numerals (penetration test, stop 44). No report numbers a list past a few hundred: beyond
  // MAX_COUNTER the number is written in digits, and a value that is no number is left out.
  if (!Number.isSafeInteger(n) || n < 0) return '';
  if (n > MAX_COUNTER) return String(n);
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(n);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => CN[Number(d)]).join('');
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL, '拾', '佰');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? CIRCLED[n - 1] : String(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(0xff10 + Number(d))).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

/** Where a paragraph's numbering comes from: its own w:numPr, else its style's (through w:basedOn). */
function styleNumbering(
  styles: Map<string, StyleNumbering>,
  styleId: string | undefined,
): { numId?: string; level?: number } {
  const seen = new Set<string>();
  let id = styleId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const style = styles.get(id);
    if (!style) return {};
    if (style.numId !== undefined) return { numId: style.numId, level: style.level };
    id = style.basedOn;
  }
  return {};
}

/** The instance and definition a w:numId names, following a style link (w:numStyleLink) once. */
function definitionOf(
  numbering: Numbering,
  styles: Map<string, StyleNumbering>,
  numId: string,
): { levels: Map<number, Level>; starts: Map<number, number> } | undefined {
  const instance = numbering.instances.get(numId);
  if (!instance) return undefined;
  let abstract = numbering.abstracts.get(instance.abstractId);
  if (abstract?.styleLink !== undefined) {
    const linked = styles.get(abstract.styleLink)?.numId;
    const linkedInstance = linked === undefined ? undefined : numbering.instances.get(linked);
    abstract = linkedInstance ? numbering.abstracts.get(linkedInstance.abstractId) : undefined;
  }
  return abstract ? { levels: abstract.levels, starts: instance.starts } : undefined;
}

/**
 * Where the w:pPr opened at `at` ends (after its `</w:pPr>`). A tracked change of the properties
 * (w:pPrChange, their last child) holds the old w:pPr inside: its end is not the paragraph's. The
 * change is looked for inside these properties only: searched to the end of the document for every
 * paragraph, it made a long document quadratic (penetration test, stop 44).
 */
function propertiesEnd(xml: string, at: number): number {
  const firstClose = xml.indexOf('</w:pPr>', at);
  if (firstClose < 0) return -1;
  const inside = xml.slice(at, firstClose).indexOf('<w:pPrChange');
  const change = inside < 0 ? -1 : at + inside;
  if (change < 0) return firstClose + '</w:pPr>'.length;
  const changeEnd = xml.indexOf('</w:pPrChange>', change);
  const close = changeEnd < 0 ? -1 : xml.indexOf('</w:pPr>', changeEnd);
  return close < 0 ? -1 : close + '</w:pPr>'.length;
}

/** The properties with each tracked change (w:pPrChange) blanked, so that offsets stay. */
function withoutTrackedChanges(properties: string): string {
  let out = '';
  let copied = 0;
  for (const change of elements(properties, 'w:pPrChange')) {
    out += properties.slice(copied, change.start) + ' '.repeat(change.end - change.start);
    copied = change.end;
  }
  return copied === 0 ? properties : out + properties.slice(copied);
}

/**
 * document.xml with each numbered paragraph's number written as its first run, and its list mark
 * removed. Paragraphs are numbered in document order, those of text boxes and tables included.
 * Without numbering.xml the document is returned unchanged.
 */
export function writeNumbersIntoText(
  documentXml: string,
  numberingXml: string | undefined,
  stylesXml: string | undefined,
): string {
  if (!numberingXml) return documentXml;
  const numbering = readNumbering(numberingXml);
  const styles = stylesXml ? readStyleNumbering(stylesXml) : new Map<string, StyleNumbering>();
  const counters = new Map<string, number[]>();

  /** The number Word shows for one paragraph of list `numId` at `level`, its counters moved on. */
  const next = (numId: string, level: number): string | undefined => {
    const definition = definitionOf(numbering, styles, numId);
    const own = definition?.levels.get(level);
    if (!definition || !own || own.format === 'bullet') return undefined;
    const startOf = (l: number) => definition.starts.get(l) ?? definition.levels.get(l)?.start ?? 1;
    const counts = counters.get(numId) ?? [];
    counts[level] = counts[level] === undefined ? startOf(level) : counts[level] + 1;
    counts.length = level + 1; // the levels below restart
    counters.set(numId, counts);
    return own.text.replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const format = definition.levels.get(l)?.format ?? 'decimal';
      return formatCounter(counts[l] ?? startOf(l), format === 'bullet' ? 'decimal' : format);
    });
  };

  const out: string[] = [];
  let copied = 0;
  // A self-closing w:pPr holds no numbering; the old properties inside a tracked change are not read.
  for (let at = 0, m = openingTag(documentXml, 'w:pPr', 0); m; m = openingTag(documentXml, 'w:pPr', at)) {
    if (m.selfClosing) {
      at = m.end;
      continue;
    }
    const end = propertiesEnd(documentXml, m.start);
    if (end < 0) break;
    at = end;
    const properties = withoutTrackedChanges(documentXml.slice(m.start, end));
    const numPr = firstElement(properties, 'w:numPr');
    const fromStyle = styleNumbering(styles, valueOf(properties, 'w:pStyle'));
    const numId = (numPr ? valueOf(numPr.body, 'w:numId') : undefined) ?? fromStyle.numId;
    const ownLevel = numPr ? valueOf(numPr.body, 'w:ilvl') : undefined;
    const level = ownLevel !== undefined ? Number(ownLevel) : (fromStyle.level ?? 0);
    if (numId === undefined || numId === '0' || !(level >= 0 && level <= 8)) continue;
    const number = next(numId, level);
    if (number === undefined || number === '') continue;
    if (numPr) {
      // The list mark goes: mammoth would make the paragraph a list item again, without its number.
      out.push(documentXml.slice(copied, m.start + numPr.start));
      copied = m.start + numPr.end;
    }
    out.push(
      documentXml.slice(copied, end),
      `<w:r><w:t xml:space="preserve">${escapeXml(number)}</w:t></w:r>`,
    );
    copied = end;
  }
  out.push(documentXml.slice(copied));
  return out.join('');
}
