/**
 * How a unit is named as the rule-of-law office (依法治X办) it speaks for. Pure and import-free:
 * the console reads this very file (as it reads the workflow definitions), so the campaign texts the
 * server writes and the labels the console shows follow one rule.
 *
 * Read from unit names, since the tree has no "kind of place" of its own; a name that says nothing
 * falls back to the level's usual word.
 */

/** The levels of the unit tree (the same words as UnitLevel, repeated here so this file imports nothing). */
export type OfficeLevel = 'province' | 'prefecture' | 'county' | 'township';

/** 依法治X办's X for a place, from its name: 自治区 -> 区, 昌吉州 -> 州, 呼图壁县 -> 县, 某市 -> 市. */
export function placeWord(unitName: string, level: OfficeLevel): string {
  // A tag after the name (大丰镇p33, 测试县-2) is not the place's: only the Chinese name counts.
  const place = unitName
    .replace(/(司法厅|司法局|人民政府|政府|依法治.办|办公室).*$/, '')
    .replace(/[^\u3400-\u9fff]+$/u, '');
  const endings: Array<[RegExp, string]> = [
    [/自治区$/, '区'],
    [/省$/, '省'],
    [/(州|自治州)$/, '州'],
    [/盟$/, '盟'],
    [/地区$/, '地'],
    [/旗$/, '旗'],
    [/县$/, '县'],
    [/区$/, '区'],
    [/市$/, '市'],
    // A township's own word (石梯子镇 → 镇), not the county's it was given (a walk, stop 49).
    [/镇$/, '镇'],
    [/乡$/, '乡'],
  ];
  const found = endings.find(([pattern]) => pattern.test(place));
  if (found) return found[1];
  return { province: '省', prefecture: '市', county: '县', township: '乡' }[level];
}

/** The rule-of-law office a coordinator works for: 依法治区办, 依法治州办, 依法治县办 … */
export const officeName = (unit: { name: string; level: OfficeLevel }): string =>
  `依法治${placeWord(unit.name, unit.level)}办`;

/** Names that are a body of their own (a bureau, a committee, an office), not a place's government. */
const BODY_NAME = /(局|厅|委|委员会|办|办公室|会|院|室)$/;

/** What the rule needs of a unit whose kind and level are known (the server always knows them). */
export interface KnownUnit {
  name: string;
  level: OfficeLevel;
  /** The unit kind (UnitKind): only 'government' changes the name. */
  kind: string;
}

/**
 * Who a campaign comes from as users say it: a campaign issued at a government's level is the
 * rule-of-law office's (昌吉回族自治州依法治州办), not the government's; a department or an office
 * that issued its own stays itself. `unit` is the issuer with its kind and level when the caller
 * knows them; without it the name decides (a name ending in 局/委/办… is a body, not a government).
 */
export function issuerLabel(issuer: { name: string }, unit?: KnownUnit): string {
  const government = unit ? unit.kind === 'government' : !BODY_NAME.test(issuer.name);
  if (!government) return issuer.name;
  return `${issuer.name}${officeName({ name: issuer.name, level: unit?.level ?? 'county' })}`;
}

/**
 * A unit as a 公文 names it in its 主送 and 抄送 lines: a government by its full name (呼图壁县人民政府),
 * since the tree names a government by its place (呼图壁县); any other unit as named. External QA
 * (stop 53): the exported report's 主送 read "呼图壁县委、呼图壁县：", the government as a place.
 */
export function documentName(unit: { name: string; kind: string }): string {
  if (unit.kind !== 'government' || /政府/.test(unit.name)) return unit.name;
  return `${unit.name}人民政府`;
}
