/**
 * The figures an office compares across its departments' reports (素材汇编's table): how many 行政复议 cases,
 * trainings, 规范性文件 reviewed, 行政处罚 … each unit quotes. Unlike figures.ts (every number of a report, for
 * checking it), this reads only the figures of a fixed list of subjects, each recognised by what it is about
 * (a topic word) and what it is counted in (a measure word), with the number between or before them, written
 * in digits or in Chinese numerals:
 *
 *   办理行政复议案件十二件      topic … number measure
 *   审结12件行政复议案件        number measure … topic
 *
 * The list, in the order a number is claimed (a number counts for one subject only, the first that reads it,
 * so 出庭应诉 goes before 应诉 and 法治培训 before 普法宣传):
 *
 * | key                  | column                 | topic words                              | measure words            |
 * | -------------------- | ---------------------- | ---------------------------------------- | ------------------------ |
 * | reconsideration      | 行政复议案件（件）       | 行政复议                                  | 件 起 宗 个               |
 * | courtAppearance      | 负责人出庭应诉（次）     | 出庭                                      | 人次 次 件 起             |
 * | litigation           | 行政应诉案件（件）       | 应诉 行政诉讼                              | 件 起 宗 个               |
 * | penalties            | 行政处罚案件（件）       | 行政处罚 处罚案件 违法案件                 | 件 起 宗                  |
 * | normativeDocuments   | 规范性文件（件）         | 规范性文件                                 | 件 份 个                  |
 * | majorDecisions       | 重大行政决策（项）       | 重大行政决策 重大决策                      | 项 件 个                  |
 * | contracts            | 合同合法性审查（份）     | 合同                                      | 份 件                     |
 * | trainings            | 法治培训（场次）         | 培训 学法 法治讲座 专题讲座                 | 场次 期 场 次 班 轮        |
 * | publicity            | 普法宣传活动（场次）     | 普法 宣传                                  | 场次 场 次 期             |
 *
 * The topic and the number stand in the same clause (nothing of ，。；！？ between them), at most 16
 * characters apart (6 when the number comes first). A number after 第 ("第三次") is an ordinal, not a count;
 * 个百分点 is a rate's change; 不予/免予处罚案件 are cases not punished; a table's cell bars part clauses.
 * Each figure keeps the phrase it came from: its clause (see phraseOf).
 */
import { CHINESE_NUMERAL_CHARS, parseWrittenNumber } from './chinese-numerals';

export type FigureSubject =
  | 'reconsideration'
  | 'courtAppearance'
  | 'litigation'
  | 'penalties'
  | 'normativeDocuments'
  | 'majorDecisions'
  | 'contracts'
  | 'trainings'
  | 'publicity';

export interface FigureSubjectRule {
  subject: FigureSubject;
  /** The column header in the compilation's table. */
  label: string;
  topics: readonly string[];
  measures: readonly string[];
}

/** The subjects, in the order a number is claimed (see the file comment). */
export const FIGURE_SUBJECTS: readonly FigureSubjectRule[] = [
  {
    subject: 'reconsideration',
    label: '行政复议案件（件）',
    topics: ['行政复议'],
    measures: ['件', '起', '宗', '个'],
  },
  {
    subject: 'courtAppearance',
    label: '负责人出庭应诉（次）',
    topics: ['出庭'],
    measures: ['人次', '次', '件', '起'],
  },
  {
    subject: 'litigation',
    label: '行政应诉案件（件）',
    topics: ['应诉', '行政诉讼'],
    measures: ['件', '起', '宗', '个'],
  },
  {
    subject: 'penalties',
    label: '行政处罚案件（件）',
    topics: ['行政处罚', '处罚案件', '违法案件'],
    measures: ['件', '起', '宗'],
  },
  {
    subject: 'normativeDocuments',
    label: '规范性文件（件）',
    topics: ['规范性文件'],
    measures: ['件', '份', '个'],
  },
  {
    subject: 'majorDecisions',
    label: '重大行政决策（项）',
    topics: ['重大行政决策', '重大决策'],
    measures: ['项', '件', '个'],
  },
  { subject: 'contracts', label: '合同合法性审查（份）', topics: ['合同'], measures: ['份', '件'] },
  {
    subject: 'trainings',
    label: '法治培训（场次）',
    topics: ['培训', '学法', '法治讲座', '专题讲座'],
    measures: ['场次', '期', '场', '次', '班', '轮'],
  },
  {
    subject: 'publicity',
    label: '普法宣传活动（场次）',
    topics: ['普法', '宣传'],
    measures: ['场次', '场', '次', '期'],
  },
];

