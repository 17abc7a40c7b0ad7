import { Injectable } from '@nestjs/common';
import {
  EXTERNAL_BODIES,
  reportingLinesOf,
  UnitRepository,
  UserRepository,
  RECIPIENT_ROLE_LABELS,
  type ExternalBody,
  type Principal,
  type RecipientRole,
  type Unit,
} from '@app/directory';
import type { ReportLine } from '@app/reports';
import { defaultRecipients } from './campaign-recipient-defaults';
import {
  CampaignRecipientRepository,
  externalRef,
  type PlannedTargetRecipients,
} from './campaign-recipient.repository';
import { CampaignRecipientRoutingRepository } from './campaign-recipient-routing.repository';
import { CampaignTargets } from './campaign-targets';
import { CampaignUnitsRepository } from './campaign-units.repository';
import { CampaignErrors } from './campaign.errors';
import type { Campaign } from './campaign.types';
import { CampaignRepository } from './campaign.repository';
import type { RecipientPreviewDto } from './campaigns.dto';
import {
  planRecipients,
  recipientProblems,
  type CampaignRecipientsPlan,
  type IssuedRecipients,
  type RecipientsInput,
} from './issuer-area';
import { IssuingUnits } from './issuing-units';
import { refuseOffTheLine } from './report-line-rules';
import { rolesNeeded, unstaffedTargets, type UnstaffedTarget } from './unstaffed-steps';

/**
 * The 主送/抄送 of a campaign's targets (campaign-recipient-defaults.ts holds the routing table's
 * rules): shown before issuing, fixed at issuing, and found for units added later. Every list is
 * checked as issuing checks it.
 */
@Injectable()
export class CampaignRecipientPlanning {
  constructor(
    private readonly units: UnitRepository,
    private readonly targets: CampaignTargets,
    private readonly recipientRows: CampaignRecipientRepository,
    private readonly unitRows: CampaignUnitsRepository,
    private readonly routing: CampaignRecipientRoutingRepository,
    private readonly issuingUnits: IssuingUnits,
    private readonly campaigns: CampaignRepository,
    private readonly users: UserRepository,
  ) {}

  /**
   * The 主送/抄送 a campaign to these targets gets when the issuer names none (campaign-recipient-
   * defaults.ts), shown by the console before issuing; validated like named recipients.
   */
  async preview(principal: Principal, input: RecipientPreviewDto) {
    const issuer = await this.issuingUnits.of(principal, input.issuingUnitId);
    const units = await this.targets.resolve(principal, issuer, input.targets);
    if (units.length === 0) throw CampaignErrors.noTargets();
    const reportLine = input.reportLine ?? 'annual';
    // What issuing would refuse, the preview refuses too (scenario tests, stop 45).
    refuseOffTheLine(reportLine, units);
    // What issuing would refuse as a duplicate, said beside the units while they are chosen (a walk,
    // stop 55: it came after the whole form was filled in, at 确认下发).
    const overlapping =
      input.reportYear === undefined
        ? null
        : await this.campaigns.findActiveOverlapping({
            issuingUnitId: issuer.id,
            reportYear: input.reportYear,
            reportLine,
            unitIds: units.map((u) => u.id),
          });
    const alreadyAsked = overlapping && {
      campaignId: overlapping.id,
      title: overlapping.title,
      documentNumber: overlapping.documentNumber,
      units: units.filter((u) => overlapping.unitIds.includes(u.id)).map((u) => ({ id: u.id, name: u.name })),
    };
    const [defaults, unstaffed] = await Promise.all([
      this.defaultsFor({ issuer, units, reportLine }),
      this.unstaffedOf(units),
    ]);
    const externals = (external: { main: ExternalBody[]; copy: ExternalBody[] }) => ({
      main: external.main.map(externalRef),
      copy: external.copy.map(externalRef),
    });
    if (defaults.source === 'per_target') {
      const nameOf = new Map(units.map((u) => [u.id, u.name]));
      return {
        source: defaults.source,
        reason: null,
        lineKind: null,
        main: [],
        copy: [],
        external: { main: [], copy: [] },
        groups: defaults.groups.map((g) => ({
          lineKind: g.kind,
          targets: g.targetIds.map((id) => ({ id, name: nameOf.get(id) ?? id })),
          main: g.main,
          copy: g.copy,
          external: externals(g.external),
          unresolved: g.unresolved.map(unresolvedRef),
        })),
        unresolved: [],
        targetCount: units.length,
        alreadyAsked,
        unstaffed,
      };
    }
    return {
      source: defaults.source,
      reason: defaults.source === 'issuer' ? defaults.reason : null,
      lineKind: defaults.source === 'routing_table' ? defaults.kind : null,
      main: defaults.main,
      copy: defaults.copy,
      external: externals(defaults.external),
      groups: null,
      unresolved: defaults.unresolved.map(unresolvedRef),
      targetCount: units.length,
      alreadyAsked,
      unstaffed,
    };
  }

