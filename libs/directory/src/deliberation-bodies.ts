import type { Unit, UnitKind } from './unit.repository';

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

/** The unit's own deliberating body: its setting, else the default for its kind. */
export function deliberationBodyOf(unit: Pick<Unit, 'kind' | 'deliberationBody'>): string {
  return unit.deliberationBody ?? DEFAULT_BY_KIND[unit.kind];
}
