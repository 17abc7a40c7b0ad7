/*
 * Import-free, so that the console's 单位管理 names a unit's default body by the same rule. The kinds
 * and levels are unit.repository's UnitKind and UnitLevel (the spec fails to compile if they part).
 */
export type DeliberatingUnitKind =
  | 'government'
  | 'department'
  | 'justice_bureau'
  | 'other'
  | 'party_committee'
  | 'congress_standing_committee'
  | 'rule_of_law_office';
export type DeliberatingUnitLevel = 'province' | 'prefecture' | 'county' | 'township';
type UnitKind = DeliberatingUnitKind;

/**
 * The bodies that deliberate a unit's annual report before sign-off (集体审议), as the provincial
 * work guides name them. A unit may choose its own; otherwise its kind decides.
 */
export const DELIBERATION_BODIES = [
  '党组会议',
  '局党委会议',
  '局长办公会议',
  '政府常务会议',
  '党委常委会会议',
  '主任会议',
  // A township has no standing committee nor executive meeting: its 党委 decides at the 党委会议,
  // with the government at the 党政联席会议, or the government alone at the 乡镇长办公会议.
  '党委会议',
  '党政联席会议',
  '乡镇长办公会议',
] as const;
export type DeliberationBody = (typeof DELIBERATION_BODIES)[number];

const DEFAULT_BY_KIND: Record<UnitKind, DeliberationBody> = {
  department: '党组会议',
  justice_bureau: '党组会议',
  government: '政府常务会议',
  party_committee: '党委常委会会议',
  // 人大常委会: its 主任会议 prepares and decides the standing committee's business.
  congress_standing_committee: '主任会议',
  // The 依法治X办 is an office of the party committee; its party group deliberates, as in a department.
  rule_of_law_office: '党组会议',
  other: '党组会议',
};

export function isDeliberationBody(value: string): value is DeliberationBody {
  return (DELIBERATION_BODIES as readonly string[]).includes(value);
}

/**
 * A township's 党委 and government deliberate at the 党委会议: neither has the 常委会 or 常务会议 of
 * the levels above (a walk and a scenario test, stop 49: every township report started at a
 * 政府常务会议 that does not exist).
 */
const TOWNSHIP_DEFAULT: Partial<Record<UnitKind, DeliberationBody>> = {
  government: '党委会议',
  party_committee: '党委会议',
};

/** The unit's own deliberating body: its setting, else the default for its kind (and level). */
export function deliberationBodyOf(unit: {
  kind: DeliberatingUnitKind;
  level: DeliberatingUnitLevel;
  deliberationBody?: string | null;
}): string {
  return (
    unit.deliberationBody ??
    (unit.level === 'township' ? TOWNSHIP_DEFAULT[unit.kind] : undefined) ??
    DEFAULT_BY_KIND[unit.kind]
  );
}
