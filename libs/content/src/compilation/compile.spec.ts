import { emptySections, ReportSections } from '../types';
import { readPart, paragraphTexts } from '../../test/docx';
import { compileMaterials, CompilationUnit } from './compile';
import { exportCompilationDocx } from './compilation-docx';

function sections(parts: Partial<ReportSections>): ReportSections {
  return { ...emptySections(), ...parts };
}

const transport: CompilationUnit = {
  unitName: '某县交通运输局',
  status: 'received',
  dispatched: {
    revision: 4,
    dispatchedOn: '2027-02-10',
    title: '某县交通运输局2026年法治政府建设情况报告',
    sections: sections({
      measures:
        '某县交通运输局2026年法治政府建设情况报告\n县人民政府：\n现将有关情况报告如下：\n一、主要举措和成效\n全年办理行政复议案件十二件，开展法治培训4期。',
      shortcomings: '二、存在的不足和原因\n执法力量不足。',
      leadersDuty: '三、党政主要负责人履行推进法治建设第一责任人职责情况\n主要负责人出庭应诉2次。',
      nextYearPlan: '四、2027年推进法治政府建设的主要安排\n加强执法队伍建设。\n某县交通运输局\n2027年2月9日',
    }),
  },
};

const finance: CompilationUnit = {
  unitName: '某县财政局',
  status: 'accepted',
  dispatched: {
    revision: 2,
    dispatchedOn: '2027-02-12',
    title: '某县财政局2026年法治政府建设情况报告',
    sections: sections({
      measures:
        '审查规范性文件3件。\n【不予公开】办理涉密行政复议案件2件，当事人张某。【/不予公开】\n组织学法活动5场。',
      shortcomings: '培训不足。',
      leadersDuty: '主要负责人带头学法。',
      // Next year's plan: no figure of this year's table (external QA, stop 53).
      nextYearPlan: '继续推进，计划全年组织业务培训不少于8期。',
    }),
  },
};

const input = {
  issuerName: '某县依法治县办',
  reportYear: 2026,
  campaignTitle: '关于报送2026年度法治政府建设年度报告的通知',
  campaignDocumentNumber: '某法办〔2027〕1号',
  units: [
    transport,
    finance,
    { unitName: '某县水利局', status: 'not_submitted' as const },
    { unitName: '某县林业局', status: 'returned' as const },
  ],
};

