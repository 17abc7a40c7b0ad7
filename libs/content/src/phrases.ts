/**
 * Shared key phrases between two Chinese texts, for the follow-through check. Deliberately simple and
 * explainable: the longest common substrings of at least two characters, minus the boilerplate every
 * rule-of-law report repeats (交通运输, 进一步加强, 法治建设…). What remains is shown as evidence.
 */

/**
 * Words too common in these reports to count as evidence. Longer words first: the alternation is tried in
 * order, so 综合行政执法 is removed whole before 行政 or 执法 would be.
 */
// prettier-ignore
const GENERIC = [
  '综合行政执法', '交通运输', '法治政府', '法治建设', '行政执法', '依法行政', '习近平', '进一步', '自治区', '自治州',
  '自治县', '有关', '相关', '交通', '运输', '法治', '依法', '执法', '行政', '工作', '建设', '加强', '推进', '推动',
  '全面', '深入', '持续', '不断', '努力', '提升', '提高', '开展', '落实', '贯彻', '学习', '我局', '我州', '我县',
  '我区', '我市', '全州', '全县', '全区', '全市', '加快', '强化', '完善', '健全', '建立', '水平', '能力', '机制',
  '制度', '管理', '服务', '监管', '行业', '有效', '积极', '要求', '实施', '方面', '情况', '问题', '年度', '主要',
  '重点', '各项', '形成', '实现', '坚持', '严格', '规范', '领域', '部门', '单位', '人员', '各类', '活动', '组织',
  '领导', '根据', '按照', '通过', '结合', '围绕', '方案', '通知', '以及', '和', '的', '了', '等', '及', '与', '并',
  '年', '月',
];
const GENERIC_RE = new RegExp(GENERIC.join('|'), 'g');

/** Runs of word characters (CJK, letters, digits); punctuation and spaces separate phrases. */
function runs(text: string): string[] {
  return text.normalize('NFKC').match(/[\p{Script=Han}\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Maximal substrings (length >= 2) of `a` that also occur in `b`, in order of appearance in `a`,
 * without those contained in a longer one.
 */
export function commonPhrases(a: string, b: string): string[] {
  const target = runs(b).join('|');
  const found: string[] = [];
  for (const run of runs(a)) {
    let coveredTo = 0;
    for (let i = 0; i < run.length - 1; i++) {
      let len = 1;
      while (i + len < run.length && target.includes(run.slice(i, i + len + 1))) len++;
      if (len >= 2 && i + len > coveredTo) {
        found.push(run.slice(i, i + len));
        coveredTo = i + len;
      }
    }
  }
  const unique = [...new Set(found)];
  return unique.filter((p) => !unique.some((q) => q !== p && q.includes(p)));
}

/** The parts of a phrase that are not boilerplate: "深入推进我州专项整治" -> ["专项整治"]. */
export function distinctiveParts(phrase: string): string[] {
  return phrase
    .replace(GENERIC_RE, ' ')
    .split(' ')
    .filter((p) => p.length >= 2);
}
