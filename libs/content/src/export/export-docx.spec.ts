import { exportReportDocx, PAGE } from './export-docx';
import { importReportText } from '../import-text';
import { importReportDocx, readDocxText } from '../docx/import-docx';
import { ReportSections, SECTION_KEYS, emptySections } from '../types';
import { cleanText } from './clean-text';
import { readFixture } from '../../test/fixtures';
import { paragraphTexts, readPart } from '../../test/docx';

const baodi = importReportText(readFixture('baodi'));
const report = {
  title: baodi.title ?? '',
  unitName: '天津市宝坻区交通局',
  date: '2024-01-15',
  sections: baodi.sections,
};

const nonBlankLines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

describe('exportReportDocx: the Baodi report', () => {
  let docx: Buffer;
  let documentXml: string;
  let stylesXml: string;
  beforeAll(async () => {
    docx = await exportReportDocx(report);
    documentXml = await readPart(docx, 'word/document.xml');
    stylesXml = await readPart(docx, 'word/styles.xml');
  });

  it('is an A4 page with the GB/T 9704 margins', () => {
    expect(documentXml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(PAGE.margin).toEqual({ top: 2098, bottom: 1984, left: 1587, right: 1474 }); // 37, 35, 28, 26 mm
    expect(documentXml).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/);
  });

  it('uses the official fonts and sizes', () => {
    for (const font of ['仿宋_GB2312', '黑体', '楷体_GB2312', '方正小标宋简体'])
      expect(stylesXml).toContain(`w:eastAsia="${font}"`);
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>(.*?)</w:style>`).exec(stylesXml)?.[1];
    expect(style('Normal')).toContain('w:eastAsia="仿宋_GB2312"');
    expect(style('Normal')).toContain('<w:sz w:val="32"/>'); // 三号, 16 pt
    expect(style('Normal')).toContain('<w:spacing w:line="560" w:lineRule="exact"/>'); // fixed 28 pt
    expect(style('Normal')).toContain('w:firstLineChars="200"'); // first line indented 2 characters
    expect(style('Title')).toContain('w:eastAsia="方正小标宋简体"');
    expect(style('Title')).toContain('<w:sz w:val="44"/>'); // 二号, 22 pt
    expect(style('Title')).toContain('<w:jc w:val="center"/>');
    expect(style('Heading1')).toContain('w:eastAsia="黑体"');
    expect(style('Heading1')).toContain('<w:sz w:val="32"/>');
    expect(style('Heading2')).toContain('w:eastAsia="楷体_GB2312"');
    expect(style('Signature')).toContain('<w:jc w:val="right"/>');
  });

  it('numbers the pages in the footer, "— 1 —" in 宋体 四号', async () => {
    expect(documentXml).toContain('<w:footerReference w:type="default"');
    expect(documentXml).toContain('<w:footerReference w:type="even"');
    const footer = await readPart(docx, 'word/footer1.xml');
    expect(footer).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
    expect(footer).toContain('— </w:t>');
    expect(stylesXml).toMatch(/w:styleId="Footer".*w:eastAsia="宋体".*<w:sz w:val="28"\/>/);
    expect(await readPart(docx, 'word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
  });

  // What is printed: the stored text without the web page's debris, with full-width punctuation.
  const printed = (key: (typeof SECTION_KEYS)[number]) => cleanText(report.sections[key]).text;

  it('contains every non-blank line of every cleaned section verbatim, as a paragraph of its own', () => {
    const paragraphs = new Set(paragraphTexts(documentXml));
    const lines = SECTION_KEYS.flatMap((k) => nonBlankLines(printed(k)));
    expect(lines.length).toBeGreaterThan(40);
    for (const line of lines) expect(paragraphs).toContain(line);
  });

  it('styles the title, the headings and the signature', () => {
    const styled = (style: string) =>
      paragraphTexts(
        documentXml
          .split('</w:p>')
          .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
          .join('</w:p>') + '</w:p>',
      );
    expect(styled('Title')).toEqual(['宝坻区交通局2023年法治政府建设情况报告']);
    expect(styled('Heading1')).toEqual([
      '一、2023年度推进法治政府建设的主要举措和成效',
      '二、2023年度推进法治政府建设存在的不足和原因',
      '三、2023年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设有关情况',
      '四、2024年推进法治政府建设主要工作思路',
    ]);
    expect(styled('Heading2')).toContain('（一）执法队伍存在不稳定因素，队伍建设有待加强');
    expect(styled('Salutation')).toEqual(['区人民政府：']);
    // The report's own signature, not a second one made from unitName and date.
    expect(styled('Signature')).toEqual(['天津市宝坻区交通局', '2024年1月']);
  });

  it('sets a sub-heading with its body on the same line in two fonts', () => {
    const p = documentXml.split('</w:p>').find((x) => x.includes('（一）加强组织领导，提高思想认识。'));
    expect(p).toContain('<w:pStyle w:val="Heading2"/>');
    expect(p).toMatch(
      /（一）加强组织领导，提高思想认识。<\/w:t>.*w:eastAsia="仿宋_GB2312".*<w:t[^>]*>制定法治工作方案/,
    );
  });

  it('reads back with importReportDocx into the cleaned sections (modulo blank lines)', async () => {
    const back = await importReportDocx(docx);
    for (const key of SECTION_KEYS)
      expect(nonBlankLines(back.sections[key])).toEqual(nonBlankLines(printed(key)));
    expect(back.missing).toEqual(baodi.missing);
    expect(back.title).toBe(baodi.title);
  });
});

describe('exportReportDocx: generated parts', () => {
  const sections: ReportSections = {
    measures: '全年开展执法培训12次。',
    shortcomings: '执法装备不足。',
    leadersDuty: '主要负责人带头学法。',
    nextYearPlan: '（一）加强培训。\n继续开展培训。',
    other: '',
  };

  it('adds the statutory headings, skips an empty item 5 and signs with unit and date', async () => {
    const docx = await exportReportDocx({
      title: '某局2024年法治政府建设情况报告',
      unitName: '某局',
      date: '2025-01-05',
      sections,
    });
    const texts = paragraphTexts(await readPart(docx, 'word/document.xml'));
    expect(texts).toEqual([
      '某局2024年法治政府建设情况报告',
      '一、主要举措和成效',
      '全年开展执法培训12次。',
      '二、存在的不足和原因',
      '执法装备不足。',
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '主要负责人带头学法。',
      '四、下一年度推进法治政府建设的主要安排',
      '（一）加强培训。',
      '继续开展培训。',
      '某局',
      '2025年1月5日',
    ]);
  });

  it('writes markup and CDATA terminators as literal, escaped text, and the file still reads', async () => {
    const hostile = '<script>alert(1)</script> & ]]> "quoted" \'single\'';
    const docx = await exportReportDocx({
      title: '报告 <b>&',
      unitName: '某局',
      date: '2025-01-05',
      sections: { ...emptySections(), measures: hostile },
    });
    const xml = await readPart(docx, 'word/document.xml');
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt;');
    expect(xml).not.toContain('<script>');
    expect(paragraphTexts(xml)).toContain(hostile);
    expect((await readDocxText(docx)).split('\n')).toContain(hostile);
  });

  it('rejects a date that is not YYYY-MM-DD', async () => {
    await expect(
      exportReportDocx({ title: 't', unitName: 'u', date: '2024/1/15', sections }),
    ).rejects.toThrow(RangeError);
  });
});

describe('exportReportDocx: passages not for publication', () => {
  const sections: ReportSections = {
    ...emptySections(),
    measures:
      '一、主要举措和成效\n公开的第一段。\n【不予公开】\n涉及秘密的一段。\n第二行。\n【/不予公开】\n公开的第二段。',
  };
  const base = { title: '某局2024年法治政府建设情况报告', unitName: '某局', date: '2025-01-05', sections };

  it('leaves the marked passage and the markers out of the public version', async () => {
    const texts = paragraphTexts(
      await readPart(await exportReportDocx(base, { publicVersion: true }), 'word/document.xml'),
    );
    expect(texts).toContain('公开的第一段。');
    expect(texts).toContain('公开的第二段。');
    expect(texts.join('\n')).not.toMatch(/涉及秘密|第二行|不予公开/);
  });

  it('leaves out a passage marked inside a sentence, from the document and its properties', async () => {
    const inline = {
      ...base,
      title: '某局2024年法治政府建设情况报告【不予公开】（内部编号7）【/不予公开】',
      sections: {
        ...sections,
        shortcomings: '二、存在的不足和原因\n信访案件（【不予公开】涉事人员姓名【/不予公开】）已于年内办结。',
      },
    };
    const docx = await exportReportDocx(inline, { publicVersion: true });
    const texts = paragraphTexts(await readPart(docx, 'word/document.xml'));
    expect(texts).toContain('信访案件已于年内办结。');
    expect(texts).toContain('某局2024年法治政府建设情况报告');
    const everything = (
      await Promise.all(['word/document.xml', 'docProps/core.xml'].map((p) => readPart(docx, p)))
    ).join('');
    expect(everything).not.toMatch(/涉事人员姓名|内部编号|不予公开/);
  });

  it('keeps every word, markers included, in the internal version', async () => {
    const texts = paragraphTexts(await readPart(await exportReportDocx(base), 'word/document.xml'));
    for (const line of sections.measures.split('\n')) expect(texts).toContain(line);
  });
});

describe('exportReportDocx: a 公文 that can be sent (GB/T 9704 parts, clean text, headings by position)', () => {
  const pasted: ReportSections = {
    measures: [
      '来源：某县交通运输局 发布时间：2025-01-20 09:12',
      '浏览次数：386',
      '一、主要举措和成效',
      '(一)加强组织领导,落实法治责任',
      '[bookmark: _GoBack]全年开展执法培训12次,参训人员1,200人次,详见https://www.example.gov.cn/fzzf/2024.html',
    ].join('\n'),
    shortcomings: '三、存在的不足及原因\n执法装备不足;人员偏少.',
    leadersDuty: '主要负责人带头学法。',
    nextYearPlan: '四、下一年度工作安排\n继续培训。',
    other: '【打印本页】【关闭窗口】',
  };
  const report = {
    title: '某县交通运输局2024年法治政府建设情况报告',
    unitName: '某县交通运输局',
    date: '2025-01-22',
    sections: pasted,
  };
  const dispatch = {
    documentNumber: '某交发〔2025〕3号',
    signer: '王立新',
    addressees: ['县人民政府'],
    copiesTo: ['县委依法治县办'],
    issuedBy: '某县交通运输局办公室',
    printDate: '2025-01-22',
  };
  let xml: string;
  let texts: string[];
  beforeAll(async () => {
    xml = await readPart(await exportReportDocx(report, { dispatch }), 'word/document.xml');
    texts = paragraphTexts(xml);
  });
  const paragraphWith = (text: string) => xml.split('</w:p>').find((p) => p.includes(text)) ?? '';

  it('carries the 文号 with the 签发人 on the first line, then the title and the 主送 line', () => {
    expect(texts.slice(0, 3)).toEqual([
      '某交发〔2025〕3号签发人：王立新',
      '某县交通运输局2024年法治政府建设情况报告',
      '县人民政府：',
    ]);
    expect(paragraphWith('某交发〔2025〕3号')).toMatch(/<w:tab\/>.*签发人：王立新/);
    expect(paragraphWith('县人民政府：')).toContain('<w:pStyle w:val="Salutation"/>');
  });

  it('ends with the 版记: 抄送 and the 印发 unit with the print date, between rules', () => {
    expect(texts.slice(-2)).toEqual(['抄送：县委依法治县办。', '某县交通运输局办公室2025年1月22日印发']);
    const imprint = paragraphWith('抄送：县委依法治县办。');
    expect(imprint).toContain('<w:pStyle w:val="Imprint"/>');
    expect(imprint).toMatch(/<w:top [^>]*w:val="single"/);
    expect(paragraphWith('2025年1月22日印发')).toMatch(/<w:bottom [^>]*w:val="single"/);
  });

  it('numbers the headings 一二三四 in position, each printed once', () => {
    const headings = paragraphTexts(
      xml
        .split('</w:p>')
        .filter((p) => p.includes('<w:pStyle w:val="Heading1"/>'))
        .join('</w:p>') + '</w:p>',
    );
    expect(headings).toEqual([
      '一、主要举措和成效',
      '二、存在的不足及原因',
      '三、党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
      '四、下一年度工作安排',
    ]);
    expect(texts.filter((t) => t.includes('不足及原因'))).toHaveLength(1);
  });

  it('prints full-width punctuation in Chinese text, figures and the URL untouched, and no debris', () => {
    expect(texts).toContain('（一）加强组织领导，落实法治责任');
    expect(texts).toContain(
      '全年开展执法培训12次，参训人员1,200人次，详见https://www.example.gov.cn/fzzf/2024.html',
    );
    expect(texts).toContain('执法装备不足；人员偏少。');
    expect(xml).not.toMatch(/来源|发布时间|浏览次数|bookmark|打印本页|关闭窗口/);
  });

  it('prints no dispatch parts when none are known', async () => {
    const plain = paragraphTexts(await readPart(await exportReportDocx(report), 'word/document.xml'));
    expect(plain[0]).toBe('某县交通运输局2024年法治政府建设情况报告');
    expect(plain.join('\n')).not.toMatch(/签发人|抄送|印发/);
  });
});
