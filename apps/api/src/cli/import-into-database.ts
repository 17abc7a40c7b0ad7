/**
 * The database half of `import-reports` (without --dry-run). Loaded only on that path, so the dry
 * run stays free of database code. Each file becomes an archived report (workflow `archive`: history
 * to compare with, never work to do) of its unit and year, with one revision, through the same
 * DraftingService as every other report, so its creation is in the audit chain.
 */
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommonModule } from '@app/common';
import { decodeTextUpload, importReportDocx, importReportText, type ImportResult } from '@app/content';
import { ConfigModule } from '@app/config';
import { DirectoryModule, UnitRepository, UserRepository, type Principal } from '@app/directory';
import { PersistenceModule } from '@app/persistence';
import { QueueModule } from '@app/queue';
import { DraftingService, ReportsCoreModule } from '@app/reports';
import { ArchiveImportRepository } from './archive-import.repository';

@Module({
  imports: [ConfigModule, CommonModule, PersistenceModule, QueueModule, DirectoryModule, ReportsCoreModule],
  providers: [ArchiveImportRepository],
})
class ImportModule {}

export interface ImportOutcome {
  file: string;
  status: 'imported' | 'skipped' | 'failed';
  reportId?: string;
  message: string;
}

export async function importIntoDatabase(
  files: Array<{ name: string; content: Buffer; unit: string | null; year: number | null }>,
  asUsername: string,
): Promise<ImportOutcome[]> {
  const app = await NestFactory.createApplicationContext(ImportModule, { logger: ['error'] });
  try {
    const units = app.get(UnitRepository);
    const archive = app.get(ArchiveImportRepository);
    const importer = await app.get(UserRepository).findByUsername(asUsername);
    if (!importer || !importer.active) throw new Error(`--as ${asUsername}: no such active user`);
    if (!importer.roles.some((r) => r.role === 'admin' || r.role === 'coordinator')) {
      throw new Error(`--as ${asUsername}: the importer must hold admin or coordinator`);
    }
    const drafting = app.get(DraftingService);
    const outcomes: ImportOutcome[] = [];
    for (const file of files) {
      if (!file.unit || !file.year) {
        outcomes.push({
          file: file.name,
          status: 'failed',
          message: 'unit or year unknown: give --unit/--year',
        });
        continue;
      }
      const named = await units.findByName(file.unit);
      const reach = importer.roles.filter((r) => r.role === 'admin' || r.role === 'coordinator');
      const mine = named.filter((u) => reach.some((r) => u.path.startsWith(r.unitPath)));
      if (mine.length !== 1) {
        outcomes.push({
          file: file.name,
          status: 'failed',
          message:
            mine.length === 0
              ? `no unit named ${file.unit} within your reach`
              : `${mine.length} units are named ${file.unit}`,
        });
        continue;
      }
      const unit = mine[0];
      const existing = await archive.findStandaloneReportId(unit.id, file.year);
      if (existing) {
        outcomes.push({
          file: file.name,
          status: 'skipped',
          reportId: existing,
          message: 'already imported',
        });
        continue;
      }
      // The importer acts as coordinator above the unit and, for this one write, as its drafter.
      const principal: Principal = {
        userId: importer.id,
        username: importer.username,
        displayName: importer.displayName,
        unitId: importer.unitId,
        unitPath: importer.unitPath,
        roles: [
          ...reach.map((r) => ({ ...r, role: 'coordinator' as const })),
          { role: 'drafter', unitId: unit.id, unitPath: unit.path },
        ],
        sessionId: 'import',
      };
      const imported: ImportResult = file.name.toLowerCase().endsWith('.docx')
        ? await importReportDocx(file.content)
        : importReportText(decodeTextUpload(file.content));
      const report = await drafting.create({
        principal,
        unitId: unit.id,
        reportYear: file.year,
        title: imported.title,
        workflow: { id: 'archive', version: 1 },
        receivingUnitId: null,
      });
      await drafting.save(
        principal,
        report.id,
        { basedOnRevision: 0, title: imported.title, sections: imported.sections },
        { importing: true },
      );
      outcomes.push({
        file: file.name,
        status: 'imported',
        reportId: report.id,
        message: `${file.unit} ${file.year}`,
      });
    }
    return outcomes;
  } finally {
    await app.close();
  }
}
