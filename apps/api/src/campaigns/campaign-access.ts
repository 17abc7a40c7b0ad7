import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  isWithin,
  rolesAt,
  SUBTREE_ROLES,
  UnitRepository,
  type Principal,
  type Unit,
  type UnitRef,
} from '@app/directory';
import { CampaignErrors } from './campaign.errors';
import { CampaignRepository } from './campaign.repository';
import type { Campaign } from './campaign.types';

/** Holds `coordinator` in this unit or above it: may read the campaign's board and record. */
export function coordinatesAtOrAbove(principal: Principal, unit: UnitRef): boolean {
  return principal.roles.some((held) => held.role === 'coordinator' && isWithin(unit.path, held.unitPath));
}

/** Holds `coordinator` in exactly this unit: may issue, add targets, withdraw, decide extensions. */
export function coordinatesExactly(principal: Principal, unitId: string): boolean {
  return principal.roles.some((held) => held.role === 'coordinator' && held.unitId === unitId);
}

/**
 * Who may see what of a campaign. The board and the record: the issuing coordinators and the
 * coordinators above them. The notice: also the target units' own members and the coordinators
 * of a subtree holding a target (the level that cascades it). Anything else answers 404.
 */
@Injectable()
export class CampaignAccess {
  constructor(
    private readonly campaigns: CampaignRepository,
    private readonly units: UnitRepository,
  ) {}

  async forBoard(principal: Principal, id: string): Promise<{ campaign: Campaign; issuer: Unit }> {
    const found = await this.load(id);
    if (!found || !coordinatesAtOrAbove(principal, found.issuer)) throw CampaignErrors.notFound();
    return found;
  }

  /**
   * For changes: read (and lock, inside a transaction) and insist on the issuing unit's coordinator.
   * Whoever may read the campaign (e.g. a target unit's drafter) is told the role it lacks (403);
   * only a campaign outside the caller's reach is 404.
   */
  async forIssuer(
    principal: Principal,
    id: string,
    manager?: EntityManager,
  ): Promise<{ campaign: Campaign; issuer: Unit }> {
    const found = await this.load(id, manager);
    if (!found || !(await this.mayReadNotice(principal, found))) throw CampaignErrors.notFound();
    if (!coordinatesExactly(principal, found.issuer.id))
      throw CampaignErrors.notCoordinator(found.issuer.name, rolesAt(principal, found.issuer));
    return found;
  }

  async forNotice(principal: Principal, id: string): Promise<{ campaign: Campaign; issuer: Unit }> {
    const found = await this.load(id);
    if (!found || !(await this.mayReadNotice(principal, found))) throw CampaignErrors.notFound();
    return found;
  }

  private async mayReadNotice(principal: Principal, found: { campaign: Campaign; issuer: Unit }) {
    if (coordinatesAtOrAbove(principal, found.issuer)) return true;
    const ownUnits = [principal.unitId, ...principal.roles.map((r) => r.unitId)];
    const subtrees = principal.roles.filter((r) => SUBTREE_ROLES.includes(r.role)).map((r) => r.unitPath);
    return this.campaigns.hasTargetWithin(found.campaign.id, ownUnits, subtrees);
  }

  private async load(id: string, manager?: EntityManager) {
    const campaign = await this.campaigns.findById(id, manager, manager !== undefined);
    if (!campaign) return null;
    const issuer = await this.units.findById(campaign.issuingUnitId, manager);
    return issuer ? { campaign, issuer } : null;
  }
}
