/**
 * Batch import of earlier years' reports (plain text or .docx) from a folder.
 *
 *   node dist/apps/api/src/cli/import-reports.js --dir <folder> --dry-run [--json] [--unit <name>] [--year <yyyy>]
 *
 * --dir     the folder; its .txt and .docx files are read (not sub-folders; hidden files and Word's "~$" lock
 *           files are ignored, other files are listed as unsupported)
 * --dry-run read and map the files, touch no database
 * --as      without --dry-run: import into the database as this user (an admin or coordinator reaching the
 *           units); each file becomes an archived report (workflow "archive") of its unit and year, with one
 *           revision; a unit/year already imported is skipped
 * --json    print the plan as JSON (below) instead of a readable summary
 * --unit    the unit every file belongs to, instead of the unit named in each text
 * --year    the report year of every file, instead of the year named in each text
 * Exit code: 0 every file could be read, 1 some could not, 2 wrong usage.
 *
 * JSON output (--dry-run --json):
 * {
 *   "dryRun": true,
 *   "dir": "<folder as given>",
 *   "files": [                      // one entry per file, sorted by file name
 *     {
 *       "file": "baodi-2023.txt",   // file name inside the folder
 *       "format": "text",           // "text" | "docx" | null (unsupported type)
 *       "title": "…",               // title found in the text (joined when split over two lines), or null;
 *                                   // its lines are stored as the report's title, not in item 1
 *       "unit": "…",                // --unit if given, else the unit named in the text (signature first, then
 *                                   // title), or null
 *       "year": 2023,               // --year if given, else the year named in the title, or null
 *       "detected": { "unit": "…", "year": 2023 },  // what the text itself says (null when not found)
 *       "sections": [               // the blocks the import found, in text order
 *         {
 *           "item": 1,              // statutory item 1-5 (1 measures, 2 shortcomings, 3 leaders' duty,
 *                                   // 4 next year's plan, 5 other)
 *           "kind": "section",      // "preamble" | "section" | "subsection" | "signature"
 *           "heading": "一、…",     // the heading as written (first line for preamble and signature)
 *           "line": 14,             // 1-based line where the block starts
 *           "chars": 3995,          // characters in the block
 *           "confidence": 0.9       // 0..1, how sure the import is about the item
 *         }
 *       ],
 *       "missing": [5],             // items for which no heading was found
 *       "warnings": [{ "code": "unit_differs", "message": "…" }],  // unit_unknown, year_unknown,
 *                                   // year_from_date (year inferred from the closing date only),
 *                                   // unit_differs, year_differs, preamble_sender_lines (lines before the
 *                                   // first heading that state the sender or a date, such as 报送单位 or
 *                                   // 来源…发布时间, kept at the start of item 1): things to check before the
 *                                   // real import
 *       "error": null               // or { "code": "NOT_UTF8", "message": "…" } when the file was refused;
 *                                   // codes: FILE_TOO_LARGE, NOT_A_DOCX, DOCX_TOO_LARGE_UNCOMPRESSED,
 *                                   // DOCX_DAMAGED, DOCX_STRUCTURE_INVALID, DOCX_TOO_COMPLEX, TEXT_IS_GBK,
 *                                   // NOT_UTF8, EMPTY_TEXT, UNSUPPORTED_TYPE, NONCHARACTER (U+FFFF …,
 *                                   // naming the line)
 *     }
 *   ]
 * }
 *
 * The dry run imports nothing database-related (only @app/content, which is pure); the database part, when
 * it comes, must be loaded with a dynamic import() on the non-dry-run path so that this stays true.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import type { ImportOutcome } from './import-into-database.js';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  DocumentRejectedError,
  ImportResult,
  MappingKind,
  StatutoryItem,
  compareUnitNames,
  decodeTextUpload,
  importReportDocx,
  importReportText,
} from '@app/content';

export interface ImportOverrides {
  unit?: string;
  year?: number;
}

export interface ImportPlanSection {
  item: StatutoryItem;
  kind: MappingKind;
  heading: string;
  line: number;
  chars: number;
  confidence: number;
}

export interface ImportPlanEntry {
  file: string;
  format: 'text' | 'docx' | null;
  title: string | null;
  unit: string | null;
  year: number | null;
  detected: { unit: string | null; year: number | null };
  sections: ImportPlanSection[];
  missing: StatutoryItem[];
  warnings: Array<{ code: string; message: string }>;
  error: { code: string; message: string } | null;
}

function formatOf(name: string): ImportPlanEntry['format'] {
  const ext = path.extname(name).toLowerCase();
  return ext === '.txt' ? 'text' : ext === '.docx' ? 'docx' : null;
}

/** Read and map each file; never throws for a bad file (its entry carries the error instead). */
export async function planImport(
  files: Array<{ name: string; content: Buffer }>,
  overrides: ImportOverrides = {},
): Promise<ImportPlanEntry[]> {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const entries: ImportPlanEntry[] = [];
  for (const { name, content } of sorted) {
    const format = formatOf(name);
    const entry: ImportPlanEntry = {
      file: name,
      format,
      title: null,
      unit: overrides.unit ?? null,
      year: overrides.year ?? null,
      detected: { unit: null, year: null },
      sections: [],
      missing: [],
      warnings: [],
      error: null,
    };
    entries.push(entry);
    if (format === null) {
      entry.error = {
        code: 'UNSUPPORTED_TYPE',
        message:
          '仅支持 .txt（UTF-8）和 .docx 文件；旧版 .doc 请另存为 .docx。Only .txt (UTF-8) and .docx files are read.',
      };
      continue;
    }
    let result: ImportResult;
    try {
      result =
        format === 'docx' ? await importReportDocx(content) : importReportText(decodeTextUpload(content));
    } catch (error: unknown) {
      if (!(error instanceof DocumentRejectedError)) throw error;
      entry.error = { code: error.code, message: error.message };
      continue;
    }
    fill(entry, result, overrides);
  }
  return entries;
}

