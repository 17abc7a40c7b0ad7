import { Injectable } from '@nestjs/common';
import {
  ancestorIdsOf,
  coordinatesAtOrAbove,
  coordinatesExactly,
  isInReach,
  reachOf,
  rolesAt,
  UnitRepository,
  type Principal,
  type Unit,
  type UnitRef,
} from '@app/directory';
import { CampaignErrors } from './campaign.errors';
import { CampaignRepository } from './campaign.repository';
import type { Campaign } from './campaign.types';
import { unitsServedBy } from './issuer-area';

/**
 * Who may see what of a campaign: loads the campaign and its issuer and asks the access policy
 * (@app/directory) for every decision. The board and the record: the issuing coordinators and the
 * coordinators above them. The notice: also the target units' own members, the coordinators of a
 * subtree holding a target (the level that cascades it) and the coordinators of a rule-of-law
 * office whose level's government or 县委 is a target (it forwards it: unitsServedBy). A campaign
 * forwarded below (逐级下发) is read, board and notice, by those who read the campaign it forwards:
 * the body that asked sees how its request was passed down. Anything else answers 404.
 */
/** Province, prefecture, county, township: no chain of cascades is longer, with room to spare. */
const MAX_CASCADE_DEPTH = 6;

@Injectable()
export class CampaignAccess {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly units: UnitRepository,
  ) {}

  async forBoard(principal: Principal, id: string): Promise<{ campaign: Campaign; issuer: Unit }> {
    const found = await this.load(id);
    if (!found) throw CampaignErrors.notFound();
    if (
      coordinatesAtOrAbove(principal, found.issuer) ||
      (await this.askedFromAbove(principal, found.campaign))
    )
      return found;
    throw CampaignErrors.notFound();
  }

  /**
   * For changes: read (and, with `lock` inside a transaction, lock) and insist on the issuing unit's coordinator.
   * Whoever may read the campaign (e.g. a target unit's drafter) is told the role it lacks (403);
   * only a campaign outside the caller's reach is 404.
   */
  async forIssuer(
    principal: Principal,
    id: string,
    options: { lock?: boolean } = {},
  ): Promise<{ campaign: Campaign; issuer: Unit }> {
    const found = await this.load(id, options);
    if (!found || !(await this.reads(principal, found))) throw CampaignErrors.notFound();
    if (!coordinatesExactly(principal, found.issuer.id))
      throw CampaignErrors.notCoordinator(found.issuer.name, rolesAt(principal, found.issuer));
    return found;
  }

  async forNotice(principal: Principal, id: string): Promise<{ campaign: Campaign; issuer: Unit }> {
    const found = await this.load(id);
    if (!found || !(await this.reads(principal, found))) throw CampaignErrors.notFound();
    return found;
  }

  private async reads(principal: Principal, found: { campaign: Campaign; issuer: Unit }): Promise<boolean> {
    return (
      (await this.seesNotice(principal, found.campaign.id, found.issuer)) ||
      this.askedFromAbove(principal, found.campaign)
    );
  }

  /**
   * Whether the caller reads the board of a campaign this one forwards, at any level above it. The
   * 依法治州办 saw its county's cascade in its own board's totals and got 404 opening it (an
   * external QA engineer, stop 50). A chain of cascades is a few levels deep (province to township).
   */
  async askedFromAbove(principal: Principal, campaign: Campaign): Promise<boolean> {
    let parentId = campaign.parentId;
    for (let depth = 0; parentId !== null && depth < MAX_CASCADE_DEPTH; depth++) {
      const parent = await this.load(parentId);
      if (!parent) return false;
      if (coordinatesAtOrAbove(principal, parent.issuer)) return true;
      parentId = parent.campaign.parentId;
    }
    return false;
  }

  /**
   * The cascaded campaigns (children) a caller may know of: a target county's drafter reading the
   * prefecture's notice must not learn the ids and titles of what other counties issued below it.
   */
  async visibleChildren<C extends { id: string; issuingUnitId: string }>(
    principal: Principal,
    children: C[],
  ): Promise<C[]> {
    if (children.length === 0) return children;
    const issuers = new Map(
      (await this.units.findByIds([...new Set(children.map((c) => c.issuingUnitId))])).map((u) => [u.id, u]),
    );
    // Once for all the children: it costs a few reads for an office's coordinator (review, stop 49).
    let served: Promise<string[]> | undefined;
    const servedOnce = () => (served ??= this.servedUnitIds(principal));
    const seen = await Promise.all(
      children.map((c) => {
        const issuer = issuers.get(c.issuingUnitId);
        return issuer ? this.seesNotice(principal, c.id, issuer, servedOnce) : false;
      }),
    );
    return children.filter((_, i) => seen[i]);
  }

  /** Of these units, those in the caller's reach (own units, subtrees of coordinator/admin roles). */
  async unitsInReach(principal: Principal, unitIds: string[]): Promise<string[]> {
    if (unitIds.length === 0) return unitIds;
    const units = new Map((await this.units.findByIds(unitIds)).map((u) => [u.id, u]));
    return unitIds.filter((id) => {
      const unit = units.get(id);
      return unit !== undefined && isInReach(principal, unit);
    });
  }

  /**
   * The units whose campaigns the caller receives besides its own and its subtrees': for a
   * coordinator of a 依法治县办, its county's government and 县委 (issuer-area.ts unitsServedBy).
   */
  async servedUnitIds(principal: Principal): Promise<string[]> {
    const coordinated = [
      ...new Set(principal.roles.filter((r) => r.role === 'coordinator').map((r) => r.unitId)),
    ];
    if (coordinated.length === 0) return [];
    const offices = (await this.units.findByIds(coordinated)).filter((u) => u.kind === 'rule_of_law_office');
    if (offices.length === 0) return [];
    const above = await this.units.findByIds([
      ...new Set(offices.flatMap((o) => ancestorIdsOf(o.path).filter((id) => id !== o.id))),
    ]);
    const served = offices.flatMap((office) =>
      unitsServedBy(
        office,
        above.filter((a) => a.id !== office.id && office.path.startsWith(a.path)),
      ),
    );
    return [...new Set(served.map((u) => u.id))];
  }

  private async seesNotice(
    principal: Principal,
    campaignId: string,
    issuer: UnitRef,
    servedUnits: () => Promise<string[]> = () => this.servedUnitIds(principal),
  ): Promise<boolean> {
    if (coordinatesAtOrAbove(principal, issuer)) return true;
    const { ownUnitIds, subtreePaths } = reachOf(principal);
    if (await this.campaigns.hasTargetWithin(campaignId, ownUnitIds, subtreePaths)) return true;
    const served = await servedUnits();
    return served.length > 0 && this.campaigns.hasTargetWithin(campaignId, served, []);
  }

  private async load(id: string, options: { lock?: boolean } = {}) {
    const campaign = await this.campaigns.findById(id, options);
    if (!campaign) return null;
    const issuer = await this.units.findById(campaign.issuingUnitId);
    return issuer ? { campaign, issuer } : null;
  }
}
