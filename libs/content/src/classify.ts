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
  { item: 4, re: /下一步|下一年|下年度|明年|来年|今后/, confidence: 0.95, reason: '标题含“下一步/下一年度”' },
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
  // Strongest rule wins; on a tie ("存在的问题和下一步打算") the keyword written first wins.
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
