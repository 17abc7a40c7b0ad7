import { Injectable } from '@nestjs/common';
import { documentName, reportingLinesOf, UnitRepository, type Recipient, type Unit } from '@app/directory';
import { CopyRecipients } from './copy-recipients';
import { ReceiptRepository } from './receipt.repository';
import type { Report } from './report.types';

/** 主送 and 抄送 by name, as the 公文 prints them. */
export interface Addressees {
  main: string[];
  copy: string[];
}

/**
 * Who gets it, and, when no campaign asks for the report, whom the regulation's routing table has the
 * unit report to (`statutory`): without a notice the dispatch goes to the unit above by the old rule,
 * which for a county department is the prefecture's government, not its own 县委、县政府 and the
 * department one level up (a walk, stop 57). The dialog says so before 确定.
 */
export interface DispatchAddresseesNow extends Addressees {
  statutory: Addressees | null;
}

/**
 * Whom a report goes to if it is dispatched now: the 主送 and 抄送 of the campaigns it answers, else
 * (no campaign asked for it) the unit it goes up to, with its level's rule-of-law office copied as
 * the dispatch copies it (ReportDispatch). The dispatch dialog names them before 确定: a civil
 * servant's walk (stop 43) sent a report without a word of who would receive it.
 */
@Injectable()
export class DispatchAddressees {
  constructor(
    private readonly receipts: ReceiptRepository,
    private readonly units: UnitRepository,
    private readonly copyRecipients: CopyRecipients,
  ) {}

  async ifDispatchedNow(
    report: Pick<Report, 'id' | 'receivingUnitId' | 'reportLine'>,
    unit: Unit,
  ): Promise<DispatchAddresseesNow> {
    const addressed = await this.receipts.addresseesOf(report.id);
    if (addressed.main.length > 0) return { ...addressed, statutory: null };
    const receiving = report.receivingUnitId ? await this.units.findById(report.receivingUnitId) : null;
    const copyIds = await this.copyRecipients.unitsFor(unit);
    const copied = copyIds.length > 0 ? (await this.units.findByIds(copyIds)).map(documentName) : [];
    return {
      main: receiving ? [documentName(receiving)] : [],
      copy: copied,
      statutory: await this.statutoryAddressees(unit, report.reportLine),
    };
  }

  /** The routing table's 主送 and 抄送 for the unit's lines of this kind of report, by name. */
  private async statutoryAddressees(unit: Unit, reportLine: Report['reportLine']): Promise<Addressees> {
    const lines = reportingLinesOf({ unit, ...(await this.units.findRoutingNeighbourhood(unit)) }).filter(
      (line) => (line.kind === 'demonstration_area') === (reportLine === 'demonstration_area'),
    );
    const names = (recipients: Recipient[]) => [
      ...new Set(recipients.map((r) => (r.type === 'unit' ? documentName(r.unit) : r.name))),
    ];
    const main = names(lines.flatMap((line) => line.main));
    return { main, copy: names(lines.flatMap((line) => line.copies)).filter((name) => !main.includes(name)) };
  }
}