function fill(entry: ImportPlanEntry, result: ImportResult, overrides: ImportOverrides): void {
  entry.title = result.title ?? null;
  entry.detected = { unit: result.unitName ?? null, year: result.year ?? null };
  entry.unit = overrides.unit ?? entry.detected.unit;
  entry.year = overrides.year ?? entry.detected.year;
  entry.sections = result.mapping.map((m) => ({
    item: m.item,
    kind: m.kind,
    heading: m.heading,
    line: m.line,
    chars: m.chars,
    confidence: Math.round(m.confidence * 100) / 100,
  }));
  entry.missing = result.missing;
  const warn = (code: string, message: string) => entry.warnings.push({ code, message });
  if (entry.unit === null) warn('unit_unknown', '文中未找到单位名称，请用 --unit 指定');
  if (entry.year === null) warn('year_unknown', '文中未找到报告年度，请用 --year 指定');
  // A year inferred from the closing date only is a guess the batch must not take silently.
  if (!overrides.year && result.yearBasis?.source === 'date') warn('year_from_date', result.yearBasis.reason);
  const { unit, year } = entry.detected;
  if (overrides.unit && unit && compareUnitNames(unit, overrides.unit) === 'different')
    warn('unit_differs', `文中单位为“${unit}”，与 --unit “${overrides.unit}” 不一致`);
  if (overrides.year && year && year !== overrides.year)
    warn('year_differs', `文中年度为 ${year} 年，与 --year ${overrides.year} 不一致`);
  // What the import kept that is not report text (报送单位, 发布时间, a date under the title): the archived
  // report keeps it at the start of item 1, so the batch says so rather than storing it unremarked.
  for (const notice of result.notices) if (notice.severity === 'warning') warn(notice.code, notice.message);
}

/** A readable summary, one block per file. */
export function formatPlan(entries: ImportPlanEntry[]): string {
  const out: string[] = [];
  for (const e of entries) {
    out.push(`${e.file}`);
    if (e.error) {
      out.push(`  refused: ${e.error.code} ${e.error.message}`, '');
      continue;
    }
    out.push(`  title: ${e.title ?? '-'}   unit: ${e.unit ?? '-'}   year: ${e.year ?? '-'}`);
    for (const s of e.sections)
      out.push(
        `  item ${s.item} ${s.kind.padEnd(10)} ${String(s.chars).padStart(6)} chars  ${s.confidence.toFixed(2)}  ${s.heading}`,
      );
    out.push(`  missing items: ${e.missing.length ? e.missing.join(', ') : 'none'}`);
    for (const w of e.warnings) out.push(`  warning: ${w.code} ${w.message}`);
    out.push('');
  }
  return out.join('\n');
}

const USAGE =
  'usage: import-reports --dir <folder> (--dry-run | --as <username>) [--json] [--unit <name>] [--year <yyyy>]';

interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: Io = {
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (text) => process.stderr.write(text + '\n'),
};

/** The command; returns the exit code. */
export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  let values: {
    dir?: string;
    'dry-run'?: boolean;
    json?: boolean;
    unit?: string;
    year?: string;
    as?: string;
  };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: {
        dir: { type: 'string' },
        'dry-run': { type: 'boolean' },
        json: { type: 'boolean' },
        unit: { type: 'string' },
        year: { type: 'string' },
        as: { type: 'string' },
      },
    }));
  } catch (error: unknown) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const dir = values.dir;
  if (!dir) return usage(io, '--dir is required');
  if (values.year !== undefined && !/^20\d{2}$/.test(values.year))
    return usage(io, `--year must be a year such as 2023, not "${values.year}"`);
  if (values.unit !== undefined && values.unit.trim() === '') return usage(io, '--unit must not be empty');
  if (!values['dry-run'] && !values.as) {
    return usage(
      io,
      'importing into the database needs --as <username> (an admin or coordinator); or use --dry-run',
    );
  }
  const dirStat = await stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) return usage(io, `not a folder: ${dir}`);

  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((d) => d.isFile() && !d.name.startsWith('.') && !d.name.startsWith('~$'))
    .map((d) => d.name);
  const files = await Promise.all(
    names.map(async (name) => ({ name, content: await readFile(path.join(dir, name)) })),
  );
  const overrides = { unit: values.unit?.trim(), year: values.year ? Number(values.year) : undefined };
  const entries = await planImport(files, overrides);
  if (!values['dry-run']) {
    // Loaded here only, so the dry run never touches database code.
    const { importIntoDatabase } = await import('./import-into-database.js');
    const readable = entries.filter((e) => !e.error);
    const outcomes = await importIntoDatabase(
      readable.map((e) => ({
        name: e.file,
        content: files.find((f) => f.name === e.file)!.content,
        unit: e.unit,
        year: e.year,
      })),
      values.as!,
    );
    io.stdout(
      values.json
        ? JSON.stringify({ dryRun: false, dir, files: outcomes }, null, 2)
        : outcomes.map((o: ImportOutcome) => `${o.status.padEnd(8)} ${o.file}: ${o.message}`).join('\n'),
    );
    return entries.some((e) => e.error) || outcomes.some((o: ImportOutcome) => o.status === 'failed') ? 1 : 0;
  }
  io.stdout(
    values.json ? JSON.stringify({ dryRun: true, dir, files: entries }, null, 2) : formatPlan(entries),
  );
  return entries.some((e) => e.error) ? 1 : 0;
}

function usage(io: Io, message: string): number {
  io.stderr(`${message}\n${USAGE}`);
  return 2;
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`import-reports failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
    },
  );
}
