import { checkCompleteness } from './completeness';
import { importReportText } from './import-text';
import { readFixture } from '../test/fixtures';
import { ReportSections, emptySections } from './types';

const codes = (r: ReturnType<typeof checkCompleteness>, severity?: string) =>
  r.findings.filter((f) => !severity || f.severity === severity).map((f) => f.code);

/** Baodi's report with input lines [from, to] (1-based, inclusive) removed. */
function baodiWithout(from: number, to: number): string {
  return readFixture('baodi')
    .split('\n')
    .filter((_, i) => i + 1 < from || i + 1 > to)
    .join('\n');
}

describe('checkCompleteness', () => {
  const baodi = readFixture('baodi');
  const options = { campaignYear: 2023, unitName: '天津市宝坻区交通局' };

  it('passes the Baodi report, with warnings for the headings whose number was lost', () => {
    const r = checkCompleteness(importReportText(baodi).sections, options);
    expect(codes(r, 'error')).toEqual([]);
    expect(r.passed).toBe(true);
    const lost = r.findings.filter((f) => f.code === 'numbering_lost');
    expect(lost).toHaveLength(6);
    expect(lost[0]).toMatchObject({
      item: 1,
      severity: 'warning',
      location: { section: 'measures', excerpt: ')加强组织领导,落实法治责任' },
    });
    // The offset points at the heading in the section text.
    const { measures } = importReportText(baodi).sections;
    expect(measures.slice(lost[0].location!.offset).startsWith(')加强组织领导')).toBe(true);
    // (一) ) 完善… (四) (五): the numbers that are there are consistent.
    expect(codes(r)).not.toContain('numbering_gap');
    expect(codes(r)).toContain('item_empty_optional'); // no item 5: an info, not an error
  });

  it('also passes with the full text and the short unit name', () => {
    const r = checkCompleteness(importReportText(baodi).sections, {
      campaignYear: 2023,
      unitName: '宝坻区交通局',
      fullText: baodi,
    });
    expect(r.passed).toBe(true);
  });

  it('flags a report with item 2 deleted', () => {
    const text = baodiWithout(52, 64); // 二、…存在的不足和原因 and its three sub-sections
    const r = checkCompleteness(importReportText(text).sections, options);
    expect(r.passed).toBe(false);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([
      { item: 2, severity: 'error', code: 'item_missing', message: '缺少第二项（存在的不足和原因）' },
    ]);
    // The top-level numbering now jumps from 一、 to 三、.
    expect(r.findings.find((f) => f.code === 'numbering_gap')?.message).toBe(
      '标题序号不连续：一、之后是三、，应为二、',
    );
  });

  it('names the heading that holds a missing item written together with another (QA, stop 56)', () => {
    const sections = {
      ...importReportText(baodi).sections,
      shortcomings: '',
      nextYearPlan:
        '四、存在的问题及下一步工作计划\n一是执法队伍专业化水平不高。下一步将加强培训，完善制度。',
    };
    const r = checkCompleteness(sections, options);
    expect(r.findings.find((f) => f.code === 'item_missing')).toEqual({
      item: 2,
      severity: 'error',
      code: 'item_missing',
      message:
        '缺少第二项（存在的不足和原因）；第四项（下一年度推进法治政府建设的主要安排）的标题“四、存在的问题及下一步工作计划”也写了这部分内容，如两项合写，请把这部分移到第二项（存在的不足和原因）（法定五项须分项报告）',
    });
  });

  it('flags a report whose year says 2022 in a 2023 campaign', () => {
    const text = baodi.replace(/2023年/g, '2022年').replace('2024年推进', '2023年推进');
    // The import puts the title in the form's title field, as the console and the batch import save it.
    const imported = importReportText(text);
    const r = checkCompleteness(imported.sections, { ...options, title: imported.title });
    expect(r.passed).toBe(false);
    const finding = r.findings.find((f) => f.code === 'year_mismatch');
    expect(finding).toMatchObject({
      severity: 'error',
      message: '报告年度为2022年，与报送任务的年度（2023年）不一致',
    });
    expect(codes(r)).toContain('plan_year_mismatch'); // 第四项 says 2023, should be 2024
  });

  it('flags a year that is only in the first heading when there is no title', () => {
    const sections: ReportSections = {
      ...importReportText(baodiWithout(1, 13)).sections,
    };
    sections.measures = sections.measures.replace('一、2023年度', '一、2021年度');
    const r = checkCompleteness(sections, options);
    expect(r.findings.find((f) => f.code === 'year_mismatch')?.message).toContain('2021年');
  });

  it('does not take an opening sentence naming 法治 and 报告 for the title and its unit', () => {
    // A walk (stop 52): "…党中央、国务院关于法治政府建设…报告如下。" was read as a title whose unit was
    // "，我局在州委、州政府的坚强领导下，认真贯彻落实党中央、国务院", and the submit was refused.
    const { sections } = importReportText(baodi);
    sections.measures =
      '2023年，我局在区委、区政府的坚强领导下，认真贯彻落实党中央、国务院关于法治政府建设的决策部署，现将有关情况报告如下。\n' +
      sections.measures;
    const r = checkCompleteness(sections, { ...options, title: '宝坻区交通局2023年法治政府建设情况报告' });
    expect(codes(r)).not.toContain('unit_mismatch');
    expect(r.passed).toBe(true);
  });

  it('flags another unit, and a different wording of the same unit as a warning', () => {
    const { sections, title } = importReportText(baodi);
    const other = checkCompleteness(sections, { campaignYear: 2023, unitName: '蓝山县交通运输局', title });
    expect(other.passed).toBe(false);
    expect(other.findings.find((f) => f.code === 'unit_mismatch')?.message).toBe(
      '报告中的单位名称“宝坻区交通局”与本单位“蓝山县交通运输局”不一致',
    );
    const variant = checkCompleteness(sections, {
      campaignYear: 2023,
      unitName: '天津市宝坻区交通运输局',
      title,
    });
    expect(variant.passed).toBe(true);
    expect(codes(variant, 'warning')).toContain('unit_name_variant');
  });

  it('accepts the short form of an autonomous prefecture (昌吉州 for 昌吉回族自治州)', () => {
    const r = checkCompleteness(importReportText(readFixture('changji')).sections, {
      campaignYear: 2021,
      unitName: '昌吉回族自治州交通运输局',
    });
    expect(r.passed).toBe(true);
    // (一) was moved to item 3, so item 1 starts at (二): explained, only an info.
    expect(r.findings.find((f) => f.code === 'numbering_gap')).toMatchObject({ severity: 'info', item: 1 });
  });

  it('reads a heading inside 不予公开 markers as a heading: the section does not "start at （二）"', () => {
    const lanshan = importReportText(readFixture('lanshan')).sections;
    const options = { campaignYear: 2024, unitName: '蓝山县交通运输局' };
    const plain = checkCompleteness(lanshan, options);
    const firstSub = /^（一）.*$/m.exec(lanshan.measures)!;
    const marked = {
      ...lanshan,
      measures:
        lanshan.measures.slice(0, firstSub.index) +
        `【不予公开】${firstSub[0]}【/不予公开】` +
        lanshan.measures.slice(firstSub.index + firstSub[0].length),
    };
    const withMarkers = checkCompleteness(marked, options);
    expect(withMarkers.findings.map((f) => f.code)).toEqual(plain.findings.map((f) => f.code));
    expect(withMarkers.passed).toBe(plain.passed);
  });

  it('fails a 【不予公开】 marker that is never closed, before the report leaves the unit', () => {
    const lanshan = importReportText(readFixture('lanshan')).sections;
    const options = { campaignYear: 2024, unitName: '蓝山县交通运输局' };
    const unclosed = {
      ...lanshan,
      shortcomings: `${lanshan.shortcomings}\n【不予公开】线索编号XK-7731，联系人王某某。`,
    };
    const r = checkCompleteness(unclosed, options);
    expect(r.passed).toBe(false);
    const marker = r.findings.find((f) => f.code === 'withhold_marker_invalid')!;
    expect(marker).toMatchObject({ item: 2, severity: 'error', location: { section: 'shortcomings' } });
    expect(marker.message).toContain('缺少对应的【/不予公开】');
    // Where it is, not what it withholds: the finding goes to every reviewer of the form.
    expect(marker.message).not.toContain('王某某');
    expect(unclosed.shortcomings.slice(marker.location!.offset)).toMatch(/^【不予公开】/);
    // Closed, it passes as before, and so does a marker in the title when it pairs up.
    const closed = { ...unclosed, shortcomings: `${unclosed.shortcomings}【/不予公开】` };
    expect(
      codes(
        checkCompleteness(closed, { ...options, title: '蓝山县交通运输局2024年法治政府建设年度报告' }),
        'error',
      ),
    ).toEqual([]);
    expect(
      codes(checkCompleteness(lanshan, { ...options, title: '【不予公开】蓝山县2024年度报告' }), 'error'),
    ).toEqual(['withhold_marker_invalid']);
  });

  it('passes the Lanshan report', () => {
    const r = checkCompleteness(importReportText(readFixture('lanshan')).sections, {
      campaignYear: 2024,
      unitName: '蓝山县交通运输局',
    });
    expect(codes(r, 'error')).toEqual([]);
  });

  it('flags trivially short and thin items', () => {
    const sections = {
      ...emptySections(),
      measures: '一、2023年主要举措和成效\n' + '全年办理审批服务事项624件，网上办实现率达100%。'.repeat(3),
      shortcomings: '二、存在问题\n无。',
      leadersDuty: '三、主要负责人履行职责情况\n局主要负责人亲自部署法治工作，听取汇报4次。',
      nextYearPlan: '四、2024年工作计划\n继续加强执法队伍建设，推进“互联网+监管”，完善信用交通监管。',
    };
    const r = checkCompleteness(sections, { campaignYear: 2023, unitName: '某局' });
    expect(
      r.findings.filter((f) => f.item !== undefined && f.item < 5).map((f) => [f.item, f.severity, f.code]),
    ).toEqual([
      [1, 'warning', 'item_short'],
      [2, 'error', 'item_too_short'],
      [3, 'warning', 'item_short'],
      [4, 'warning', 'item_short'],
    ]);
    expect(codes(r, 'warning')).toContain('unit_not_found');
  });

  it('flags a skipped sub-heading number', () => {
    const sections = {
      ...importReportText(baodi).sections,
      nextYearPlan: '四、2024年工作计划\n(一)加强组织领导。\n(二)建立健全决策机制。\n(四)加强信用交通监管。',
    };
    const r = checkCompleteness(sections, options);
    expect(r.findings.find((f) => f.code === 'numbering_gap')).toMatchObject({
      item: 4,
      severity: 'warning',
      message: '标题序号不连续：（二）之后是（四），应为（三）',
      location: { section: 'nextYearPlan', excerpt: '(四)加强信用交通监管。' },
    });
  });

  it('lists the figures the report quotes, with their sentence', () => {
    const r = checkCompleteness(importReportText(baodi).sections, options);
    expect(r.figures.find((f) => f.text === '624件')).toMatchObject({
      value: 624,
      unit: '件',
      kind: 'count',
      section: 'measures',
      sentence: '2023年,我局共办理审批服务事项624件,网上办实现率达100%。',
    });
    expect(r.figures.find((f) => f.text === '50.41万元')).toMatchObject({
      kind: 'amount',
      value: 50.41,
      unit: '万元',
    });
    expect(r.figures.find((f) => f.text === '0.23%')).toMatchObject({ kind: 'percent', value: 0.23 });
    expect(r.figures.find((f) => f.text === '4800余辆次')).toMatchObject({ approximate: true, unit: '辆次' });
    expect(r.figures.filter((f) => f.kind === 'percent')).toHaveLength(3);
  });

  it('fails an empty report with one error per missing item', () => {
    const r = checkCompleteness(emptySections(), options);
    expect(r.passed).toBe(false);
    expect(r.findings.filter((f) => f.code === 'item_missing').map((f) => f.item)).toEqual([1, 2, 3, 4]);
    expect(r.figures).toEqual([]);
  });

  describe('the report year in titles with 年度 (#19)', () => {
    /** Baodi's sections without any line that states a year, so only the title can say it. */
    const yearless = (): ReportSections => {
      const sections = importReportText(baodi).sections;
      return Object.fromEntries(
        Object.entries(sections).map(([k, v]) => [k, v.replace(/20\d{2}\s*年度?/g, '本年度')]),
      ) as unknown as ReportSections;
    };
    const yearFindings = (r: ReturnType<typeof checkCompleteness>) =>
      r.findings.filter((f) => /year/.test(f.code)).map((f) => f.code);

    it('without any title the year is reported missing', () => {
      expect(yearFindings(checkCompleteness(yearless(), options))).toEqual(['year_not_found']);
    });

    it.each([
      '天津市宝坻区交通局2023年度法治政府建设情况报告',
      '天津市宝坻区交通局关于2023年度法治政府建设情况的报告',
      '2023年度天津市宝坻区交通局法治政府建设工作报告',
      '天津市宝坻区交通局二〇二三年度法治政府建设情况报告',
    ])('reads the year from the report title “%s”', (title) => {
      expect(yearFindings(checkCompleteness(yearless(), { ...options, title }))).toEqual([]);
    });

    it('a title naming another year is an error, in Chinese numerals too', () => {
      for (const title of [
        '天津市宝坻区交通局2022年度法治政府建设情况报告',
        '天津市宝坻区交通局二〇二二年度法治政府建设情况报告',
      ]) {
        const r = checkCompleteness(yearless(), { ...options, title });
        expect(r.findings.find((f) => f.code === 'year_mismatch')?.message).toBe(
          '报告年度为2022年，与报送任务的年度（2023年）不一致',
        );
      }
    });

    it('a title line in the text itself still wins over the title field', () => {
      const sections = yearless();
      sections.measures = `天津市宝坻区交通局2023年度法治政府建设情况报告\n${sections.measures}`;
      const r = checkCompleteness(sections, {
        ...options,
        title: '天津市宝坻区交通局2021年度法治政府建设情况报告',
      });
      expect(yearFindings(r)).toEqual([]);
    });
  });
});
