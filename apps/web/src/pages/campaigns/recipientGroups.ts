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
  return `${groupTargetsText(group.targets)}：主送 ${main.join('、')}${copyText}`;
}
