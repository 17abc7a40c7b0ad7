import ExcelJS from 'exceljs';
import { chinaDateTimeText } from '@app/calendar';
import { itemLabel } from '@app/content';
import { neutraliseFormula, xmlSafeRow } from '../board-export';
import type { ScoredFacts } from './board-scores';
import type { DisclosureFact, SubmissionFact } from './campaign-facts';
import type { ScoringRule } from './scoring-rule';

/** The scoresheet (评分表): one line per target unit, its facts, score and reasons. */
export const SCORESHEET_HEADERS = [
  '单位',
  '报送情况',
  '按通知日期逾期工作日',
  '按延期后日期逾期工作日',
  '公开情况',
  '缺少事项',
  '本任务退回次数',
  '得分',
  '扣分原因',
] as const;

const monthDay = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

const SUBMISSION_LABEL: Record<SubmissionFact['kind'], string> = {
  on_time: '按时报送',
  late: '逾期报送',
  not_submitted: '逾期未报送',
  pending: '未到期未报送',
};

function disclosureText(fact: DisclosureFact): string {
  switch (fact.kind) {
    case 'published_on_time':
      return `已公开（${monthDay(fact.publishedOn)}）`;
    case 'published_late':
      return `逾期公开（${monthDay(fact.publishedOn)}）`;
    case 'not_published':
      return '逾期未公开';
    case 'pending':
      return '未公开';
  }
}

/** Strings only, so a reader of the sheet sees exactly what the board shows; the score is a number (empty: 暂不评分). */
export function scoresheetLines(scored: readonly ScoredFacts[]): Array<Array<string | number>> {
  // Lowest score first; units not yet due (暂不评分) after every scored one: nothing is known of them.
  return [...scored]
    .sort(
      (a, b) =>
        Number(a.scorePending) - Number(b.scorePending) ||
        a.score - b.score ||
        a.facts.unit.name.localeCompare(b.facts.unit.name, 'zh'),
    )
    .map(({ facts, score, scoreReasons, scorePending }) => {
      const s = facts.submission;
      return [
        neutraliseFormula(facts.unit.name),
        SUBMISSION_LABEL[s.kind] + (s.kind === 'late' && s.extended ? '（已延期）' : ''),
        s.kind === 'late' ? String(s.workingDaysLateAgainstNotice) : '',
        s.kind === 'late' && s.workingDaysLateAgainstExtended !== null
          ? String(s.workingDaysLateAgainstExtended)
          : '',
        disclosureText(facts.disclosure),
        facts.missingItems.map(itemLabel).join('、'),
        String(facts.returnCount),
        // An empty cell, not a word, so the column stays numbers for Excel's sort and averages.
        scorePending ? '' : score,
        [...(scorePending ? ['暂不评分（截止日期未到，目前没有已报送的报告）'] : []), ...scoreReasons].join(
          '；',
        ),
      ];
    });
}

/** The rule the sheet was scored by, so a reader can check every deduction. */
export function ruleLines(rule: ScoringRule, isDefault: boolean): Array<[string, string | number]> {
  return [
    ['评分规则', isDefault ? '默认规则' : '本任务规则'],
    ['基础分', rule.basePoints],
    ['逾期报送（每个工作日，按通知日期）', -rule.perWorkingDayLate],
    ['逾期未报送（逾期报送扣分以此为限）', -rule.notSubmitted],
    ['未按期公开', -rule.notPublishedByDisclosureDate],
    ['缺少法定事项（每项）', -rule.perMissingItem],
    ['多次退回（第二次起每次）', -rule.perReturnBeyondFirst],
  ];
}

/** Two sheets: 评分表 (lowest score first) and 评分规则. */
export async function scoresheetXlsx(input: {
  title: string;
  scored: readonly ScoredFacts[];
  rule: ScoringRule;
  isDefaultRule: boolean;
  generatedAt: Date;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'ReportFlow';
  workbook.created = input.generatedAt;
  const sheet = workbook.addWorksheet('评分表', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...SCORESHEET_HEADERS]);
  for (const line of scoresheetLines(input.scored)) sheet.addRow(xmlSafeRow(line));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = i === 0 ? 28 : i === SCORESHEET_HEADERS.length - 1 ? 60 : 14;
  });
  const rules = workbook.addWorksheet('评分规则');
  for (const line of [
    ['报送任务', input.title] as [string, string],
    ...ruleLines(input.rule, input.isDefaultRule),
    ['导出时间', chinaDateTimeText(input.generatedAt)] as [string, string],
  ])
    rules.addRow(xmlSafeRow(line));
  rules.getColumn(1).width = 36;
  rules.getColumn(2).width = 40;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
