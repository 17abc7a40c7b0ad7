import { uploadedFileName } from './uploaded-file-name';

describe('uploadedFileName (one rule for every upload)', () => {
  it('turns the latin1 reading of a UTF-8 name back into its characters', () => {
    expect(uploadedFileName(Buffer.from('关于报送情况.pdf', 'utf8').toString('latin1'))).toBe(
      '关于报送情况.pdf',
    );
  });

  it('drops direction overrides and other invisible format characters', () => {
    // Shown as "fdp.docx" with the override: the real extension is .pdf.
    expect(uploadedFileName('\u202excod.pdf')).toBe('xcod.pdf');
    expect(uploadedFileName('报告\u200b\u2066附件\u2069.docx')).toBe('报告附件.docx');
  });

  it('keeps path separators and control characters out', () => {
    expect(uploadedFileName('..\\..\\a/b\u0000c.pdf')).toBe('.._.._a_b_c.pdf');
  });

  it('keeps at most 200 characters', () => {
    expect(uploadedFileName(`${'长'.repeat(300)}.pdf`)).toHaveLength(200);
  });
});