describe('compileMaterials: item by item, each unit under its name', () => {
  const compilation = compileMaterials(input);
  const item = (n: number) => compilation.items.find((i) => i.item === n)!;
  const text = (n: number, unit: string) =>
    item(n)
      .entries.find((e) => e.unitName === unit)!
      .paragraphs.map((p) => p.map((r) => r.text).join(''));

  it('gathers the units that reported under the statutory headings, without their own headings, title and signature', () => {
    expect(compilation.items.map((i) => i.heading)).toEqual([
      '一、主要举措和成效',
      '二、存在的不足和原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、下一年度推进法治政府建设的主要安排',
    ]);
    expect(item(1).entries.map((e) => e.unitName)).toEqual(['某县交通运输局', '某县财政局']);
    // The introduction stays; the title, the 主送 line and the unit's own heading go.
    expect(text(1, '某县交通运输局')).toEqual([
      '现将有关情况报告如下：',
      '全年办理行政复议案件十二件，开展法治培训4期。',
    ]);
    expect(text(4, '某县交通运输局')).toEqual(['加强执法队伍建设。']);
    expect(text(2, '某县财政局')).toEqual(['培训不足。']);
  });

  it('keeps a bracketed note under the 落款 as the unit’s words, the 落款 itself left out (pen test, stop 55)', () => {
    const noted = compileMaterials({
      ...input,
      units: [
        {
          ...transport,
          dispatched: {
            ...transport.dispatched!,
            sections: {
              ...transport.dispatched!.sections,
              nextYearPlan:
                '四、2027年推进法治政府建设的主要安排\n加强执法队伍建设。\n某县交通运输局\n2027年2月9日\n（2026年本局行政诉讼败诉3件）',
            },
          },
        },
      ],
    });
    const plan = noted.items
      .find((i) => i.item === 4)!
      .entries[0].paragraphs.map((p) => p.map((r) => r.text).join(''));
    expect(plan).toEqual(['加强执法队伍建设。', '（2026年本局行政诉讼败诉3件）']);
  });

  it('lists every target with its status; returned and unreported units have no text', () => {
    expect(compilation.roster).toEqual([
      {
        unitName: '某县交通运输局',
        status: 'received',
        label: '已报送',
        revision: 4,
        dispatchedOn: '2027-02-10',
      },
      {
        unitName: '某县财政局',
        status: 'accepted',
        label: '已接收',
        revision: 2,
        dispatchedOn: '2027-02-12',
      },
      { unitName: '某县水利局', status: 'not_submitted', label: '未报送' },
      { unitName: '某县林业局', status: 'returned', label: '已退回修改（未收录）' },
    ]);
    // Corrected after its acceptance (更正): the version included is not the one accepted.
    const corrected = compileMaterials({
      ...input,
      units: [{ ...finance, dispatched: { ...finance.dispatched!, revision: 3, acceptedRevision: 2 } }],
    });
    expect(corrected.roster[0]).toMatchObject({ label: '已接收第2版；第3版为更正，待接收', revision: 3 });
  });

  it('keeps a 不予公开 passage, marked as such, never as ordinary text', () => {
    const entry = item(1).entries.find((e) => e.unitName === '某县财政局')!;
    expect(entry.hasWithheld).toBe(true);
    expect(entry.paragraphs[1]).toEqual([
      { text: '【不予公开】办理涉密行政复议案件2件，当事人张某。【/不予公开】', withheld: true },
    ]);
    expect(entry.paragraphs[0]).toEqual([{ text: '审查规范性文件3件。', withheld: false }]);
    expect(item(1).entries.find((e) => e.unitName === '某县交通运输局')!.hasWithheld).toBe(false);
  });

  it('puts the figures side by side, one column per subject quoted, flagging withheld ones', () => {
    expect(compilation.columns.map((c) => c.label)).toEqual([
      '行政复议案件（件）',
      '负责人出庭应诉（次）',
      '规范性文件（件）',
      '法治培训（场次）',
    ]);
    const cells = compilation.figureRows.map((r) => ({
      unit: r.unitName,
      values: r.cells.map((c) => c.map((f) => `${f.value}${f.withheld ? '*' : ''}`)),
    }));
    expect(cells).toEqual([
      { unit: '某县交通运输局', values: [['12'], ['2'], [], ['4']] },
      { unit: '某县财政局', values: [['2*'], [], ['3'], ['5']] },
    ]);
  });
});

describe('exportCompilationDocx', () => {
  it('prints the title, the roster, the items with unit names and the figures table', async () => {
    const docx = await exportCompilationDocx(compileMaterials(input));
    const xml = await readPart(docx, 'word/document.xml');
    const paragraphs = paragraphTexts(xml);
    expect(paragraphs[0]).toBe('某县依法治县办2026年度法治政府建设年度报告素材汇编');
    const at = (text: string) => paragraphs.indexOf(text);
    expect(at('一、主要举措和成效')).toBeLessThan(at('（一）某县交通运输局'));
    expect(at('（一）某县交通运输局')).toBeLessThan(at('全年办理行政复议案件十二件，开展法治培训4期。'));
    expect(at('（二）某县财政局（含不予公开内容）')).toBeGreaterThan(at('一、主要举措和成效'));
    expect(paragraphs).toContain('未报送');
    expect(paragraphs).toContain('12（全年办理行政复议案件十二件）');
    expect(paragraphs).toContain('2（办理涉密行政复议案件2件）【不予公开】');
    // The withheld passage is shaded, so it stands out on paper too.
    expect(xml).toMatch(/<w:shd [^>]*w:fill="D9D9D9"[^>]*\/>(?:(?!<\/w:r>).)*不予公开/s);
    expect(xml).toContain('w:tbl');
  });
});
