import type { Unit } from './unit.repository';

/*
 * The routing table of 厅字〔2019〕28号 (docs/domain.md, "Routing"), as a pure function over plain
 * unit objects: who receives a unit's annual report (主送), who gets a copy (抄送), and by when.
 *
 * How the tree models a level (docs/domain.md, "Units in the tree"): the government unit is the root
 * of its level's subtree; its departments (and 司法局), its party committee (党委) and its people's
 * congress standing committee (人大常委会) are its children; the level's 依法治X办 is a child of that
 * party committee, with `housedInUnitId` naming the 司法局 whose staff run it.
 */

/** What the routing needs of a unit; a full `Unit` (with housedInUnitId) fits. */
export type RoutingUnit = Pick<Unit, 'id' | 'parentId' | 'name' | 'kind' | 'level' | 'demonstrationArea'>;

export interface RoutingInput {
  /** The reporting unit. */
  unit: RoutingUnit;
  /** Its ancestors, root first, without the unit itself. */
  ancestors: RoutingUnit[];
  /**
   * The units around it: at least the children of every ancestor and of the party committees among
   * them (UnitRepository.findRoutingNeighbourhood reads exactly these). Extra units do no harm.
   */
  around: RoutingUnit[];
}

/** Bodies outside the tree: the centre receives provincial reports and the demonstration line. */
export const EXTERNAL_BODIES = {
  party_central_committee: '党中央',
  state_council: '国务院',
  central_rule_of_law_office: '中央依法治国办',
  state_council_department: '国务院有关部门',
} as const;
export type ExternalBody = keyof typeof EXTERNAL_BODIES;

/** Why a recipient is on the line, in the words of the rules table. */
export type RecipientRole =
  | 'own_level_party_committee'
  | 'own_level_government'
  | 'department_one_level_up'
  | 'own_level_rule_of_law_office'
  | 'own_level_congress_standing_committee'
  | 'party_committee_one_level_up'
  | 'government_one_level_up'
  | 'rule_of_law_office_one_level_up'
  | 'provincial_rule_of_law_office'
  | 'centre';

export type Recipient =
  | { type: 'unit'; role: RecipientRole; unit: RoutingUnit }
  | { type: 'external'; role: RecipientRole; body: ExternalBody; name: string };

/** The statutory due date of a line, for report year Y: a day of year Y+1. */
export const DUE_DATE_RULES = {
  march_1: { month: 3, day: 1 },
  april_1: { month: 4, day: 1 },
  end_of_january: { month: 1, day: 31 },
} as const;
export type DueDateRule = keyof typeof DUE_DATE_RULES;

/** The row of the rules table a line comes from. */
export type ReportingKind =
  | 'department'
  | 'government_to_own_level'
  | 'party_and_government_to_level_up'
  | 'provincial_party_and_government'
  | 'demonstration_area';

export interface ReportingLine {
  kind: ReportingKind;
  /** 主送 */
  main: Recipient[];
  /** 抄送 */
  copies: Recipient[];
  dueDate: DueDateRule;
  /** Recipients the rules name that the tree does not hold (e.g. no 人大常委会 unit yet). */
  unresolved: RecipientRole[];
  /**
   * Units that ask for the line without being named on it: a province's 党委, government and
   * 依法治X办 for the line to the centre, whose recipients are all outside the tree.
   */
  organisers: RoutingUnit[];
}

