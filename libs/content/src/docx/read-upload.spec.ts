import { randomBytes } from 'node:crypto';
import { readUploadText } from './read-upload';
import { DocumentRejectedError, RejectionCode } from './errors';
import { makeZip, minimalDocxParts } from '../../test/docx';

async function codeOf(buffer: Buffer, name: string): Promise<RejectionCode | 'accepted'> {
  try {
    await readUploadText(buffer, name);
    return 'accepted';
  } catch (error: unknown) {
    if (error instanceof DocumentRejectedError) return error.code;
    throw error;
  }
}

/** Issue #14: each upload refusal names the real problem, so the drafter knows what to fix. */
describe('readUploadText', () => {
  it('reads a .docx by its bytes, and UTF-8 text', async () => {
    const docx = await makeZip(minimalDocxParts(['一、主要举措和成效', '开展培训。']));
    expect(await readUploadText(docx, 'whatever.txt')).toEqual({
      format: 'docx',
      text: '一、主要举措和成效\n开展培训。',
    });
    expect(await readUploadText(Buffer.from('一、主要举措和成效'), 'r.txt')).toEqual({
      format: 'text',
      text: '一、主要举措和成效',
    });
  });

  it('random bytes named .docx are not a valid Word file (was: not UTF-8, maybe GBK)', async () => {
    const bytes = Buffer.concat([Buffer.from('garbage'), randomBytes(4096)]);
    expect(await codeOf(bytes, '2024年报告.docx')).toBe('NOT_A_DOCX');
    expect(await codeOf(bytes, 'REPORT.DOCX ')).toBe('NOT_A_DOCX');
    expect(await codeOf(Buffer.alloc(0), 'empty.docx')).toBe('NOT_A_DOCX');
    // Not named as Word and not text either.
    expect(await codeOf(bytes, 'report.txt')).toBe('UNSUPPORTED_FILE');
  });

  it('a zip cut short is a damaged Word file', async () => {
    const docx = await makeZip(minimalDocxParts(['一、主要举措和成效', '开展培训。'.repeat(100)]));
    expect(await codeOf(docx.subarray(0, docx.length - 100), 'report.docx')).toBe('DOCX_DAMAGED');
  });

  it('an old .doc / .wps file is named as such', async () => {
    const ole = Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomBytes(1024)]);
    expect(await codeOf(ole, 'report.doc')).toBe('LEGACY_WORD_FORMAT');
    expect(await codeOf(ole, 'report.docx')).toBe('LEGACY_WORD_FORMAT');
  });

  it('a GBK text file is named as GBK', async () => {
    const gbk = Buffer.from([0xd6, 0xf7, 0xd2, 0xaa, 0xbe, 0xd9, 0xb4, 0xeb]); // 主要举措
    expect(await codeOf(gbk, 'report.txt')).toBe('TEXT_IS_GBK');
  });
});