export interface QuotedFigure {
  subject: FigureSubject;
  /** The number read (十二 → 12; 1.5万 → 15000). */
  value: number;
  /** 余/多 after the number: the text gives an approximate figure ("20余场"). */
  approximate: boolean;
  /** The number and measure word as written: "十二件", "20余场". */
  written: string;
  /** The clause it came from, up to the measure word: "全年办结行政复议案件十二件". */
  phrase: string;
  /** Offset of the number in the text. */
  offset: number;
}

/**
 * Where a clause ends: the topic and its number never stand on both sides of one of these. A table's
 * cell bars too: 负责人出庭应诉率｜96.0%｜100%｜+4.0个百分点 is four cells, not one clause.
 */
const CLAUSE_END = '，,。；;！!？?\\n：:｜|';
/** A count: digits (thousands parted as printed, 1,482), or Chinese numerals. */
const NUMBER = String.raw`(?<![\d.,第${CHINESE_NUMERAL_CHARS}])(\d{1,3}(?:,\d{3})+(?:\.\d{1,4})?万?|\d{1,9}(?:\.\d{1,4})?万?|[${CHINESE_NUMERAL_CHARS}]{1,10})`;
/** What a measure word may not run into: 个百分点 is a change of a rate, not a count of cases. */
const NOT_A_COUNT = '(?!百分点)';
/**
 * Before a topic, words that make the count another one: 不予处罚案件, 免予处罚案件 are cases not
 * punished (external QA, stop 53, read them as 行政处罚案件).
 */
const NEGATED_TOPIC = '(?<!不予|免予|免于|减轻|从轻)';

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

interface CompiledRule {
  rule: FigureSubjectRule;
  /** topic … number measure: groups number, approx, measure. */
  after: RegExp;
  /** number measure … topic. */
  before: RegExp;
}

// Bounded gaps ({0,16}, {0,6}) keep every match linear in the clause.
const COMPILED: CompiledRule[] = FIGURE_SUBJECTS.map((rule) => ({
  rule,
  after: new RegExp(
    `${NEGATED_TOPIC}(?:${alternatives(rule.topics)})[^${CLAUSE_END}]{0,16}?${NUMBER}(余|多)?(${alternatives(rule.measures)})${NOT_A_COUNT}`,
    'g',
  ),
  before: new RegExp(
    `${NUMBER}(余|多)?(${alternatives(rule.measures)})${NOT_A_COUNT}[^${CLAUSE_END}]{0,6}?${NEGATED_TOPIC}(?:${alternatives(rule.topics)})`,
    'g',
  ),
}));

const CLAUSE_START = new RegExp(`[${CLAUSE_END}]`);

/**
 * The clause around a figure: from the clause's start to the measure word when the subject comes first
 * ("全年办理行政复议案件十二件"), on to the clause's end when it follows ("审结12件行政复议案件"). At most 30
 * characters either way: enough for "全年共办理…", short enough for a table cell.
 */
function phraseOf(text: string, start: number, end: number, toClauseEnd: boolean): string {
  let from = start;
  for (let i = from - 1; i >= 0 && start - i <= 30 && !CLAUSE_START.test(text[i]); i--) from = i;
  let to = end;
  if (toClauseEnd)
    for (let i = to; i < text.length && i - end < 30 && !CLAUSE_START.test(text[i]); i++) to = i + 1;
  return text.slice(from, to).trim();
}

/** The figures of the listed subjects in one text, in order of appearance. */
export function findQuotedFigures(text: string): QuotedFigure[] {
  const claimed = new Set<number>();
  const figures: QuotedFigure[] = [];
  for (const { rule, after, before } of COMPILED) {
    for (const re of [after, before]) {
      for (const m of text.matchAll(re)) {
        const [whole, number, approx, measure] = m;
        const tail = number.length + (approx ?? '').length + measure.length;
        // The after-form ends with the number and its measure word; the before-form starts with them.
        const numberAt = re === after ? m.index + whole.length - tail : m.index;
        const value = parseWrittenNumber(number);
        if (value === undefined || claimed.has(numberAt)) continue;
        claimed.add(numberAt);
        const writtenEnd = numberAt + tail;
        figures.push({
          subject: rule.subject,
          value,
          approximate: approx !== undefined,
          written: text.slice(numberAt, writtenEnd),
          phrase: phraseOf(text, m.index, m.index + whole.length, re === before),
          offset: numberAt,
        });
      }
    }
  }
  return figures.sort((a, b) => a.offset - b.offset);
}