/** `YYYY-MM-DD` of a due-date rule for a report year (the rule's day of the following year). */
export function dueDateOf(rule: DueDateRule, reportYear: number): string {
  const { month, day } = DUE_DATE_RULES[rule];
  return `${reportYear + 1}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DEPARTMENT_KINDS: ReadonlyArray<RoutingUnit['kind']> = ['department', 'justice_bureau'];

/**
 * The reporting lines of a unit under 厅字〔2019〕28号, each with its main recipients, copy
 * recipients and statutory due date; [] for a unit that reports to nobody (an office, a 人大常委会,
 * a township department, 'other'). A campaign's issuer uses these as the default recipients; a
 * campaign may set an earlier date (the campaign's date wins).
 *
 * - department or 司法局 at county level and above: own level's 党委 and 政府 plus the department one
 *   level up (see `functionOf`), copy to own level's 依法治X办; 1 March.
 * - provincial, prefecture or county government: own level's 党委 and 人大常委会; 1 March.
 * - prefecture, county or township 党委 or government: 党委 and 政府 one level up, copy to the
 *   依法治X办 one level up; 1 March. A joint 党委+政府 report follows this line for both.
 * - provincial 党委 or government: 党中央、国务院, copy to 中央依法治国办; 1 April.
 * - a demonstration area's government (demonstrationArea): an additional line to 中央依法治国办
 *   through the 依法治省办 (main: the office, which receives it and sends it on, and the centre),
 *   end of January; its other lines keep their dates, and its departments have no such line.
 */
export function reportingLinesOf(input: RoutingInput): ReportingLine[] {
  const tree = new RoutingTree(input);
  const { unit } = input;
  const level = tree.levelGovernmentOf(unit);
  if (!level) return [];
  if (DEPARTMENT_KINDS.includes(unit.kind)) {
    return level.level === 'township' ? [] : [departmentLine(tree, unit, level)];
  }
  if (unit.kind === 'government') {
    const lines: ReportingLine[] = [];
    if (unit.level !== 'township') lines.push(governmentToOwnLevelLine(tree, unit));
    lines.push(partyAndGovernmentLine(tree, unit));
    if (unit.demonstrationArea) lines.push(demonstrationLine(tree));
    return lines;
  }
  if (unit.kind === 'party_committee') return [partyAndGovernmentLine(tree, level)];
  return [];
}

function departmentLine(tree: RoutingTree, unit: RoutingUnit, level: RoutingUnit): ReportingLine {
  const line = new LineBuilder('department', 'march_1');
  line.main('own_level_party_committee', tree.childOf(level, 'party_committee'));
  line.mainUnit('own_level_government', level);
  const upper = tree.governmentAbove(level);
  if (upper) {
    line.main('department_one_level_up', tree.sameFunctionDepartmentUnder(upper, unit));
  } else {
    line.external('department_one_level_up', 'state_council_department');
  }
  line.copy('own_level_rule_of_law_office', tree.officeOf(level));
  return line.build();
}

function governmentToOwnLevelLine(tree: RoutingTree, government: RoutingUnit): ReportingLine {
  const line = new LineBuilder('government_to_own_level', 'march_1');
  line.main('own_level_party_committee', tree.childOf(government, 'party_committee'));
  line.main('own_level_congress_standing_committee', tree.childOf(government, 'congress_standing_committee'));
  return line.build();
}

/** The 党委 and the government of a level report alike: one level up, or to the centre from a province. */
function partyAndGovernmentLine(tree: RoutingTree, government: RoutingUnit): ReportingLine {
  const upper = tree.governmentAbove(government);
  if (!upper || government.level === 'province') {
    const line = new LineBuilder('provincial_party_and_government', 'april_1');
    // Only a province's own bodies ask for it: a tree cut off above a prefecture is not the centre's.
    if (government.level === 'province')
      line.organisedBy(tree.childOf(government, 'party_committee'), government, tree.officeOf(government));
    line.external('centre', 'party_central_committee');
    line.external('centre', 'state_council');
    line.externalCopy('centre', 'central_rule_of_law_office');
    return line.build();
  }
  const line = new LineBuilder('party_and_government_to_level_up', 'march_1');
  line.main('party_committee_one_level_up', tree.childOf(upper, 'party_committee'));
  line.mainUnit('government_one_level_up', upper);
  line.copy('rule_of_law_office_one_level_up', tree.officeOf(upper));
  return line.build();
}

/**
 * Through the 依法治省办 to 中央依法治国办: the office receives it and sends it on, so the centre is
 * a main recipient outside the tree, as on the provincial line. Without it the route ended at the
 * office, and the office could not record sending it on (external QA, stop 52).
 */
function demonstrationLine(tree: RoutingTree): ReportingLine {
  const line = new LineBuilder('demonstration_area', 'end_of_january');
  const province = tree.provinceGovernment();
  line.main('provincial_rule_of_law_office', province ? tree.officeOf(province) : null);
  line.external('centre', 'central_rule_of_law_office');
  return line.build();
}

class LineBuilder {
  private readonly mainRecipients: Recipient[] = [];
  private readonly copyRecipients: Recipient[] = [];
  private readonly missing: RecipientRole[] = [];
  private readonly organisers: RoutingUnit[] = [];

  constructor(
    private readonly kind: ReportingKind,
    private readonly dueDate: DueDateRule,
  ) {}

  main(role: RecipientRole, unit: RoutingUnit | null): void {
    if (unit) this.mainUnit(role, unit);
    else this.missing.push(role);
  }

  mainUnit(role: RecipientRole, unit: RoutingUnit): void {
    this.mainRecipients.push({ type: 'unit', role, unit });
  }

  copy(role: RecipientRole, unit: RoutingUnit | null): void {
    if (unit) this.copyRecipients.push({ type: 'unit', role, unit });
    else this.missing.push(role);
  }

  external(role: RecipientRole, body: ExternalBody): void {
    this.mainRecipients.push({ type: 'external', role, body, name: EXTERNAL_BODIES[body] });
  }

  externalCopy(role: RecipientRole, body: ExternalBody): void {
    this.copyRecipients.push({ type: 'external', role, body, name: EXTERNAL_BODIES[body] });
  }

  organisedBy(...units: Array<RoutingUnit | null>): void {
    for (const unit of units) if (unit) this.organisers.push(unit);
  }

  build(): ReportingLine {
    return {
      kind: this.kind,
      main: this.mainRecipients,
      copies: this.copyRecipients,
      dueDate: this.dueDate,
      unresolved: this.missing,
      organisers: this.organisers,
    };
  }
}

/** Lookups over the reporting unit, its ancestors and the units around it. */
class RoutingTree {
  private readonly unit: RoutingUnit;
  private readonly ancestors: RoutingUnit[];
  private readonly ancestorsById: Map<string, RoutingUnit>;
  private readonly around: AroundIndex;
  private readonly ancestorChain: RoutingUnit[];

  constructor(input: RoutingInput) {
    this.unit = input.unit;
    this.ancestors = input.ancestors;
    this.ancestorsById = new Map(input.ancestors.map((u) => [u.id, u]));
    this.around = aroundIndexOf(input.around);
    this.ancestorChain = [...input.ancestors, input.unit];
  }

  /** The government whose level a unit belongs to: itself, or the nearest government above it. */
  levelGovernmentOf(unit: RoutingUnit): RoutingUnit | null {
    for (let current: RoutingUnit | undefined = unit; current; current = this.parentOf(current)) {
      if (current.kind === 'government') return current;
    }
    return null;
  }

  governmentAbove(government: RoutingUnit): RoutingUnit | null {
    const parent = this.parentOf(government);
    return parent ? this.levelGovernmentOf(parent) : null;
  }

  provinceGovernment(): RoutingUnit | null {
    return this.ancestorChain.find((u) => u.kind === 'government' && u.level === 'province') ?? null;
  }

  /** The first child of a kind, as `childrenOf(parent).find(…)` (the around part looked up once per list). */
  childOf(parent: RoutingUnit, kind: RoutingUnit['kind']): RoutingUnit | null {
    const ancestor = this.ancestors.find((u) => u.parentId === parent.id && this.byId(u.id)!.kind === kind);
    if (ancestor) return this.byId(ancestor.id)!;
    const around = firstChildOfKind(this.around, parent.id, kind);
    if (around) return this.byId(around.id)!;
    return this.unit.parentId === parent.id && this.unit.kind === kind ? this.unit : null;
  }

  /** A level's 依法治X办: under its 党委 (the documented place), or directly under the government. */
  officeOf(government: RoutingUnit): RoutingUnit | null {
    const party = this.childOf(government, 'party_committee');
    return (
      (party && this.childOf(party, 'rule_of_law_office')) ?? this.childOf(government, 'rule_of_law_office')
    );
  }

  /** 上一级政府有关部门: the department under `government` doing the same work as `department`. */
  sameFunctionDepartmentUnder(government: RoutingUnit, department: RoutingUnit): RoutingUnit | null {
    const wanted = functionOf(department.name, this.levelGovernmentOf(department)?.name ?? '');
    return (
      this.childrenOf(government).find(
        (u) => DEPARTMENT_KINDS.includes(u.kind) && functionOf(u.name, government.name) === wanted,
      ) ?? null
    );
  }

  /** As one map of [...ancestors, ...around, unit] would hold it: the unit, else `around`, else an ancestor. */
  private byId(id: string): RoutingUnit | undefined {
    if (id === this.unit.id) return this.unit;
    return this.around.byId.get(id) ?? this.ancestorsById.get(id);
  }

  private parentOf(unit: RoutingUnit): RoutingUnit | undefined {
    return unit.parentId ? this.byId(unit.parentId) : undefined;
  }

  /** In the order the units were first given: the ancestors, then `around`, then the unit itself. */
  private childrenOf(parent: RoutingUnit): RoutingUnit[] {
    const ids: string[] = [];
    const seen = new Set<string>();
    const add = (u: RoutingUnit) => {
      if (u.parentId !== parent.id || seen.has(u.id)) return;
      seen.add(u.id);
      ids.push(u.id);
    };
    this.ancestors.forEach(add);
    (this.around.children.get(parent.id) ?? []).forEach(add);
    add(this.unit);
    return ids.map((id) => this.byId(id)!);
  }
}

/** `around` indexed by id and by parent (the last of a repeated id wins, as in a Map). */
interface AroundIndex {
  byId: Map<string, RoutingUnit>;
  children: Map<string, RoutingUnit[]>;
  /** `parentId|kind` → the first such child (asked for every target: its level's 党委, 依法治X办). */
  firstOfKind: Map<string, RoutingUnit | null>;
}

function firstChildOfKind(index: AroundIndex, parentId: string, kind: RoutingUnit['kind']) {
  const key = `${parentId}|${kind}`;
  if (!index.firstOfKind.has(key)) {
    index.firstOfKind.set(key, index.children.get(parentId)?.find((u) => u.kind === kind) ?? null);
  }
  return index.firstOfKind.get(key)!;
}

/**
 * A campaign's targets under one government share one `around` list of thousands of siblings: its
 * index is built once per list, not once per target (3,000 targets: 3,000 lists of 3,000 before).
 */
const AROUND_INDEXES = new WeakMap<readonly RoutingUnit[], AroundIndex>();

function aroundIndexOf(around: readonly RoutingUnit[]): AroundIndex {
  const cached = AROUND_INDEXES.get(around);
  if (cached) return cached;
  const byId = new Map<string, RoutingUnit>();
  for (const unit of around) byId.set(unit.id, unit);
  const children = new Map<string, RoutingUnit[]>();
  for (const unit of byId.values()) {
    if (!unit.parentId) continue;
    const siblings = children.get(unit.parentId) ?? [];
    siblings.push(unit);
    children.set(unit.parentId, siblings);
  }
  const index = { byId, children, firstOfKind: new Map() };
  AROUND_INDEXES.set(around, index);
  return index;
}

/** Place-name endings, longest first so that 自治州 wins over 州. */
const PLACE_ENDINGS = [
  '特别行政区',
  '自治区',
  '自治州',
  '自治县',
  '自治旗',
  '省',
  '市',
  '州',
  '盟',
  '县',
  '区',
  '旗',
];

/**
 * A department's function (职能), by which the department one level up is found: its name without
 * the place name in front, with a provincial 厅 read as 局 (新疆维吾尔自治区交通运输厅,
 * 昌吉州交通运输局 and 呼图壁县交通运输局 all do 交通运输局). The place name is the government's
 * name when the department's name starts with it, else everything up to the first place-name
 * ending (昌吉州 for 昌吉回族自治州). Units named without a place name keep their whole name.
 */
export function functionOf(departmentName: string, governmentName: string): string {
  const name = departmentName.trim();
  const withoutPlace =
    governmentName && name.startsWith(governmentName)
      ? name.slice(governmentName.length)
      : stripLeadingPlace(name);
  return withoutPlace.replace(/厅$/, '局');
}

function stripLeadingPlace(name: string): string {
  let best: { at: number; length: number } | null = null;
  for (const ending of PLACE_ENDINGS) {
    const at = name.indexOf(ending);
    // A place name is at least two characters before its ending (呼图壁县, 昌吉州), so 市场监督管理局 keeps its 市.
    if (at < 2) continue;
    if (!best || at < best.at || (at === best.at && ending.length > best.length))
      best = { at, length: ending.length };
  }
  if (best) return name.slice(best.at + best.length);
  // A department named by its level alone, as a prefecture's own tree often has it (州交通运输局,
  // 县交通运输局): the level word is its place. Not where the word starts the function itself.
  const bare = /^[省州市县区盟旗](?=.{3})/.exec(name);
  return bare && !FUNCTION_WORDS_WITH_A_LEVEL_CHARACTER.some((w) => name.startsWith(w))
    ? name.slice(1)
    : name;
}

/** Functions whose name begins with a level's character: 市场监督管理局 is not 场监督管理局 of a 市. */
const FUNCTION_WORDS_WITH_A_LEVEL_CHARACTER = ['市场', '市政', '区域', '县域'];

/** The recipients of the part of a line a campaign asks for: units, and bodies outside the tree. */
export interface AskedRecipients {
  kind: ReportingKind;
  main: RoutingUnit[];
  copies: RoutingUnit[];
  /** 主送 outside the tree (党中央、国务院; 国务院有关部门), after the units. */
  externalMain: ExternalBody[];
  /** 抄送 outside the tree (中央依法治国办). */
  externalCopies: ExternalBody[];
  /** Recipients of this part the rules name but the directory lacks (never guessed). */
  unresolved: RecipientRole[];
}

/** The recipients the rules name, as a notice names them (for `unresolved`). */
export const RECIPIENT_ROLE_LABELS: Record<RecipientRole, string> = {
  own_level_party_committee: '本级党委',
  own_level_government: '本级政府',
  department_one_level_up: '上一级政府有关部门',
  own_level_rule_of_law_office: '本级党委法治建设议事协调机构办公室（依法治X办）',
  own_level_congress_standing_committee: '本级人大常委会',
  party_committee_one_level_up: '上一级党委',
  government_one_level_up: '上一级政府',
  rule_of_law_office_one_level_up: '上一级依法治X办',
  provincial_rule_of_law_office: '省级依法治省（区、市）办',
  centre: '党中央、国务院',
};

/**
 * The bodies a campaign's issuer asks for: itself; the 依法治X办 a 司法局 houses (its staff run
 * it); and for a 依法治X办, the 党委 it is part of (the office asks on the committee's behalf).
 */
export function bodiesAskingThrough(input: {
  issuer: Pick<RoutingUnit, 'id' | 'kind'>;
  parent: Pick<RoutingUnit, 'id' | 'kind'> | null;
  housedOffices: Array<Pick<RoutingUnit, 'id'>>;
}): Set<string> {
  const { issuer, parent, housedOffices } = input;
  const ids = new Set([issuer.id, ...housedOffices.map((office) => office.id)]);
  if (issuer.kind === 'rule_of_law_office' && parent?.kind === 'party_committee') ids.add(parent.id);
  return ids;
}

/**
 * The recipients of a unit's report on the first line that `askingBodies` (see bodiesAskingThrough)
 * ask for; null when they are on none of its lines. See recipientsAskedByAll.
 */
export function recipientsAskedBy(
  lines: ReportingLine[],
  askingBodies: ReadonlySet<string>,
): AskedRecipients | null {
  return recipientsAskedByAll(lines, askingBodies)[0] ?? null;
}

/**
 * Every part of a unit's lines that `askingBodies` ask for, in the order of its lines. A body asks
 * for a part it is named on, or a line it organises (a province's 依法治X办, 党委 or government asks
 * for the line to 党中央、国务院). A department's line is asked for by two bodies separately, each
 * with its own campaign: its own level (主送 党委、政府, 抄送 依法治X办, asked through the office)
 * and the department one level up (主送 itself); when that department is outside the tree (a
 * provincial department's 国务院有关部门) nobody in the tree can ask for it, so it goes with the
 * own-level part. Every other line is asked for whole. A provincial government has two parts the
 * 依法治区办 asks for (its own level's 党委、人大常委会, and the centre): the caller chooses.
 */
export function recipientsAskedByAll(
  lines: ReportingLine[],
  askingBodies: ReadonlySet<string>,
): AskedRecipients[] {
  const found: AskedRecipients[] = [];
  for (const line of lines) {
    const organised = line.organisers.some((u) => askingBodies.has(u.id));
    for (const part of issuingPartsOf(line)) {
      const named = [...part.main, ...part.copies];
      if (organised || named.some((r) => r.type === 'unit' && askingBodies.has(r.unit.id))) {
        found.push({
          kind: line.kind,
          main: unitsOf(part.main),
          copies: unitsOf(part.copies),
          externalMain: bodiesOf(part.main),
          externalCopies: bodiesOf(part.copies),
          unresolved: part.unresolved,
        });
      }
    }
  }
  return found;
}

function issuingPartsOf(line: ReportingLine): Array<Pick<ReportingLine, 'main' | 'copies' | 'unresolved'>> {
  if (line.kind !== 'department') return [line];
  const upward = (r: Recipient | RecipientRole) =>
    (typeof r === 'string' ? r : r.role) === 'department_one_level_up';
  const up = {
    main: line.main.filter(upward),
    copies: line.copies.filter(upward),
    unresolved: line.unresolved.filter(upward),
  };
  const own = {
    main: line.main.filter((r) => !upward(r)),
    copies: line.copies.filter((r) => !upward(r)),
    unresolved: line.unresolved.filter((r) => !upward(r)),
  };
  // No department one level up in the directory: nobody there asks for it, so one outside the tree
  // goes with the own-level part. One missing altogether is not this part's to name: the own level's
  // campaign never asks for it (a walk and external QA, stop 53: the 依法治县办 was told to have an
  // administrator add a 上一级政府有关部门 its notice does not go to).
  if (up.main.every((r) => r.type === 'external')) {
    return [
      {
        main: [...own.main, ...up.main],
        copies: [...own.copies, ...up.copies],
        unresolved: own.unresolved,
      },
    ];
  }
  return [own, up];
}

function unitsOf(recipients: Recipient[]): RoutingUnit[] {
  return recipients.flatMap((r) => (r.type === 'unit' ? [r.unit] : []));
}

function bodiesOf(recipients: Recipient[]): ExternalBody[] {
  return recipients.flatMap((r) => (r.type === 'external' ? [r.body] : []));
}

/** Whether a string names a body of EXTERNAL_BODIES (the API's check of what a client sends). */
export function isExternalBody(value: string): value is ExternalBody {
  return Object.prototype.hasOwnProperty.call(EXTERNAL_BODIES, value);
}
