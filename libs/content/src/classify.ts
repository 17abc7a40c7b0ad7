/**
 * Map a heading to one of the five statutory items by keyword rules. Rules rather than a model: every
 * decision comes with the rule that made it (reason), so a drafter can see why and correct it.
 */
import { StatutoryItem } from './types';

export interface Classification {
  item: StatutoryItem;
  /** 0..1, from the strength of the rule that matched. */
  confidence: number;
  reason: string;
}

interface Rule {
  item: StatutoryItem;
  re: RegExp;
  confidence: number;
  reason: string;
}

/**
 * Words that put a heading in the coming year (item 4). From the regulation's wording of item 4
 * (下一年度推进法治政府建设的主要安排), the fixture reports (下一步计划; "2022年主要工作思路" in a 2021
 * report, handled by the year rule below) and the abbreviations drafters write: 下步, 下阶段, 下年(度),
 * 今后, 明年, 来年, 新的一年, 次年.
 */
const NEXT_YEAR = /下一?步|下一?阶段|下一?年度?|明年|来年|今后|新的?一年|次年/;
/**
 * Rectification still to be done: "整改措施", "整改方向"… (not "整改情况" or "整改措施落实情况", which
 * report what was done this year). Measures that answer the problems are what the unit will do next, so
 * they belong with the plan (item 4), even in "存在问题及整改措施" without a next-step word.
 */
const RECTIFICATION_PLAN =
  /整改(?:措施|举措|方向|思路|计划|打算|安排|意见)(?![^，,。]{0,8}(?:情况|成效|完成|结果))/;

// Ordered by strength within each item; the first match per item counts.
const RULES: Rule[] = [
  { item: 3, re: /第一责任人/, confidence: 0.95, reason: '标题含“第一责任人”' },
  {
    item: 3,
    re: /(主要负责人|主要领导|一把手).{0,12}(履行|职责|履职)/,
    confidence: 0.9,
    reason: '标题含“主要负责人……履行职责”',
  },
  {
    item: 2,
    re: /(存在的?|主要)(问题|不足|困难|短板|差距)|不足(之处)?(和|与|及)|问题(和|与|及)(原因|不足|建议|困难)/,
    confidence: 0.95,
    reason: '标题含“存在的问题/不足”',
  },
  { item: 2, re: /问题|不足|短板|差距|薄弱/, confidence: 0.75, reason: '标题含“问题/不足”' },
  { item: 4, re: NEXT_YEAR, confidence: 0.95, reason: '标题含“下一步/下一年度/今后/明年”等' },
  {
    item: 4,
    re: RECTIFICATION_PLAN,
    confidence: 0.85,
    reason: '标题含“整改措施”（针对问题的整改归入下一年度安排）',
  },
  { item: 4, re: /计划|打算|安排|思路|展望|设想/, confidence: 0.8, reason: '标题含“计划/思路/安排”' },
  { item: 5, re: /其他|其它/, confidence: 0.9, reason: '标题含“其他”' },
  {
    item: 1,
    re: /举措|成效|做法|成绩|进展|亮点|工作开展|开展情况|工作成果/,
    confidence: 0.9,
    reason: '标题含“举措/成效”',
  },
  { item: 1, re: /(建设|工作)(有关|相关)?(情况|总结)/, confidence: 0.7, reason: '标题为本年度“建设情况”' },
];

/** Four-digit years named in a heading ("2024年", "2023年度"). */
function yearsIn(text: string): number[] {
  return [...text.matchAll(/(20\d{2})\s*年/g)].map((m) => Number(m[1]));
}

/**
 * Classify a top-level heading title (number already stripped). The report year, when known, sharpens
 * the plan rule: "2022年主要工作思路及措施" in a 2021 report is next year's plan.
 * Returns undefined when no rule matches; the caller then decides by position.
 */
export function classifyHeading(title: string, reportYear?: number): Classification | undefined {
  const text = title.normalize('NFKC').replace(/\s+/g, '');
  const planYear = reportYear === undefined ? undefined : reportYear + 1;
  const nextYear = planYear !== undefined && yearsIn(text).includes(planYear);
  const hits: Array<Classification & { at: number }> = [];
  for (const item of [1, 2, 3, 4, 5] as StatutoryItem[]) {
    const rule = RULES.find((r) => r.item === item && r.re.test(text));
    if (!rule) continue;
    let { confidence, reason } = rule;
    if (item === 4 && nextYear) {
      confidence = Math.max(confidence, 0.95);
      reason += `，且年份为下一年度（${planYear}年）`;
    }
    hits.push({ item, confidence, reason, at: text.search(rule.re) });
  }
  if (nextYear && !hits.some((h) => h.item === 4) && /工作|重点|任务|目标/.test(text)) {
    hits.push({ item: 4, confidence: 0.8, reason: `标题年份为下一年度（${planYear}年）`, at: 0 });
  }
  if (hits.length === 0) return undefined;
  // Problems written together with what comes next ("存在问题及整改措施和下一步工作打算", "存在问题及整改
  // 措施"): the section is where the plan is, so item 4; only a heading about problems alone stays item 2.
  const plan = hits.find((h) => h.item === 4);
  const problems = hits.find((h) => h.item === 2);
  if (plan && problems && (NEXT_YEAR.test(text) || RECTIFICATION_PLAN.test(text))) {
    plan.confidence = Math.min(plan.confidence, 0.85);
    plan.reason += '；标题同时写到存在的问题，问题与整改、下一步合写时归入第四项';
    problems.confidence = Math.min(problems.confidence, 0.8);
    plan.at = -1;
  }
  // Strongest rule wins; on a tie the keyword written first wins.
  hits.sort((a, b) => b.confidence - a.confidence || a.at - b.at);
  const [best, ...others] = hits;
  const also = others.filter((o) => o.confidence >= 0.8).map((o) => `第${o.item}项`);
  return {
    item: best.item,
    confidence: best.confidence,
    reason: best.reason + (also.length ? `（也含${also.join('、')}的关键词，请核对）` : ''),
  };
}

/**
 * Score a sub-heading inside item 1 as the principal leaders' duty (item 3), which drafters often report
 * as one sub-section of the measures. Looks at the title first, then at the opening of its own text.
 */
export function leadersDutyScore(title: string, ownText: string): Classification | undefined {
  const t = title.normalize('NFKC');
  if (/第一责任人|党政主要负责人|(主要负责人|主要领导|一把手).{0,12}(履行|职责|履职)/.test(t)) {
    return { item: 3, confidence: 0.8, reason: '第一项中的子标题提到主要负责人履行法治建设职责' };
  }
  const opening = ownText.normalize('NFKC').slice(0, 200);
  if (
    /第一责任人/.test(opening) ||
    /(党组书记|党委书记|主要负责人|主要领导|一把手)[^。]{0,30}亲自(部署|过问|协调|督办|主持|抓)/.test(opening)
  ) {
    return {
      item: 3,
      confidence: 0.5,
      reason: '第一项中的子段落写到主要负责人亲自抓法治建设（未见明确的第三项标题，请核对）',
    };
  }
  return undefined;
}
