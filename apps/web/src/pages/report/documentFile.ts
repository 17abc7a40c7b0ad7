import { download } from '../../api/client';
import { documentPath, type DocumentVersion } from '../../api/endpoints';

export const VERSION_LABELS: Record<DocumentVersion, string> = {
  internal: '内部版（全文）',
  public: '公开版（删去【不予公开】段落）',
};

/** The official .docx as the API lays it out (the preview shows this very file, not a look-alike). */
export const fetchDocument = (reportId: string, version: DocumentVersion) =>
  download(documentPath(reportId), { version });

/** Saves a downloaded file under the server's name. */
export function saveFile({ blob, filename }: { blob: Blob; filename: string }): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = filename;
  link.click();
  URL.revokeObjectURL(link.href);
}
