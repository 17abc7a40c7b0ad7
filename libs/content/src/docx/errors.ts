/**
 * Why an uploaded file was refused. The code is stable (for the API and the UI); the message is shown to the
 * drafter as it is, in Chinese first and then in English, because uploads come from users of both. Each code
 * names one thing the drafter can fix, so a damaged Word file is not reported as a wrong text encoding.
 */
export type RejectionCode =
  | 'FILE_TOO_LARGE'
  | 'NOT_A_DOCX'
  | 'LEGACY_WORD_FORMAT'
  | 'DOCX_DAMAGED'
  | 'DOCX_STRUCTURE_INVALID'
  | 'DOCX_TOO_LARGE_UNCOMPRESSED'
  | 'DOCX_TOO_COMPLEX'
  | 'TEXT_IS_GBK'
  | 'NOT_UTF8'
  | 'UNSUPPORTED_FILE'
  | 'EMPTY_TEXT'
  | 'TEXT_TOO_LONG'
  | 'TOO_MANY_HEADINGS'
  | 'NONCHARACTER';

/** Limits for uploads. A real annual report is a few hundred kilobytes, so these leave a wide margin. */
export const UPLOAD_LIMITS = {
  /** Largest file accepted, .docx or text. */
  maxFileBytes: 20 * 1024 * 1024,
  /** Largest sum of uncompressed sizes of all entries of a .docx. */
  maxUncompressedBytes: 50 * 1024 * 1024,
  /** Largest ratio of uncompressed to compressed size of the whole archive (Word's XML compresses ~10x). */
  maxCompressionRatio: 100,
  /** Most entries in a .docx (a long report with many images has a few hundred). */
  maxEntries: 2000,
  /**
   * Most paragraphs and headings a text may have to be split into sections. A long report has a few
   * hundred paragraphs and a few dozen headings; the split is cheap per heading but not free, and it
   * runs on the API's event loop, so a text made of thousands of headings must be refused, not split.
   */
  maxParagraphs: 5000,
  /**
   * Most lines, blank ones included: every pass of the split and the check walks each line, and a
   * section of 100,000 characters can be 100,000 empty lines (penetration test, round 15: 25
   * paragraphs among 100,000 blank lines cost 1.4 s per check). A long report with an empty line
   * between paragraphs has a few thousand.
   */
  maxLines: 20000,
  /** Most characters of an uploaded text file, as of pasted text (content.dto.ts): a report's five sections hold 500,000. */
  maxTextChars: 500_000,
  maxHeadings: 1000,
  maxTopLevelHeadings: 200,
} as const;

