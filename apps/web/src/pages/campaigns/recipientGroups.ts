/**
 * A campaign whose targets are on differing lines of the rules table sends each group of targets'
 * reports to its own 主送/抄送 (POST /campaigns/default-recipients `groups`, a campaign's
 * `recipients.perTarget`). These put one group in the words of the notice:
 * "呼图壁县：主送 县委、县人大常委会" / "呼图壁县交通运输局等2个单位：主送 县委、县政府；抄送 依法治县办".
 */
export interface RecipientGroup {
  targets: Array<{ name: string }>;
  main: Array<{ name: string }>;
  copy: Array<{ name: string }>;
  external: { main: Array<{ name: string }>; copy: Array<{ name: string }> };
  /** Recipients the line names that the directory lacks (no 人大常委会 unit yet …). */
  unresolved?: Array<{ label: string }>;
}

/** What the rules name and the directory lacks, as a sentence; null when nothing is missing. */
export function unresolvedText(unresolved: ReadonlyArray<{ label: string }> | undefined): string | null {
  if (!unresolved || unresolved.length === 0) return null;
  return `报送路径中的${unresolved.map((u) => u.label).join('、')}尚未在系统中建立，报告不会送达该单位；请管理员添加该单位，或在下方另行指定主送、抄送。`;
}

/** The targets of a group: one by name, several by the first and the count. */
export function groupTargetsText(targets: Array<{ name: string }>): string {
  if (targets.length === 1) return targets[0].name;
  return `${targets[0]?.name ?? ''}等${targets.length}个单位`;
}

/**
 * One group as a line. `copyOverride`: the 抄送 the issuer named for every target (it replaces each
 * group's own, as the API does); undefined when none was named.
 */
export function recipientGroupText(group: RecipientGroup, copyOverride?: string[]): string {
  const main = [...group.main, ...group.external.main].map((r) => r.name);
  const copy = copyOverride ?? [...group.copy, ...group.external.copy].map((r) => r.name);
  const copyText = copy.length > 0 ? `；抄送 ${copy.join('、')}` : '';
  const missing = group.unresolved?.length
    ? `（系统中尚无：${group.unresolved.map((u) => u.label).join('、')}）`
    : '';
  return `${groupTargetsText(group.targets)}：主送 ${main.join('、')}${copyText}${missing}`;
}
