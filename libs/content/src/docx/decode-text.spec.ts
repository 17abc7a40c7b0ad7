import { decodeTextUpload } from './decode-text';
import { DocumentRejectedError, RejectionCode, UPLOAD_LIMITS } from './errors';

function codeOf(buffer: Buffer): RejectionCode | undefined {
  try {
    decodeTextUpload(buffer);
    return undefined;
  } catch (error: unknown) {
    if (error instanceof DocumentRejectedError) return error.code;
    throw error;
  }
}

describe('decodeTextUpload', () => {
  it('decodes UTF-8 and removes a byte-order mark', () => {
    expect(decodeTextUpload(Buffer.from('法治政府\n一、', 'utf8'))).toBe('法治政府\n一、');
    expect(decodeTextUpload(Buffer.from('\uFEFF法治政府', 'utf8'))).toBe('法治政府');
  });

  // Was NOT_UTF8 ("maybe GBK"); issue #14: a GBK file is named as such, with its own code.
  it('refuses GBK (法治 is b7a8 d6ce) as GBK, with a message on how to re-save', () => {
    const gbk = Buffer.from([0xb7, 0xa8, 0xd6, 0xce, 0x0d, 0x0a, 0xd2, 0xbb, 0xa1, 0xa2]); // 法治\r\n一、
    expect(codeOf(gbk)).toBe('TEXT_IS_GBK');
    expect(() => decodeTextUpload(gbk)).toThrow(/GBK.*另存为.*UTF-8/);
  });

  it('refuses binary data as not a text file, not as a wrong encoding', () => {
    expect(codeOf(Buffer.from([0x25, 0x50, 0x44, 0x46, 0xff, 0xfe, 0x00, 0x81, 0xe2]))).toBe(
      'UNSUPPORTED_FILE',
    );
    expect(codeOf(Buffer.from('一、主要举措\u0001\u0002', 'utf8'))).toBe('UNSUPPORTED_FILE');
  });

  it('refuses UTF-16, with or without a byte-order mark', () => {
    expect(codeOf(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('法治政府', 'utf16le')]))).toBe(
      'NOT_UTF8',
    );
    expect(codeOf(Buffer.from('report', 'utf16le'))).toBe('NOT_UTF8');
  });

  it('refuses empty and whitespace-only text', () => {
    expect(codeOf(Buffer.alloc(0))).toBe('EMPTY_TEXT');
    expect(codeOf(Buffer.from('\uFEFF \r\n\t\u3000\n', 'utf8'))).toBe('EMPTY_TEXT');
  });

  it('refuses a file over 20 MB', () => {
    expect(codeOf(Buffer.alloc(UPLOAD_LIMITS.maxFileBytes + 1, 0x61))).toBe('FILE_TOO_LARGE');
  });
});
