import {
  compareUnitNames,
  extractMeta,
  findSignature,
  reportYearFromDateLine,
  splitUnitName,
  unitFromTitle,
} from './meta';

describe('unit names', () => {
  it.each([
    ['天津市宝坻区交通局', '宝坻区', '交通局'],
    ['宝坻区交通局', '宝坻区', '交通局'],
    ['昌吉回族自治州交通运输局', '昌吉州', '交通运输局'],
    ['新疆维吾尔自治区昌吉回族自治州交通运输局', '昌吉州', '交通运输局'],
    ['湖南省永州市蓝山县交通运输局', '蓝山县', '交通运输局'],
    ['宝坻区人民政府', '宝坻区', '人民政府'],
    // QA, stop 56: autonomous counties whose people is written without 族, and both levels at once.
    ['木垒哈萨克自治县交通运输局', '木垒县', '交通运输局'],
    ['察布查尔锡伯自治县司法局', '察布查尔县', '司法局'],
    ['新疆维吾尔自治区昌吉回族自治州木垒哈萨克自治县交通运输局', '木垒县', '交通运输局'],
    ['伊犁哈萨克自治州司法局', '伊犁州', '司法局'],
    ['双江拉祜族佤族布朗族傣族自治县人民政府', '双江县', '人民政府'],
  ])('%s -> %s + %s', (name, place, dept) => expect(splitUnitName(name)).toEqual({ place, dept }));

  it('compares a written name with the registered one', () => {
    expect(compareUnitNames('宝坻区交通局', '天津市宝坻区交通局')).toBe('same');
    expect(compareUnitNames('昌吉州交通运输局', '昌吉回族自治州交通运输局')).toBe('same');
    expect(compareUnitNames('宝坻区交通局', '天津市宝坻区交通运输局')).toBe('place-only');
    expect(compareUnitNames('蓝山县交通运输局', '天津市宝坻区交通局')).toBe('different');
    // A government registered by its place signs with its full name: the same unit (a walk, stop 49).
    expect(compareUnitNames('呼图壁县人民政府', '呼图壁县')).toBe('same');
    expect(compareUnitNames('呼图壁县政府', '呼图壁县人民政府')).toBe('same');
    expect(compareUnitNames('呼图壁县人民政府', '呼图壁县交通运输局')).toBe('place-only');
    // …whatever the splitting makes of the place's name (a walk, stop 55: a name it could not read).
    expect(compareUnitNames('P37W2甲县人民政府', 'P37W2甲县')).toBe('same');
    expect(compareUnitNames('P37W2甲县政府', 'P37W2甲县人民政府')).toBe('same');
    expect(compareUnitNames('P37W2乙县人民政府', 'P37W2甲县')).toBe('different');
    // QA, stop 56: the short form of an autonomous county, a party committee's formal name.
    expect(compareUnitNames('木垒县交通运输局', '木垒哈萨克自治县交通运输局')).toBe('same');
    expect(compareUnitNames('中共呼图壁县委员会', '呼图壁县委')).toBe('same');
    expect(compareUnitNames('中国共产党呼图壁县委员会', '呼图壁县委')).toBe('same');
    expect(compareUnitNames('呼图壁县人民代表大会常务委员会', '呼图壁县人大常委会')).toBe('same');
    expect(compareUnitNames('中共玛纳斯县委员会', '呼图壁县委')).toBe('different');
    expect(compareUnitNames('奇台县交通运输局', '木垒哈萨克自治县交通运输局')).toBe('different');
  });

  it.each([
    ['宝坻区交通局2023年法治政府建设情况报告', '宝坻区交通局'],
    ['2024年蓝山县交通运输局法治政府建设工作情况', '蓝山县交通运输局'],
    ['关于2023年度法治政府建设情况的报告', undefined],
  ])('reads the unit from the title %s', (title, unit) => expect(unitFromTitle(title)).toBe(unit));
});

describe('extractMeta and findSignature', () => {
  it('reads title, year and the signature unit', () => {
    const text =
      '\n某县交通运输局2023年法治政府建设情况报告\n正文。\n\n    某县交通运输局\n    2024年1月10日\n';
    expect(extractMeta(text)).toEqual({
      title: '某县交通运输局2023年法治政府建设情况报告',
      titleUnit: '某县交通运输局',
      signatureUnit: '某县交通运输局',
      year: 2023,
    });
  });

  it('finds no signature when the text ends with a paragraph', () => {
    expect(findSignature(['一、主要举措', '正文。'])).toBeUndefined();
    expect(findSignature(['正文。', '二〇二四年一月'])).toEqual({ start: 1, unit: undefined });
  });

  it('takes the bracketed notes below the date with the block (a walk, stop 55: they hid it)', () => {
    const closing = ['正文。', '', '呼图壁县司法局', '2026年12月7日', '（此件公开发布）'];
    expect(findSignature(closing)).toEqual({ start: 2, unit: '呼图壁县司法局' });
    expect(findSignature([...closing, '（联系人：张三，电话：0994-1234567）'])).toEqual({
      start: 2,
      unit: '呼图壁县司法局',
    });
    // A plan's last lines are no 落款, though a note follows (review, stop 55): no date, a colon.
    expect(findSignature(['四、下一步工作安排', '责任单位：县司法局', '（2027年底前完成）'])).toBeUndefined();
    expect(findSignature(['正文。', '县司法局', '（2027年底前完成）'])).toBeUndefined();
    // A bare year is a plan's, not a 落款's date (pen test, stop 55).
    expect(
      findSignature(['四、下一步', '县水利局', '县司法局', '2027年', '（年底前完成全部整改）']),
    ).toBeUndefined();
    // A bracketed line alone, or one above the block, is text: the block is only what follows it.
    expect(findSignature(['正文。', '（下转第二页）'])).toBeUndefined();
    expect(findSignature(['（一）加强领导', '呼图壁县司法局', '2026年12月7日'])).toEqual({
      start: 1,
      unit: '呼图壁县司法局',
    });
  });

  it('reads a date written in figures (2027.1.18) as the 落款’s, but not a figure or a plan’s month', () => {
    for (const date of ['2027.1.18', '2027-01-18', '2027/1/18'])
      expect(findSignature(['正文。', '呼图壁县司法局', date, '（此件公开发布）'])).toEqual({
        start: 1,
        unit: '呼图壁县司法局',
      });
    expect(findSignature(['正文。', '2027.1'])).toBeUndefined();
    expect(findSignature(['正文。', '38.4'])).toBeUndefined();
  });
});

describe('reportYearFromDateLine: the year a report is about, from its closing date', () => {
  it.each([
    ['2025年1月10日', 2024],
    ['2025年2月28日', 2024],
    ['2025年3月', 2024],
    ['2024年12月30日', 2024],
    ['二〇二五年一月十日', 2024],
    ['二〇二四年十二月', 2024],
    ['二〇二五年三月三十一日', 2024],
    ['2025 年 1 月 5 日', 2024],
    ['2027.1.18', 2026],
    ['2027-01-18', 2026],
    ['2027/1/18', 2026],
    ['2026.12.28', 2026],
  ])('%s -> %d', (line, year) => expect(reportYearFromDateLine(line)?.year).toBe(year));

  it.each([
    '2025年4月1日',
    '2024年6月',
    '二〇二四年七月',
    '2024年',
    '某县交通运输局',
    '2027.1',
    '2027.13.1',
    '2027.4.1',
  ])('%s says nothing sure', (line) => expect(reportYearFromDateLine(line)).toBeUndefined());
});