  /** The targets whose report would wait on a step nobody in the unit can take (unstaffed-steps.ts). */
  private async unstaffedOf(units: Unit[]): Promise<UnstaffedTarget[]> {
    const held = await this.users.findActiveByRoleInUnits(
      units.map((u) => u.id),
      rolesNeeded(units),
    );
    return unstaffedTargets(units, held);
  }

  /**
   * Named 主送 (units or bodies outside the tree) make the lists explicit, one for every target
   * (抄送 as named, else none); without 主送 both come from the routing table, each 抄送 list unless
   * named: one list when every target's line names the same recipients, else one per group of
   * targets on the same line (a recipient may then be another group's target: 县政府 receives its
   * bureaus' reports and writes its own).
   */
  async forIssue(asked: AskedTargets, named: RecipientsInput | undefined): Promise<IssuedRecipients> {
    const { issuer, units } = asked;
    const namesMain = (named?.main?.length ?? 0) + (named?.external?.main?.length ?? 0) > 0;
    const defaults = namesMain ? null : await this.defaultsFor(asked);
    const withNamedCopies = (lists: {
      main: Array<{ id: string }>;
      copy: Array<{ id: string }>;
      external: { main: ExternalBody[]; copy: ExternalBody[] };
    }) =>
      planRecipients(issuer, {
        main: lists.main.map((u) => u.id),
        copy: named?.copy ?? lists.copy.map((u) => u.id),
        external: { main: lists.external.main, copy: named?.external?.copy ?? lists.external.copy },
      });
    const issued: IssuedRecipients =
      defaults?.source === 'per_target'
        ? {
            shared: null,
            perTarget: defaults.groups.map((g) => ({
              targetIds: g.targetIds,
              recipients: withNamedCopies(g),
            })),
          }
        : { shared: defaults ? withNamedCopies(defaults) : planRecipients(issuer, named), perTarget: null };
    await this.checkRecipients(issuer, units, issued);
    return issued;
  }

  private async checkRecipients(issuer: Unit, units: Unit[], issued: IssuedRecipients): Promise<void> {
    const checked = issued.perTarget
      ? issued.perTarget
      : [{ targetIds: units.map((u) => u.id), recipients: issued.shared }];
    const unitIds = checked.flatMap(({ recipients }) => [...recipients.main, ...recipients.copy]);
    const [ancestors, found] = await Promise.all([
      this.units.findAncestors(issuer),
      this.unitRows.findByIds([...new Set(unitIds)]),
    ]);
    const problems = checked.flatMap(({ targetIds, recipients }) =>
      recipientProblems({ issuer, ancestors, recipients, found, targetIds: new Set(targetIds) }),
    );
    problems.push(...(await this.bodiesOffTheLine(units, checked)));
    const unique = [...new Map(problems.map((p) => [`${p.unitId}|${p.reason}`, p])).values()];
    if (unique.length > 0) throw CampaignErrors.recipientInvalid(unique);
  }

  /**
   * Bodies outside the tree (党中央, 国务院, 中央依法治国办, 国务院有关部门) named for targets whose
   * reports the routing table never sends there: each target of a list must have the body on one of
   * its lines (a province's 党委 and government, a provincial department, a demonstration area). A
   * county office could address a township's report to 国务院 (external QA, stop 56); units named
   * off the issuer's area were refused, bodies were only checked against the list of keys.
   */
  private async bodiesOffTheLine(
    units: Unit[],
    checked: Array<{ targetIds: string[]; recipients: CampaignRecipientsPlan }>,
  ): Promise<Array<{ unitId: string; reason: string }>> {
    const named = checked.filter(
      ({ recipients }) => recipients.external.main.length + recipients.external.copy.length > 0,
    );
    if (named.length === 0) return [];
    const neighbourhoods = await this.routing.neighbourhoodsOf(units);
    // Each target's bodies once, however many lists and bodies name it.
    const bodies = new Map(
      units.map((u) => {
        const around = neighbourhoods.get(u.id);
        const lines = around ? reportingLinesOf(around) : [];
        const onLines = lines.flatMap((line) =>
          [...line.main, ...line.copies].flatMap((r) => (r.type === 'external' ? [r.body] : [])),
        );
        return [u.id, new Set(onLines)] as const;
      }),
    );
    const problems: Array<{ unitId: string; reason: string }> = [];
    for (const { targetIds, recipients } of named) {
      const listed = new Set(targetIds);
      const ofList = units.filter((u) => listed.has(u.id));
      for (const body of new Set([...recipients.external.main, ...recipients.external.copy])) {
        const off = ofList.filter((u) => !bodies.get(u.id)?.has(body));
        if (off.length === 0) continue;
        const names =
          off
            .slice(0, 3)
            .map((u) => u.name)
            .join('、') + (off.length > 3 ? ` and ${off.length - 3} more` : '');
        problems.push({
          unitId: body,
          reason: `the routing table does not send the report of ${names} to ${EXTERNAL_BODIES[body]} (docs/domain.md, Routing: only a province's 党委 and government report to 党中央、国务院)`,
        });
      }
    }
    return problems;
  }

