import { documentName, placeWord, type Unit, type UnitLevel } from '@app/directory';

/**
 * The default addressing of a 通报 (GB/T 9704 主送 and 抄送), from the issuer and the units the
 * campaign asked. Pure; the coordinator edits both lists before issuing.
 *
 * 主送 says who it is sent to the way 依法治X办 write it: the governments one level down as their
 * rule-of-law offices (各县（市）依法治县（市）办), the bodies of the issuer's own level as one group
 * (州直各部门), and anyone else by name (a few) or as 各有关单位 (many, or none of the above).
 * 抄送 goes to the level's party committee and government (州委、州政府) when the office of a level
 * issues it; a department's 通报 copies no one by default.
 */
export interface NoticeAddressing {
  addressees: string[];
  copiesTo: string[];
}

type AddressedUnit = Pick<Unit, 'name' | 'kind' | 'level'>;

const LEVEL_BELOW: Record<UnitLevel, UnitLevel | null> = {
  province: 'prefecture',
  prefecture: 'county',
  county: 'township',
  township: null,
};

/** Bodies that are "the level's departments" (州直各部门); 党委、人大、依法治X办 are named on their own. */
const DEPARTMENT_KINDS: ReadonlySet<string> = new Set(['department', 'justice_bureau', 'other']);

/** Kinds that speak for a whole level: their 通报 copies the level's 党委 and 政府. */
const LEVEL_OFFICE_KINDS: ReadonlySet<string> = new Set(['government', 'rule_of_law_office']);

/** More units than this outside the groups are 各有关单位 rather than a list of names. */
const NAMED_AT_MOST = 5;

const ANY_CONCERNED = '各有关单位';

/** 县 with 市 among them: 县（市）; the most frequent word leads. */
function placeWords(units: readonly AddressedUnit[]): string {
  const counts = new Map<string, number>();
  for (const u of units) {
    const word = placeWord(u.name, u.level);
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const [first, ...others] = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  return others.length === 0 ? first : `${first}（${others.join('、')}）`;
}

export function defaultNoticeAddressing(input: {
  issuer: AddressedUnit;
  targets: readonly AddressedUnit[];
}): NoticeAddressing {
  const { issuer, targets } = input;
  const ofLevel = LEVEL_OFFICE_KINDS.has(issuer.kind) || issuer.kind === 'justice_bureau';
  const below = LEVEL_BELOW[issuer.level];
  const lowerGovernments = ofLevel ? targets.filter((t) => t.kind === 'government' && t.level === below) : [];
  const ownDepartments = ofLevel
    ? targets.filter((t) => DEPARTMENT_KINDS.has(t.kind) && t.level === issuer.level)
    : [];
  const grouped = new Set([...lowerGovernments, ...ownDepartments]);
  const others = targets.filter((t) => !grouped.has(t));

  const addressees: string[] = [];
  if (lowerGovernments.length > 0) {
    const words = placeWords(lowerGovernments);
    // Townships have no 依法治X办 of their own: their governments are addressed (an external QA
    // engineer, stop 57: 各镇依法治镇办 named a body the tree did not hold).
    addressees.push(below === 'township' ? `各${words}人民政府` : `各${words}依法治${words}办`);
  }
  if (ownDepartments.length > 0) addressees.push(`${placeWord(issuer.name, issuer.level)}直各部门`);
  if (others.length > NAMED_AT_MOST) addressees.push(ANY_CONCERNED);
  else addressees.push(...others.map((u) => documentName(u)));

  // The level's own government asked for its report is 主送: not copied as well (stop 57).
  const ownGovernmentAsked = others.some((u) => u.kind === 'government' && u.level === issuer.level);
  const leadership = LEVEL_OFFICE_KINDS.has(issuer.kind) ? levelLeadership(issuer) : [];
  return {
    addressees: addressees.length > 0 ? addressees : [ANY_CONCERNED],
    copiesTo: ownGovernmentAsked ? leadership.filter((name) => !/政府$/.test(name)) : leadership,
  };
}

/** The level's 党委 and 政府 as 抄送 names them: 州委、州政府; 自治区党委、自治区人民政府; 省委、省政府. */
function levelLeadership(issuer: AddressedUnit): string[] {
  if (issuer.level === 'province' && /自治区/.test(issuer.name)) return ['自治区党委', '自治区人民政府'];
  const word = placeWord(issuer.name, issuer.level);
  return [`${word}委`, `${word}政府`];
}
