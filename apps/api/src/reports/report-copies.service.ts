import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { authorize, UnitRepository, type Principal } from '@app/directory';
import { defaultRegistry, stateLabel } from '@app/workflow';
import type { z } from 'zod/v4';
import type { CopiedReportSchema } from './reports.responses';

/**
 * The 抄送 list: reports dispatched to the caller's unit as a copy recipient, newest dispatch
 * first, each shown as last dispatched. Only roles that may read copies get it (403 otherwise).
 */
@Injectable()
export class ReportCopiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly units: UnitRepository,
  ) {}

  async list(
    principal: Principal,
    filter: { reportYear?: number; limit?: number; offset?: number },
  ): Promise<z.output<typeof CopiedReportSchema>[]> {
    const own = await this.units.findById(principal.unitId);
    authorize(principal, 'report.read-copy', {
      id: principal.unitId,
      path: principal.unitPath,
      name: own?.name,
    });
    const year = filter.reportYear === undefined ? '' : 'AND r.report_year = ?';
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT r.id, r.unit_id, u.name AS unit_name, r.report_year, r.state, r.workflow_id, r.workflow_version,
              r.campaign_id, rv.title, last.revision, last.dispatched_at, c.created_at AS first_dispatched_at,
              (SELECT COUNT(*) FROM report_copy_revisions n WHERE n.report_id = c.report_id AND n.unit_id = c.unit_id)
                AS dispatch_count
         FROM report_copies c
         JOIN reports r ON r.id = c.report_id
         JOIN units u ON u.id = r.unit_id
         JOIN report_copy_revisions last ON last.report_id = c.report_id AND last.unit_id = c.unit_id
          AND last.event_seq = (SELECT MAX(x.event_seq) FROM report_copy_revisions x
                                 WHERE x.report_id = c.report_id AND x.unit_id = c.unit_id)
         JOIN report_revisions rv ON rv.report_id = r.id AND rv.number = last.revision
        WHERE c.unit_id = ? ${year}
        ORDER BY last.dispatched_at DESC, r.id LIMIT ? OFFSET ?`,
      [
        principal.unitId,
        ...(filter.reportYear === undefined ? [] : [filter.reportYear]),
        filter.limit ?? 50,
        filter.offset ?? 0,
      ],
    );
    return rows.map((row) => {
      const definition = defaultRegistry.get(row.workflow_id as string, Number(row.workflow_version));
      return {
        id: row.id as string,
        unit: { id: row.unit_id as string, name: row.unit_name as string },
        reportYear: Number(row.report_year),
        title: row.title as string,
        state: row.state as string,
        stateLabel: stateLabel(definition, row.state as string),
        campaignId: (row.campaign_id as string | null) ?? null,
        copy: {
          revision: Number(row.revision),
          dispatchedAt: row.dispatched_at as Date,
          firstDispatchedAt: row.first_dispatched_at as Date,
          dispatchCount: Number(row.dispatch_count),
        },
      };
    });
  }
}
