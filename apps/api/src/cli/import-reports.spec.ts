import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import JSZip from 'jszip';
import * as path from 'node:path';
import { ImportPlanEntry, planImport, runCli } from './import-reports';
import { exportReportDocx } from '@app/content';
import { FIXTURES, FIXTURE_DIR } from '../../../../libs/content/test/fixtures';

// The dry run must not load the database or queue layers: each of these throws if anything requires it.
// (jest.mock is hoisted above the imports, so each factory is written out in full.)
jest.mock('typeorm', () => {
  throw new Error('the dry run loaded typeorm');
});
jest.mock('mysql2', () => {
  throw new Error('the dry run loaded mysql2');
});
jest.mock('bullmq', () => {
  throw new Error('the dry run loaded bullmq');
});
jest.mock('@app/persistence', () => {
  throw new Error('the dry run loaded @app/persistence');
});

const fixtureFiles = () =>
  Object.values(FIXTURES).map((name) => ({ name, content: readFileSync(path.join(FIXTURE_DIR, name)) }));

/** Runs the command, collecting what it prints. */
async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('planImport on the three real reports', () => {
  let plan: ImportPlanEntry[];
  beforeAll(async () => {
    plan = await planImport(fixtureFiles());
  });

  it('has one entry per file, sorted by name, in the documented shape', () => {
    expect(plan.map((e) => e.file)).toEqual([
      'baodi-district-transport-2023.txt',
      'changji-prefecture-transport-2021.txt',
      'lanshan-county-transport-2024.txt',
    ]);
    for (const e of plan) {
      expect(Object.keys(e).sort()).toEqual(
        [
          'detected',
          'error',
          'file',
          'format',
          'missing',
          'sections',
          'title',
          'unit',
          'warnings',
          'year',
        ].sort(),
      );
      expect(e.format).toBe('text');
      expect(e.error).toBeNull();
      for (const s of e.sections) {
        expect(Object.keys(s).sort()).toEqual(
          ['chars', 'confidence', 'heading', 'item', 'kind', 'line'].sort(),
        );
        expect([1, 2, 3, 4, 5]).toContain(s.item);
        expect(s.confidence).toBeGreaterThan(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('detects title, unit, year, sections and missing items', () => {
    const [baodi, changji, lanshan] = plan;
    expect(baodi).toMatchObject({
      title: '宝坻区交通局2023年法治政府建设情况报告',
      unit: '天津市宝坻区交通局',
      year: 2023,
      detected: { unit: '天津市宝坻区交通局', year: 2023 },
      missing: [5],
    });
    // The web page's 来源…发布时间 line stays at the start of item 1: said, not stored unremarked.
    expect(baodi.warnings).toEqual([
      {
        code: 'preamble_sender_lines',
        message: expect.stringContaining('第3行（“来源:天津市宝坻区交通局 发布时间:2024-01-25 15:35”）'),
      },
    ]);
    expect(changji.warnings).toEqual([]);
    expect(baodi.sections[1]).toEqual({
      item: 1,
      kind: 'section',
      heading: '一、2023年度推进法治政府建设的主要举措和成效',
      line: 14,
      chars: 3995,
      confidence: 0.9,
    });
    expect(changji).toMatchObject({ unit: '昌吉州交通运输局', year: 2021, missing: [5] });
    expect(changji.sections.find((s) => s.item === 3)).toMatchObject({ kind: 'subsection', confidence: 0.8 });
    expect(lanshan.sections.filter((s) => s.kind === 'section').map((s) => s.heading)).toEqual([
      '一、2024年推进法治政府建设的主要举措和成效',
      '二、存在问题',
      '三、下一步计划',
    ]);
  });

  it('applies --unit and --year, and warns when the text says otherwise', async () => {
    const [baodi] = await planImport(fixtureFiles().slice(0, 1), { unit: '蓝山县交通运输局', year: 2022 });
    expect(baodi).toMatchObject({
      unit: '蓝山县交通运输局',
      year: 2022,
      detected: { unit: '天津市宝坻区交通局', year: 2023 },
    });
    expect(baodi.warnings.map((w) => w.code)).toEqual([
      'unit_differs',
      'year_differs',
      'preamble_sender_lines',
    ]);
  });
});

describe('planImport on other files', () => {
  it('reads .docx, refuses GBK text and lists unsupported files without failing the rest', async () => {
    const docx = await exportReportDocx({
      title: '某局2024年法治政府建设情况报告',
      unitName: '某局',
      date: '2025-01-05',
      sections: {
        measures: '开展培训。',
        shortcomings: '装备不足。',
        leadersDuty: '带头学法。',
        nextYearPlan: '继续。',
        other: '',
      },
    });
    const plan = await planImport([
      { name: 'b.docx', content: docx },
      { name: 'a-gbk.txt', content: Buffer.from([0xb7, 0xa8, 0xd6, 0xce]) },
      { name: 'c.doc', content: Buffer.from('old word') },
    ]);
    expect(plan.map((e) => [e.file, e.format, e.error?.code ?? null])).toEqual([
      ['a-gbk.txt', 'text', 'TEXT_IS_GBK'], // was NOT_UTF8: a GBK file is now named as such (#14)
      ['b.docx', 'docx', null],
      ['c.doc', null, 'UNSUPPORTED_TYPE'],
    ]);
    expect(plan[1]).toMatchObject({ title: '某局2024年法治政府建设情况报告', year: 2024, missing: [5] });
  });
});

describe('planImport refuses the Unicode noncharacters', () => {
  const report = readFileSync(path.join(FIXTURE_DIR, FIXTURES.lanshan), 'utf8');
  const lines = report.split('\n');
  /** The real report with one noncharacter put at the end of its 5th line. */
  const holding = (char: string) =>
    Buffer.from([...lines.slice(0, 4), `${lines[4]}${char}`, ...lines.slice(5)].join('\n'), 'utf8');

  it('names the file, the line and the character, and reads the other files', async () => {
    const plan = await planImport([
      { name: 'ffff.txt', content: holding('\uFFFF') },
      { name: 'fffe.txt', content: holding('\uFFFE') },
      { name: 'clean.txt', content: Buffer.from(report, 'utf8') },
    ]);
    expect(plan.map((e) => [e.file, e.error?.code ?? null])).toEqual([
      ['clean.txt', null],
      ['fffe.txt', 'NONCHARACTER'],
      ['ffff.txt', 'NONCHARACTER'],
    ]);
    expect(plan[2].error!.message).toContain('第 5 行含非字符 U+FFFF');
    expect(plan[2].error!.message).toContain('line 5 holds the noncharacter U+FFFF');
    expect(plan[1].error!.message).toContain('U+FFFE');
    expect(plan[2].sections).toEqual([]);
  });

  it('in a Word file too', async () => {
    const clean = await exportReportDocx({
      title: '某局2024年法治政府建设情况报告',
      unitName: '某局',
      date: '2025-01-05',
      sections: {
        measures: '开展培训。',
        shortcomings: '装备不足。',
        leadersDuty: '带头学法。',
        nextYearPlan: '继续。',
        other: '',
      },
    });
    const zip = await JSZip.loadAsync(clean);
    const xml = await zip.file('word/document.xml')!.async('string');
    zip.file('word/document.xml', xml.replace('开展培训。', '开展培训&#xFFFF;。'));
    const docx = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const [entry] = await planImport([{ name: 'with-ffff.docx', content: docx }]);
    expect(entry.error).toMatchObject({ code: 'NONCHARACTER', message: expect.stringContaining('U+FFFF') });
  });

  it('the command prints the refusal under the file name and exits 1', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'import-nonchar-'));
    writeFileSync(path.join(dir, 'bad-2024.txt'), holding('\uFFFF'));
    const { code, stdout } = await run(['--dir', dir, '--dry-run']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/bad-2024\.txt\n {2}refused: NONCHARACTER 第 5 行含非字符 U\+FFFF/);
  });
});

describe('import-reports command', () => {
  it('--dry-run --json prints the plan as JSON', async () => {
    const { code, stdout } = await run(['--dir', FIXTURE_DIR, '--dry-run', '--json']);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as { dryRun: boolean; dir: string; files: ImportPlanEntry[] };
    expect(parsed.dryRun).toBe(true);
    expect(parsed.files.map((f) => f.file)).toEqual(
      readdirSync(FIXTURE_DIR)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    expect(parsed.files[0].year).toBe(2023);
  });

  it('--dry-run without --json prints a readable summary', async () => {
    const { code, stdout } = await run(['--dir', FIXTURE_DIR, '--dry-run', '--year', '2023']);
    expect(code).toBe(0);
    expect(stdout).toContain('baodi-district-transport-2023.txt');
    expect(stdout).toContain('missing items: 5');
  });

  it('needs --as (who imports) to write to the database', async () => {
    const { code, stderr } = await run(['--dir', FIXTURE_DIR]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^importing into the database needs --as <username>/);
  });

  it.each([
    [[]],
    [['--dir']],
    [['--dir', FIXTURE_DIR, '--dry-run', '--year', '23']],
    [['--dry-run', '--bogus']],
  ])('exits with 2 on wrong usage: %j', async (argv) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toContain('usage: import-reports');
  });

  it('imports nothing database-related (statically; the mocks above catch anything loaded at run time)', () => {
    const source = readFileSync(path.join(__dirname, 'import-reports.ts'), 'utf8');
    // `import type` is erased at compile time and loads nothing.
    const imported = [...source.matchAll(/^import (?!type )[^;]*? from '([^']+)';$/gm)].map((m) => m[1]);
    expect(imported.sort()).toEqual(['@app/content', 'node:fs/promises', 'node:path', 'node:util']);
  });
});
