import type { Me, Unit, UnitLevel } from './api/openapi.gen';
import { officeName } from '../../../libs/directory/src/office-words';

// The office rule is shared with the server's texts (campaign notices, the 素材汇编's title).
export { issuerLabel, officeName, placeWord } from '../../../libs/directory/src/office-words';

/**
 * Words that depend on where the user sits: an autonomous region says 自治区级 and 依法治区办, a
 * prefecture 依法治州办, a county 依法治县办. Read from unit names, since the tree has no "kind of
 * place" of its own; a name that says nothing falls back to the level's usual word.
 */

/** 依法治区办（司法厅）经办人, 依法治州办（司法局）经办人: the office and the bureau that houses it. */
export function coordinatorLabel(unit: Pick<Me['unit'], 'name' | 'level'> & { kind?: string }): string {
  // A department that issues its own campaigns (州交通运输局 to the counties' bureaus) is neither a
  // 依法治办 nor a 司法局: it was called 依法治市办（司法局）经办人 (a civil servant's walk, stop 40).
  if (unit.kind !== undefined && !OFFICE_KINDS.has(unit.kind)) return `报送任务经办人（${unit.name}）`;
  const bureau = unit.level === 'province' ? '司法厅' : '司法局';
  return `${officeName(unit)}（${bureau}）经办人`;
}

/** Units whose coordinator works for the level's rule-of-law office (it, its 党委, government or 司法局). */
const OFFICE_KINDS: ReadonlySet<string> = new Set([
  'government',
  'party_committee',
  'justice_bureau',
  'rule_of_law_office',
]);

/**
 * Who did a step in the 流程记录, in the words the header uses (walk P4): a coordinator is named after
 * their own office (依法治州办（司法局）经办人 for a 州), from their unit when the reader can see it, else,
 * for the step that created the report, from the campaign's issuer; other roles by `roleLabel`.
 */
export function historyActorLabel(
  event: {
    action: string;
    actorRole: string;
    actorUnitId: string;
    /** The unit the API names for the actor (a higher office the reader's unit list lacks). */
    actorUnit?: Pick<Unit, 'name' | 'level'> | null;
  },
  known: {
    units: ReadonlyMap<string, Pick<Unit, 'name' | 'level'>>;
    campaignIssuer?: { name: string } | null;
    roleLabel: (role: string) => string;
  },
): string {
  if (event.actorRole !== 'coordinator') return known.roleLabel(event.actorRole);
  const unit = known.units.get(event.actorUnitId) ?? event.actorUnit;
  if (unit) return coordinatorLabel(unit);
  if (event.action === 'create' && known.campaignIssuer) {
    const name = known.campaignIssuer.name;
    return coordinatorLabel({ name, level: /(省|自治区)$/.test(name) ? 'province' : 'prefecture' });
  }
  return known.roleLabel(event.actorRole);
}

/** Level names as the place uses them: an autonomous region's prefectures are 地（州、市）. */
export function levelLabels(autonomousRegion: boolean): Record<UnitLevel, string> {
  return autonomousRegion
    ? { province: '自治区级', prefecture: '地（州、市）级', county: '县（市、区）级', township: '乡镇级' }
    : { province: '省级', prefecture: '市（州）级', county: '县（市、区）级', township: '乡镇级' };
}

/** True when the units the user sees belong to an autonomous region (新疆维吾尔自治区 …). */
export const inAutonomousRegion = (names: string[]): boolean => names.some((n) => /自治区/.test(n));

const NEXT_LEVEL: Record<UnitLevel, UnitLevel | null> = {
  province: 'prefecture',
  prefecture: 'county',
  county: 'township',
  township: null,
};

/** 各地（州、市）, 各县（市、区）, 各乡镇: the areas one level below the issuing unit. */
export function areasBelow(level: UnitLevel, autonomousRegion: boolean): string {
  const next = NEXT_LEVEL[level];
  if (next === 'prefecture') return autonomousRegion ? '各地（州、市）' : '各市（州）';
  if (next === 'county') return '各县（市、区）';
  return '各乡镇';
}

/**
 * areaOf's answer for a unit under no government below the issuer: a unit of its own level, its
 * departments and the government or 党委 of that level too (a walk, stop 49: 本级部门 counted the
 * 县政府).
 */
export const OWN_LEVEL_AREA = '本级单位';

/** The government one level below `issuerLevel` that a unit belongs to (itself or an ancestor); else 本级单位. */
export function areaOf(unitId: string, units: Map<string, Unit>, issuerLevel: UnitLevel): string {
  const target = NEXT_LEVEL[issuerLevel];
  let unit = units.get(unitId);
  while (unit) {
    if (unit.level === target && unit.kind === 'government') return unit.name;
    unit = unit.parentId ? units.get(unit.parentId) : undefined;
  }
  return OWN_LEVEL_AREA;
}
