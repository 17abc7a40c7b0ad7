/**
 * Attachments a report may carry (evidence: notices, meeting minutes, statistics), recognised by
 * their first bytes, not by the name the browser sends.
 */
const SIGNATURES: Array<{ type: string; extensions: string[]; magic: number[] }> = [
  { type: 'application/pdf', extensions: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46] },
  { type: 'image/png', extensions: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  { type: 'image/jpeg', extensions: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  // OOXML (docx/xlsx) and OFD are zip containers.
  { type: 'application/zip', extensions: ['docx', 'xlsx', 'ofd'], magic: [0x50, 0x4b, 0x03, 0x04] },
  { type: 'application/x-ole-storage', extensions: ['doc', 'xls'], magic: [0xd0, 0xcf, 0x11, 0xe0] },
];

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ofd: 'application/ofd',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
};

export const ALLOWED_EXTENSIONS = Object.keys(CONTENT_TYPES);

/** The content type to store, or null when the name and the bytes do not agree on an allowed type. */
export function recogniseFile(filename: string, content: Buffer): string | null {
  const extension = filename.toLowerCase().split('.').pop() ?? '';
  const signature = SIGNATURES.find((s) => s.extensions.includes(extension));
  if (!signature) return null;
  const matches = signature.magic.every((byte, i) => content[i] === byte);
  return matches ? CONTENT_TYPES[extension] : null;
}
