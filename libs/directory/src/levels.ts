import type { Unit } from './unit.repository';

/**
 * Which unit a report goes up to (报送对象). Governments define the levels: a department belongs to
 * the level of the nearest government above it. A unit reports to the government one level above
 * its own level, e.g. 呼图壁县交通运输局 (under 呼图壁县) -> 昌吉回族自治州; 昌吉州交通运输局 -> 新疆.
 * `ancestors` is root first, without the unit itself.
 *
 * The regulation's full routing (党委, 人大常委会, the department one level up, 依法治X办 copies) is
 * reportingLinesOf in routing.ts; this single-recipient rule stays only until the report's default
 * recipient comes from a campaign's recipients.
 */
export function receivingUnitOf(unit: Unit, ancestors: Unit[]): Unit | null {
  const chain = [...ancestors, unit];
  const governments = chain.filter((u) => u.kind === 'government');
  const ownLevel = unit.kind === 'government' ? unit : governments[governments.length - 1];
  if (!ownLevel) return null;
  const index = governments.indexOf(ownLevel);
  return index > 0 ? governments[index - 1] : null;
}

/**
 * The rule-of-law offices that get a copy (抄送): justice bureaus / 依法治X办 directly under the
 * government of the reporting unit's own level.
 */
export function copyRecipientParentOf(unit: Unit, ancestors: Unit[]): Unit | null {
  const chain = [...ancestors, unit];
  const governments = chain.filter((u) => u.kind === 'government');
  return unit.kind === 'government' ? unit : (governments[governments.length - 1] ?? null);
}

/**
 * A unit's calendar regions: the 2-digit province prefix of the nearest administrative division
 * code on its path (the unit itself first), e.g. ['65'] for any unit in Xinjiang, whose regional
 * holidays (肉孜节, 古尔邦节) then count as days off.
 */
export function calendarRegionsOf(unit: Unit, ancestors: Unit[]): string[] {
  for (const u of [unit, ...[...ancestors].reverse()]) {
    if (u.divisionCode && u.divisionCode.length >= 2) return [u.divisionCode.slice(0, 2)];
  }
  return [];
}
