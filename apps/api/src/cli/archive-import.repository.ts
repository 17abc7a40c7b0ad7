import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';

/** Read-only: what `import-reports` checks before it creates an archived report through DraftingService. */
@Injectable()
export class ArchiveImportRepository {
  constructor(private readonly db: Database) {}

  /** The unit's report of that year outside any campaign (an earlier import), if there is one. */
  async findStandaloneReportId(unitId: string, year: number): Promise<string | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('reports')
        .select('id')
        .where('unit_id', '=', unitId)
        .where('report_year', '=', year)
        .where('campaign_scope', '=', 'none'),
    );
    return row?.id ?? null;
  }
}
