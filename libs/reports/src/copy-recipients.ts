import { Injectable } from '@nestjs/common';
import { copyRecipientParentOf, UnitRepository, type Unit } from '@app/directory';

/**
 * The regulation has departments copy their level's rule-of-law office (依法治X办, here the justice
 * bureau units): the justice bureaus directly under the government of the reporting unit's level.
 * They may read the submission but not act on it.
 */
@Injectable()
export class CopyRecipients {
  constructor(private readonly units: UnitRepository) {}

  async unitsFor(unit: Unit): Promise<string[]> {
    const ancestors = await this.units.findAncestors(unit);
    const levelGovernment = copyRecipientParentOf(unit, ancestors);
    if (!levelGovernment) return [];
    const offices = await this.units.findSubtree(levelGovernment.path, { kind: 'justice_bureau' });
    return offices.filter((o) => o.parentId === levelGovernment.id && o.id !== unit.id).map((o) => o.id);
  }
}
