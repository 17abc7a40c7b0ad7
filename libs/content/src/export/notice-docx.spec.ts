import { layoutNotice } from './notice-docx';

describe('the 通报 on the page', () => {
  it('prints 文号, title, 主送, headings, body with full-width punctuation, the office and date, and the 版记 with 抄送', () => {
    expect(
      layoutNotice({
        title: '关于2062年度报送情况的通报',
        documentNumber: '昌州依法办〔2063〕5号',
        addressees: ['各县（市）依法治县（市）办', ' 州直各部门 ', ''],
        copiesTo: ['州委', '州政府'],
        paragraphs: ['一、总体情况', '截至2063年4月6日,按时报送4个;逾期报送2个.', '  '],
        issuerName: '昌吉州依法治州办',
        date: '2063-04-08',
      }),
    ).toEqual([
      { kind: 'documentNumber', text: '昌州依法办〔2063〕5号' },
      { kind: 'title', text: '关于2062年度报送情况的通报' },
      { kind: 'addressee', text: '各县（市）依法治县（市）办、州直各部门：' },
      { kind: 'heading1', text: '一、总体情况' },
      { kind: 'body', text: '截至2063年4月6日，按时报送4个；逾期报送2个。' },
      { kind: 'signature', text: '昌吉州依法治州办' },
      { kind: 'signature', text: '2063年4月8日' },
      { kind: 'imprint', text: '抄送：州委，州政府。' },
      { kind: 'imprint', text: '昌吉州依法治州办', right: '2063年4月8日印发' },
    ]);
  });

  it('leaves out the 主送 line and the 抄送 line when there is none', () => {
    const blocks = layoutNotice({
      title: '通报',
      documentNumber: null,
      addressees: [' '],
      copiesTo: [],
      paragraphs: ['正文'],
      issuerName: '办',
      date: '2063-04-08',
    });
    expect(blocks.map((b) => b.kind)).toEqual(['title', 'body', 'signature', 'signature', 'imprint']);
  });

  it('leaves out the 文号 line until one is given', () => {
    const blocks = layoutNotice({
      title: '通报',
      documentNumber: null,
      addressees: ['各有关单位'],
      copiesTo: [],
      paragraphs: ['正文'],
      issuerName: '办',
      date: '2063-04-08',
    });
    expect(blocks[0]).toEqual({ kind: 'title', text: '通报' });
  });
});
