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

export const StampedScanRequirementSchema = named(
  'StampedScanRequirement',
  z.object({
    required: z.boolean().describe('true when a campaign the report answers requires the stamped scan'),
    requiredBy: z
      .array(z.object({ campaignId: z.string(), title: z.string() }))
      .describe('The campaigns that require it (报送时须上传盖章扫描件)'),
    revision: z.number().int().describe('The revision a dispatch now would send: the scan must be of it'),
    ready: z
      .boolean()
      .describe('false: dispatching now is refused 422 STAMPED_SCAN_REQUIRED (no scan of this revision)'),
    latestScannedRevision: z
      .number()
      .int()
      .nullable()
      .describe('The newest revision that has a scan; an earlier one than `revision` does not count'),
    maxBytes: z.number().int().describe('The largest scan accepted, in bytes (ATTACHMENT_MAX_BYTES)'),
  }),
  "What dispatching the report needs of the stamped scan (#18 item 7), for the report's own unit and those above it",
);
