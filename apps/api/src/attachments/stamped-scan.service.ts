import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, CommonErrors, newId } from '@app/common';
import { AppConfig } from '@app/config';
import { AccessErrors, type Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { AuditRepository, nextEvent, ReportAccess, ReportErrors, StampedScanGate } from '@app/reports';
import { defaultRegistry } from '@app/workflow';
import { ReportDocumentErrors } from '../reports/report-documents.errors';
import { AttachmentStorage } from './attachment-storage';
import { StampedScanRepository, type StampedScan } from './stamped-scan.repository';
import { uploadedFileName } from '../http/uploaded-file-name';

/** A PDF starts with "%PDF-" (ISO 32000-1, 7.5.2); a scanner's file always does. */
const PDF_MAGIC = Buffer.from('%PDF-', 'latin1');

/** A scan as readers see it: where the bytes are kept stays inside. */
export type StampedScanView = Omit<StampedScan, 'storageKey'>;

export interface StampedScanUpload {
  originalname: string;
  buffer: Buffer;
}

/**
 * The stamped scan (盖章扫描件): once the report has left drafting (signed off, sent), its unit uploads the PDF
 * of the sealed paper copy; those who may read the report download it beside the Word file. Each upload is an
 * audit event in the report's chain, written in one transaction with the row.
 */
@Injectable()
export class StampedScanService {
  constructor(
    private readonly transactions: Transactions,
    private readonly scans: StampedScanRepository,
    private readonly access: ReportAccess,
    private readonly audit: AuditRepository,
    private readonly storage: AttachmentStorage,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly gate: StampedScanGate,
  ) {}

  /** The largest scan accepted, in bytes: the attachments' limit. */
  get maxBytes(): number {
    return this.config.env.ATTACHMENT_MAX_BYTES;
  }

  async upload(
    principal: Principal,
    reportId: string,
    file: StampedScanUpload | undefined,
  ): Promise<StampedScanView> {
    // Reach and role first (404 / 403), then the state, then what the request carries.
    const { report } = await this.access.writable(principal, reportId, 'report.attach');
    const drafting = defaultRegistry.get(report.workflowId, report.workflowVersion).initial;
    if (report.state === drafting || report.currentRevision === 0)
      throw ReportDocumentErrors.stampedScanTooEarly(report.state);
    if (!file) throw CommonErrors.fileRequired('the stamped scan (PDF)');
    if (file.buffer.length === 0) throw ReportDocumentErrors.stampedScanInvalid('empty', this.maxBytes);
    if (file.buffer.length > this.maxBytes)
      throw ReportDocumentErrors.stampedScanInvalid('too_large', this.maxBytes);
    if (!file.buffer.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC))
      throw ReportDocumentErrors.stampedScanInvalid('not_pdf', this.maxBytes);

    const id = newId();
    const now = this.clock.now();
    const scan: StampedScan = {
      id,
      reportId,
      revision: report.currentRevision,
      filename: pdfName(file.originalname),
      sizeBytes: file.buffer.length,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      storageKey: `${reportId}/stamped-${id}`,
      uploadedBy: principal.userId,
      createdAt: now,
    };
    const event = nextEvent(report, {
      revision: report.currentRevision,
      action: 'attach_stamped_scan',
      fromState: report.state,
      toState: report.state,
      actorUserId: principal.userId,
      actorRole: 'drafter',
      actorUnitId: principal.unitId,
      comment: null,
      fields: { stampedScanId: id, filename: scan.filename, sha256: scan.sha256 },
      effects: [],
      createdAt: now,
    });
    await this.storage.put(scan.storageKey, file.buffer);
    try {
      await this.transactions.run(async () => {
        const head = {
          id: report.id,
          expectedVersion: report.version,
          lastEventSeq: event.seq,
          lastHash: event.hash,
          now,
          state: report.state,
        };
        if (!(await this.scans.insert(scan, head))) throw ReportErrors.staleVersion(report);
        await this.audit.append(event);
      });
    } catch (error) {
      // Nothing refers to the bytes when the transaction did not commit.
      await this.storage.remove(scan.storageKey);
      throw error;
    }
    return toView(scan);
  }

  /** The latest scan the caller may read: a copy recipient sees one of a revision dispatched to it. */
  async latest(
    principal: Principal,
    reportId: string,
  ): Promise<{ view: StampedScanView; scan: StampedScan }> {
    const { copy } = await this.access.readable(principal, reportId);
    const scan = await this.scans.latest({ reportId, upToRevision: copy?.latest.revision });
    if (!scan) throw ReportDocumentErrors.stampedScanNotFound();
    return { view: toView(scan), scan };
  }

  /**
   * What a dispatch now needs of the scan. The report's own unit and those above it ask; a reader that
   * sees only what was dispatched to it (copy recipient, an issuer outside the subtree) has no dispatch
   * to prepare (403).
   */
  async requirement(principal: Principal, reportId: string) {
    const { report, copy } = await this.access.readable(principal, reportId);
    if (copy)
      throw AccessErrors.roleRequired(
        "Only the report's own unit and the units above it see what its dispatch needs",
        ['drafter'],
      );
    const { requiredBy, missing } = await this.gate.status(report.id, report.currentRevision);
    const latest = await this.scans.latest({ reportId });
    return {
      required: requiredBy.length > 0,
      requiredBy,
      revision: report.currentRevision,
      ready: missing === null,
      latestScannedRevision: missing ? missing.latestScannedRevision : (latest?.revision ?? null),
      maxBytes: this.maxBytes,
    };
  }

  async download(
    principal: Principal,
    reportId: string,
  ): Promise<{ view: StampedScanView; content: Buffer }> {
    const { view, scan } = await this.latest(principal, reportId);
    return { view, content: await this.storage.get(scan.storageKey) };
  }
}

function toView({ storageKey: _where, ...view }: StampedScan): StampedScanView {
  return view;
}

/** The name the browser sent, made safe, always ending in .pdf (the bytes were checked to be one). */
function pdfName(original: string): string {
  const safe = uploadedFileName(original);
  const base = safe.trim() === '' ? '盖章扫描件' : safe;
  return /\.pdf$/i.test(base) ? base : `${base}.pdf`;
}
