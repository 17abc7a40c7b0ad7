import { Injectable } from '@nestjs/common';
import { documentName, UnitRepository, type Unit } from '@app/directory';
import { CopyRecipients } from './copy-recipients';
import { ReceiptRepository } from './receipt.repository';
import type { Report } from './report.types';

/** 主送 and 抄送 by name, as the 公文 prints them. */
export interface Addressees {
  main: string[];
  copy: string[];
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

  async ifDispatchedNow(report: Pick<Report, 'id' | 'receivingUnitId'>, unit: Unit): Promise<Addressees> {
    const addressed = await this.receipts.addresseesOf(report.id);
    if (addressed.main.length > 0) return addressed;
    const receiving = report.receivingUnitId ? await this.units.findById(report.receivingUnitId) : null;
    const copyIds = await this.copyRecipients.unitsFor(unit);
    const copied = copyIds.length > 0 ? (await this.units.findByIds(copyIds)).map(documentName) : [];
    return { main: receiving ? [documentName(receiving)] : [], copy: copied };
  }
}
