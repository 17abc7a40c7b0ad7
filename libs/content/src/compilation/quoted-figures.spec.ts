import { parseChineseNumeral, parseWrittenNumber } from './chinese-numerals';
import { findQuotedFigures } from './quoted-figures';

const read = (text: string) =>
  findQuotedFigures(text).map(({ subject, value, written, phrase, approximate }) => ({
    subject,
    value,
    written,
    phrase,
    approximate,
  }));

describe('Chinese numerals and digits', () => {
  it.each([
    ['十二', 12],
    ['十', 10],
    ['二十', 20],
    ['一百零五', 105],
    ['两千三百', 2300],
    ['一万二千', 12000],
    ['三', 3],
  ])('reads %s as %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it('refuses what is not a numeral and reads digits with 万 and full-width digits', () => {
    expect(parseChineseNumeral('二三')).toBeUndefined();
    expect(parseChineseNumeral('进一步')).toBeUndefined();
    expect(parseWrittenNumber('1.5万')).toBe(15000);
    expect(parseWrittenNumber('１２')).toBe(12);
  });
});

describe('findQuotedFigures: the listed subjects, each number with the phrase it came from', () => {
  it('reads the examples of the issue, in Chinese numerals and in digits', () => {
    const text =
      '全年办理行政复议案件十二件，开展法治培训6场次，审查规范性文件23件，作出行政处罚156起，' +
      '行政诉讼应诉8件，主要负责人出庭应诉3次。';
    expect(read(text)).toEqual([
      {
        subject: 'reconsideration',
        value: 12,
        written: '十二件',
        phrase: '全年办理行政复议案件十二件',
        approximate: false,
      },
      { subject: 'trainings', value: 6, written: '6场次', phrase: '开展法治培训6场次', approximate: false },
      {
        subject: 'normativeDocuments',
        value: 23,
        written: '23件',
        phrase: '审查规范性文件23件',
        approximate: false,
      },
      { subject: 'penalties', value: 156, written: '156起', phrase: '作出行政处罚156起', approximate: false },
      { subject: 'litigation', value: 8, written: '8件', phrase: '行政诉讼应诉8件', approximate: false },
      {
        subject: 'courtAppearance',
        value: 3,
        written: '3次',
        phrase: '主要负责人出庭应诉3次',
        approximate: false,
      },
    ]);
  });

  it('reads a number written before its subject, and 余 as approximate', () => {
    expect(read('审结12件行政复议案件；举办20余场普法宣传活动。')).toEqual([
      {
        subject: 'reconsideration',
        value: 12,
        written: '12件',
        phrase: '审结12件行政复议案件',
        approximate: false,
      },
      {
        subject: 'publicity',
        value: 20,
        written: '20余场',
        phrase: '举办20余场普法宣传活动',
        approximate: true,
      },
    ]);
  });

  it('gives a number to one subject only: 出庭应诉 is not also counted as 应诉', () => {
    expect(read('负责人出庭应诉案件5件。').map((f) => f.subject)).toEqual(['courtAppearance']);
  });

  it('skips ordinals, numbers of another clause and subjects not listed', () => {
    expect(read('第三次培训会议召开。')).toEqual([]);
    expect(read('加强行政复议工作，全年接待群众15人。')).toEqual([]);
    expect(read('新建公路12公里，发放宣传册。')).toEqual([]);
  });

  it('reads the numbers of a year inside the clause only when they carry a measure word', () => {
    expect(read('行政复议案件2023年共受理15件').map((f) => f.value)).toEqual([15]);
  });
});

describe('findQuotedFigures: what is not the count it looks like (external QA, stop 53)', () => {
  const values = (text: string) => findQuotedFigures(text).map(({ subject, value }) => ({ subject, value }));

  it('reads a count printed with thousands separators whole', () => {
    expect(parseWrittenNumber('1,482')).toBe(1482);
    expect(values('全年办理行政处罚案件1,482件。')).toEqual([{ subject: 'penalties', value: 1482 }]);
  });

  it('reads cases not punished, and a rate’s change in percentage points, as no count', () => {
    expect(values('依法作出不予行政处罚决定，不予处罚案件43件，免予处罚案件131件。')).toEqual([]);
    expect(values('行政诉讼败诉率同比下降1.9个百分点。')).toEqual([]);
  });

  it('reads each cell of a table typed as text on its own', () => {
    expect(values('负责人出庭应诉率｜96.0%｜100%｜+4.0个百分点')).toEqual([]);
  });

  it('reads the cases a bureau opened (立案查处各类违法案件) as its 行政处罚案件', () => {
    expect(values('全年立案查处各类违法案件327件，罚没款213.6万元。')).toEqual([
      { subject: 'penalties', value: 327 },
    ]);
  });
});
