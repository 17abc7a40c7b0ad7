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
 * A text indexed once to be compared with many others: building the index costs several times more per
 * character than matching against it, so a passage compared with 30 planned items is indexed once, not 30
 * times (penetration test: rebuilt per pair, a report within the save limits cost 2 s per check).
 */
export class PhraseTarget {
  private readonly index: SubstringIndex;

  constructor(text: string) {
    this.index = new SubstringIndex(runs(text).join('|'));
  }

  /** commonPhrases(a, this text). */
  sharedWith(a: string): string[] {
    return maximalCommonPhrases(a, this.index);
  }
}

/**
 * Maximal substrings (length >= 2) of `a` that also occur in `b`, in order of appearance in `a`,
 * without those contained in a longer one.
 *
 * Linear in |a| + |b| (plus the containment filter over the phrases found): growing each phrase while
 * `b.includes(it)` was cubic, and a 3,000-character passage held the API's event loop for seconds.
 */
export function commonPhrases(a: string, b: string): string[] {
  return new PhraseTarget(b).sharedWith(a);
}

function maximalCommonPhrases(a: string, target: SubstringIndex): string[] {
  const found: string[] = [];
  for (const run of runs(a)) {
    const longest = longestMatchFrom(run, target);
    let coveredTo = 0;
    for (let i = 0; i < run.length - 1; i++) {
      const len = longest[i];
      if (len >= 2 && i + len > coveredTo) {
        found.push(run.slice(i, i + len));
        coveredTo = i + len;
      }
    }
  }
  // A phrase inside a longer one occurs twice in the list of them all: as itself and inside the other.
  const unique = [...new Set(found)];
  const all = new SubstringIndex(unique.join('|'));
  return unique.filter((p) => all.occurrences(p) === 1);
}

/**
 * For each start i, the length of the longest run.slice(i, i + len) that occurs in the target. One pass
 * finds, for each end j, the earliest start s[j] whose run.slice(s[j], j + 1) occurs (s never decreases
 * as j grows); the longest match from i then ends at the last j with s[j] <= i.
 */
function longestMatchFrom(run: string, target: SubstringIndex): number[] {
  const startOf: number[] = [];
  let state = 0;
  let len = 0;
  for (let j = 0; j < run.length; j++) {
    const c = run.charCodeAt(j);
    while (state !== 0 && target.next(state, c) === undefined) {
      state = target.link[state];
      len = target.len[state];
    }
    const to = target.next(state, c);
    if (to === undefined) len = 0;
    else {
      state = to;
      len++;
    }
    startOf.push(j + 1 - len);
  }
  const longest: number[] = [];
  let end = -1;
  for (let i = 0; i < run.length; i++) {
    while (end + 1 < run.length && startOf[end + 1] <= i) end++;
    longest.push(Math.max(0, end + 1 - i));
  }
  return longest;
}

/** A suffix automaton of one text: which strings occur in it, answered in time linear in their length. */
class SubstringIndex {
  readonly len: number[] = [0];
  readonly link: number[] = [-1];
  private readonly isClone: boolean[] = [false];
  /** Transitions per state, by UTF-16 code unit (the unit String#includes compares). */
  private readonly edges: Array<Map<number, number>> = [new Map()];

  constructor(text: string) {
    let last = 0;
    for (let k = 0; k < text.length; k++) last = this.extend(last, text.charCodeAt(k));
  }

  /** How many times a string occurs in the text. */
  occurrences(text: string): number {
    let state: number | undefined = 0;
    for (let k = 0; k < text.length && state !== undefined; k++) state = this.next(state, text.charCodeAt(k));
    return state === undefined ? 0 : this.endCounts()[state];
  }

  private counts?: number[];

  /** Per state, the number of ends of its strings in the text: 1 per position, summed up the suffix links. */
  private endCounts(): number[] {
    if (this.counts) return this.counts;
    const counts = this.len.map((_, state) => (this.isClone[state] ? 0 : 1));
    counts[0] = 0;
    // States longest first, by counting sort: a comparison sort was the largest cost of a comparison.
    const longest = this.len.reduce((m, l) => Math.max(m, l), 0);
    const startOf = new Int32Array(longest + 2);
    for (const l of this.len) startOf[l + 1]++;
    for (let l = 1; l <= longest + 1; l++) startOf[l] += startOf[l - 1];
    const byLength = new Int32Array(this.len.length);
    this.len.forEach((l, state) => (byLength[startOf[l]++] = state));
    for (let k = byLength.length - 1; k >= 0; k--) {
      const state = byLength[k];
      if (this.link[state] > 0) counts[this.link[state]] += counts[state];
    }
    this.counts = counts;
    return counts;
  }

  next(state: number, c: number): number | undefined {
    return this.edges[state].get(c);
  }

  private extend(last: number, c: number): number {
    const cur = this.len.push(this.len[last] + 1) - 1;
    this.link.push(0);
    this.isClone.push(false);
    this.edges.push(new Map());
    let p = last;
    while (p !== -1 && this.next(p, c) === undefined) {
      this.edges[p].set(c, cur);
      p = this.link[p];
    }
    if (p === -1) return cur;
    const q = this.next(p, c)!;
    if (this.len[p] + 1 === this.len[q]) {
      this.link[cur] = q;
      return cur;
    }
    const clone = this.len.push(this.len[p] + 1) - 1;
    this.link.push(this.link[q]);
    this.isClone.push(true);
    this.edges.push(new Map(this.edges[q]));
    while (p !== -1 && this.next(p, c) === q) {
      this.edges[p].set(c, clone);
      p = this.link[p];
    }
    this.link[q] = clone;
    this.link[cur] = clone;
    return cur;
  }
}

/** The parts of a phrase that are not boilerplate: "深入推进我州专项整治" -> ["专项整治"]. */
export function distinctiveParts(phrase: string): string[] {
  return phrase
    .replace(GENERIC_RE, ' ')
    .split(' ')
    .filter((p) => p.length >= 2);
}
