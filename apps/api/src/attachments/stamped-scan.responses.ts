import { z } from 'zod/v4';
import { named, timestamp } from '../http/api-response';

export const StampedScanSchema = named(
  'StampedScan',
  z.object({
    id: z.string(),
    reportId: z.string(),
    revision: z.number().int().describe('The revision the sealed paper copy was printed from'),
    filename: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.string(),
    createdAt: timestamp(),
  }),
  'The stamped scan (盖章扫描件) of a dispatched report (its content is downloaded separately)',
);