  /**
   * The recipients of targets added later, read under the campaign's lock. A new target on the line
   * of a target already asked gets that target's lists as stored (the issuer's choice holds for the
   * line); one on a line no target is on gets its line's lists from the table (a scenario test, stop
   * 49: the 县政府 added to a notice to the bureaus took their list, 主送 itself, and the 县人大常委会
   * never received its report). A campaign with one list keeps it while every new target shares a
   * line with it; otherwise the one list becomes the same list per earlier target (`splitExisting`).
   * A stored list a new target shares is checked as at issue: a target is never its own recipient.
   */
  async forAdded(input: {
    campaign: Campaign;
    issuer: Unit;
    units: Unit[];
    existingIds: string[];
  }): Promise<{ own: PlannedTargetRecipients[] | null; splitExisting: boolean }> {
    const { campaign, issuer, units, existingIds } = input;
    const reportLine = campaign.reportLine;
    const stored = await this.recipientRows.listFor(campaign.id);
    const sharedPlan = planOfLists(stored);
    // A campaign stored with no 主送 (issued before recipients existed) is addressed to its issuer:
    // it keeps its one list rather than be given lists it never had.
    if (!stored.perTarget && sharedPlan.main.length + sharedPlan.external.main.length === 0)
      return { own: null, splitExisting: false };
    const existingUnits = await this.units.findByIds(existingIds);
    const defaults = await this.defaultsFor({ issuer, units: [...existingUnits, ...units], reportLine });
    const asked = new Set(existingIds);
    // The target already asked on each new target's line, if any.
    const peerOf = (unit: Unit): string | null => {
      if (defaults.source !== 'per_target') return existingIds[0] ?? null;
      const group = defaults.groups.find((g) => g.targetIds.includes(unit.id));
      return group?.targetIds.find((id) => asked.has(id)) ?? null;
    };
    const storedOf = new Map(
      (stored.perTarget ?? []).flatMap((group) =>
        group.targets.map((t) => [t.id, planOfLists(group)] as const),
      ),
    );
    const copied: PlannedTargetRecipients[] = [];
    const onOwnLine: Unit[] = [];
    for (const unit of units) {
      const peer = peerOf(unit);
      const lists = peer === null ? null : stored.perTarget ? (storedOf.get(peer) ?? null) : sharedPlan;
      if (lists) copied.push({ targetIds: [unit.id], recipients: lists });
      else onOwnLine.push(unit);
    }
    for (const { targetIds, recipients } of copied)
      await this.checkRecipients(
        issuer,
        units.filter((u) => targetIds.includes(u.id)),
        { shared: recipients, perTarget: null },
      );
    const own =
      onOwnLine.length > 0 ? await this.perTargetRecipientsOf({ issuer, units: onOwnLine, reportLine }) : [];
    if (!stored.perTarget && own.length === 0) return { own: null, splitExisting: false };
    return { own: [...own, ...copied], splitExisting: !stored.perTarget };
  }

  /** Targets added to a per-target campaign: their lists from the table (the issuer when on no line). */
  private async perTargetRecipientsOf(asked: AskedTargets) {
    const { issuer, units } = asked;
    const defaults = await this.defaultsFor(asked);
    const groups =
      defaults.source === 'per_target'
        ? defaults.groups
        : [{ ...defaults, targetIds: units.map((u) => u.id) }];
    const perTarget = groups.map((g) => ({
      targetIds: g.targetIds,
      recipients: planRecipients(issuer, {
        main: g.main.map((u) => u.id),
        copy: g.copy.map((u) => u.id),
        external: g.external,
      }),
    }));
    await this.checkRecipients(issuer, units, { shared: null, perTarget });
    return perTarget;
  }

  private async defaultsFor({ issuer, units, reportLine }: AskedTargets) {
    const [facts, neighbourhoods] = await Promise.all([
      this.routing.issuerFacts(issuer),
      this.routing.neighbourhoodsOf(units),
    ]);
    return defaultRecipients({
      issuer,
      issuerParent: facts.parent,
      housedOffices: facts.housedOffices,
      targets: units,
      neighbourhoods,
      reportLine,
    });
  }
}

/** A recipient the rules name and the directory lacks, with the name a notice would give it. */
function unresolvedRef(role: RecipientRole) {
  return { role, label: RECIPIENT_ROLE_LABELS[role] };
}

/** Whom a campaign asks, on which line: what its default recipients depend on. */
export interface AskedTargets {
  issuer: Unit;
  units: Unit[];
  reportLine: ReportLine;
}

/** Stored lists (names) as a plan (unit ids and body keys), to store them for another target. */
function planOfLists(lists: {
  main: Array<{ id: string }>;
  copy: Array<{ id: string }>;
  external: { main: Array<{ body: ExternalBody }>; copy: Array<{ body: ExternalBody }> };
}): PlannedTargetRecipients['recipients'] {
  return {
    main: lists.main.map((u) => u.id),
    copy: lists.copy.map((u) => u.id),
    external: { main: lists.external.main.map((b) => b.body), copy: lists.external.copy.map((b) => b.body) },
  };
}
