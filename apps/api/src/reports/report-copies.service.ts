import { Injectable } from '@nestjs/common';
import { authorize, UnitRepository, unitsListingCopies, type Principal } from '@app/directory';
import { ReportCopyRepository, type ReceivedAs } from '@app/reports';
import { defaultRegistry, stateLabel } from '@app/workflow';
import type { z } from 'zod/v4';
import type { CopiedReportSchema } from './reports.responses';

/**
 * The reports received (收到的报告): reports dispatched to the caller's units (its own, and those
 * it reads copies for, unitsListingCopies), as 主送 or 抄送, newest dispatch first, each shown as
 * last dispatched. Only roles that may read copies get it (403 otherwise).
 */
@Injectable()
export class ReportCopiesService {
  constructor(
    private readonly copies: ReportCopyRepository,
    private readonly units: UnitRepository,
  ) {}

  async list(
    principal: Principal,
    filter: { reportYear?: number; receivedAs?: ReceivedAs; limit?: number; offset?: number },
  ): Promise<z.output<typeof CopiedReportSchema>[]> {
    const units = unitsListingCopies(principal);
    if (units.length === 0) {
      // Nothing to list: the usual 403, naming the roles that would list something.
      const own = await this.units.findById(principal.unitId);
      authorize(principal, 'report.read-copy', {
        id: principal.unitId,
        path: principal.unitPath,
        name: own?.name,
      });
    }
    const copied = await this.copies.copiedTo({
      unitIds: units.map((u) => u.id),
      reportYear: filter.reportYear,
      receivedAs: filter.receivedAs,
      limit: filter.limit ?? 50,
      offset: filter.offset ?? 0,
    });
    // Which notices put each unit among the readers (scenario test, stop 48: every row named the
    // campaign that created the report, whoever had addressed the reader).
    const addressing = await this.copies.campaignsAddressing(
      copied.map((row) => ({ reportId: row.id, unitId: row.receivedById })),
    );
    return copied.map((row) => {
      const definition = defaultRegistry.get(row.workflowId, row.workflowVersion);
      return {
        id: row.id,
        unit: { id: row.unitId, name: row.unitName },
        receivedBy: { id: row.receivedById, name: row.receivedByName },
        reportYear: row.reportYear,
        title: row.title,
        state: row.dispatchedState,
        stateLabel: stateLabel(definition, row.dispatchedState),
        campaignId: row.campaignId,
        campaigns: addressing.get(`${row.id}|${row.receivedById}`) ?? [],
        receivedAs: row.receivedAs,
        copy: {
          revision: row.revision,
          dispatchedAt: row.dispatchedAt,
          firstDispatchedAt: row.firstDispatchedAt,
          dispatchCount: row.dispatchCount,
        },
      };
    });
  }
}
