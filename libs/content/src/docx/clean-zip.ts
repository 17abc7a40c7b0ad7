/**
 * A fresh archive holding only the parts zip-guard checked, stored uncompressed. This is what mammoth (and
 * the JSZip inside it) is given instead of the upload: whatever else the upload's bytes hold — headers the
 * directory does not count, a second entry of the same name — is simply not there to be read.
 */
import JSZip from 'jszip';
import type { CheckedPart } from './zip-guard';

export function cleanZip(parts: CheckedPart[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const part of parts) zip.file(part.name, part.data, { binary: true, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
