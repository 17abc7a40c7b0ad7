import { AppError, type ErrorCatalogue } from '@app/common';

/** Codes of reading uploaded documents (DOCUMENT_REJECTED is the reports' code). */
export const CONTENT_ERROR_CODES = {
  IMPORT_BUSY: {
    status: 503,
    meaning: 'The server is reading as many Word files as it allows at once; try again in a few seconds',
  },
} as const satisfies ErrorCatalogue;
import type { DocumentRejectedError } from '@app/content';

export const ContentErrors = {
  fileRequired: () => new AppError(400, 'FILE_REQUIRED', 'Send the document as the multipart field "file"'),
  /**
   * A refused upload: one error code for the UI (DOCUMENT_REJECTED), the stable reason beside it
   * (NOT_A_DOCX, DOCX_DAMAGED, TEXT_IS_GBK, …) and the Chinese message the drafter sees.
   */
  rejected: (error: DocumentRejectedError) =>
    new AppError(422, 'DOCUMENT_REJECTED', error.message, {
      reason: error.code,
      messageZh: error.messageZh,
    }),
  /** Not the file's fault: the server is reading as many Word files as it allows at once. */
  busy: () =>
    new AppError(
      503,
      'IMPORT_BUSY',
      'Too many documents are being read at the moment; try again in a few seconds',
    ),
};
