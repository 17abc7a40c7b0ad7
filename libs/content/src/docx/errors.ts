/**
 * Why an uploaded file was refused. The code is stable (for the API and the UI); the message is shown to the
 * drafter as it is, in Chinese first and then in English, because uploads come from users of both.
 */
export type RejectionCode =
  'FILE_TOO_LARGE' | 'NOT_A_DOCX' | 'DOCX_TOO_LARGE_UNCOMPRESSED' | 'NOT_UTF8' | 'EMPTY_TEXT';

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
  DOCX_TOO_LARGE_UNCOMPRESSED: {
    zh: '文档解压后内容过大或结构异常，已拒绝处理',
    en: 'The document is too large once uncompressed, or its structure is abnormal; it was refused',
  },
  NOT_UTF8: {
    zh: '文本文件不是 UTF-8 编码（可能是 GBK），请在记事本等编辑器中“另存为”UTF-8 编码后重新上传',
    en: 'The text file is not UTF-8 (it may be GBK); use "Save as" with UTF-8 encoding and upload it again',
  },
  EMPTY_TEXT: {
    zh: '文件没有文字内容',
    en: 'The file contains no text',
  },
};

export class DocumentRejectedError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;

  /** `detail` is for logs (what exactly was wrong); it is not shown to the drafter. */
  constructor(
    readonly code: RejectionCode,
    readonly detail?: string,
  ) {
    const { zh, en } = MESSAGES[code];
    super(`${zh}。${en}.`);
    this.name = 'DocumentRejectedError';
    this.messageZh = zh;
    this.messageEn = en;
  }
}
