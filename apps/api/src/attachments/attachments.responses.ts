import { z } from 'zod/v4';
import { named, timestamp } from '../http/api-response';

export const AttachmentSchema = named(
  'Attachment',
  z.object({
    id: z.string(),
    filename: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    uploadedBy: z.string(),
    createdAt: timestamp(),
  }),
  'Evidence attached to a report (its content is downloaded separately)',
);
