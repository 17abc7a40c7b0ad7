import { NOTICE_LIMITS, normalizedNoticeText, noticeTextViolations } from './notice-text';

const targets = new Set(['u1', 'u2']);
const valid = {
  title: '关于报送情况的通报',
  documentNumber: '昌州依法办〔2062〕5号',
  paragraphs: ['一、总体情况'],
  namedUnitIds: ['u1'],
  addressees: ['县直各部门'],
  copiesTo: ['县委', '县政府'],
};

describe('an edited 通报', () => {
  it('is stored trimmed: blank paragraphs and addresses dropped, an empty 文号 is none, each named once', () => {
    expect(
      normalizedNoticeText({
        title: ' 通报 ',
        documentNumber: '  ',
        // A zero-width space or a blank braille pattern alone is blank too (penetration test, stop 48).
        paragraphs: [' 甲 ', '', '  ', '\u200b', ' \u2800\ufeff '],
        namedUnitIds: ['u1', 'u1'],
        addressees: [' 县直各部门 ', '', '县直各部门'],
        copiesTo: ['  ', '县委'],
      }),
    ).toEqual({
      title: '通报',
      documentNumber: null,
      paragraphs: ['甲'],
      namedUnitIds: ['u1'],
      addressees: ['县直各部门'],
      copiesTo: ['县委'],
    });
  });

  it('stores the 文号 with its year in 〔〕 however the brackets were typed', () => {
    for (const typed of [
      '昌州依法办[2062]5号',
      ' 昌州依法办［2062］5号 ',
      '昌州依法办【2062】5号',
      '昌州依法办（2062）5号',
    ])
      expect(normalizedNoticeText({ ...valid, documentNumber: typed }).documentNumber).toBe(
        '昌州依法办〔2062〕5号',
      );
  });

  it('passes within the bounds', () => {
    expect(noticeTextViolations(valid, targets)).toEqual([]);
  });

  it('names every field out of bounds, and units the campaign did not ask', () => {
    const long = (n: number) => '字'.repeat(n + 1);
    expect(
      noticeTextViolations(
        {
          title: long(NOTICE_LIMITS.titleChars),
          documentNumber: long(NOTICE_LIMITS.documentNumberChars),
          paragraphs: ['好', long(NOTICE_LIMITS.paragraphChars)],
          namedUnitIds: ['u1', 'elsewhere'],
          addressees: ['县直各部门', long(NOTICE_LIMITS.addressChars)],
          copiesTo: Array.from({ length: NOTICE_LIMITS.copiesTo + 1 }, (_, i) => `单位${i}`),
        },
        targets,
      ).map((v) => v.field),
    ).toEqual(['title', 'documentNumber', 'paragraphs[1]', 'addressees[1]', 'copiesTo', 'namedUnitIds']);
    expect(
      noticeTextViolations({ ...valid, title: '', paragraphs: [], addressees: [] }, targets).map(
        (v) => v.field,
      ),
    ).toEqual(['title', 'paragraphs', 'addressees']);
  });
});