const MESSAGES: Record<RejectionCode, { zh: string; en: string }> = {
  FILE_TOO_LARGE: {
    zh: '文件超过 20 MB，请压缩图片或删除附件后重新上传',
    en: 'The file is larger than 20 MB; compress the images or remove attachments and upload it again',
  },
  NOT_A_DOCX: {
    zh: '文件不是有效的 Word 文档（.docx），请在 Word 或 WPS 中另存为 .docx 后重新上传',
    en: 'The file is not a valid Word document (.docx); save it as .docx in Word or WPS and upload it again',
  },
  LEGACY_WORD_FORMAT: {
    zh: '文件是旧版 Word（.doc）或 WPS（.wps）格式，请在 Word 或 WPS 中另存为 .docx 后重新上传',
    en: 'The file is an old Word (.doc) or WPS (.wps) document; save it as .docx in Word or WPS and upload it again',
  },
  DOCX_DAMAGED: {
    zh: 'Word 文件已损坏（不完整或内容校验失败），请在 Word 或 WPS 中打开确认无误，另存为 .docx 后重新上传',
    en: 'The Word file is damaged (incomplete, or its contents fail their checksum); open it in Word or WPS, save it as .docx again and upload that',
  },
  DOCX_STRUCTURE_INVALID: {
    zh: 'Word 文件的压缩结构异常（含有未登记、重复或重叠的部件），已拒绝处理；请在 Word 或 WPS 中另存为 .docx 后重新上传',
    en: 'The Word file has an abnormal archive structure (unlisted, duplicate or overlapping parts) and was refused; save it as .docx in Word or WPS and upload it again',
  },
  DOCX_TOO_LARGE_UNCOMPRESSED: {
    zh: '文档解压后内容过大或结构异常，已拒绝处理',
    en: 'The document is too large once uncompressed, or its structure is abnormal; it was refused',
  },
  DOCX_TOO_COMPLEX: {
    zh: '文档过大或过于复杂，无法在限定时间和内存内读取；请删除图片、表格等非正文内容，或粘贴正文文字导入',
    en: 'The document is too large or complex to read within the time and memory allowed; remove images and other non-text content, or paste the text instead',
  },
  TEXT_IS_GBK: {
    zh: '文本文件是 GBK（简体中文 ANSI）编码，请在记事本中选择“另存为”，编码选“UTF-8”后重新上传',
    en: 'The text file is GBK-encoded (Chinese ANSI); in Notepad use "Save as", choose the UTF-8 encoding and upload it again',
  },
  NOT_UTF8: {
    zh: '文本文件不是 UTF-8 编码，请在记事本等编辑器中“另存为”UTF-8 编码后重新上传',
    en: 'The text file is not UTF-8; use "Save as" with UTF-8 encoding and upload it again',
  },
  UNSUPPORTED_FILE: {
    zh: '文件既不是 Word 文档（.docx）也不是文本文件，请上传 .docx 或 UTF-8 编码的 .txt 文件',
    en: 'The file is neither a Word document (.docx) nor a text file; upload a .docx or a UTF-8 .txt file',
  },
  EMPTY_TEXT: {
    zh: '文件没有文字内容',
    en: 'The file contains no text',
  },
  TEXT_TOO_LONG: {
    zh: '文字超过 5000 段（或 2 万行、50 万字），不像一份年度报告，请只导入报告正文',
    en: 'The text has more than 5,000 paragraphs (or 20,000 lines, or 500,000 characters), which is not an annual report; import the report itself',
  },
  TOO_MANY_HEADINGS: {
    zh: '标题过多（一级标题超过 200 个或各级标题超过 1000 个），不像一份年度报告，请检查导入的内容',
    en: 'The text has more than 200 top-level or 1,000 headings, which is not an annual report; check what is imported',
  },
  NONCHARACTER: {
    zh: '文字中含有 Unicode 非字符（如 U+FFFF），它不是文字，会使导出的 Word 和 Excel 文件无法打开；请删除后重新导入',
    en: 'The text holds a Unicode noncharacter (such as U+FFFF): it is no text and breaks Word and Excel exports; remove it and import again',
  },
};

export class DocumentRejectedError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;

  /**
   * `detail` is for logs (what exactly was wrong); it is not shown to the drafter. `where`, when
   * given, is shown: the place in the text the drafter must fix (第 3 行 / line 3, the character).
   */
  constructor(
    readonly code: RejectionCode,
    readonly detail?: string,
    where?: { zh: string; en: string },
  ) {
    const zh = where ? `${where.zh}：${MESSAGES[code].zh}` : MESSAGES[code].zh;
    const en = where ? `${where.en}: ${MESSAGES[code].en}` : MESSAGES[code].en;
    super(`${zh}。${en}.`);
    this.name = 'DocumentRejectedError';
    this.messageZh = zh;
    this.messageEn = en;
  }
}

export function isRejectionCode(value: unknown): value is RejectionCode {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value);
}

/** Too many Word files are being read at once; the caller should try again shortly (not the file's fault). */
export class ImportBusyError extends Error {
  constructor() {
    super('Too many documents are being read at the moment; try again in a few seconds');
    this.name = 'ImportBusyError';
  }
}
