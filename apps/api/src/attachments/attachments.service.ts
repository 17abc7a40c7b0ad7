import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Clock, CommonErrors, newId } from '@app/common';
import type { Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { AuditRepository, nextEvent, ReportAccess, ReportErrors, ReportRepository } from '@app/reports';
import { defaultRegistry } from '@app/workflow';
import { AttachmentRepository, type Attachment } from './attachment.repository';
import { AttachmentStorage } from './attachment-storage';
import { ALLOWED_EXTENSIONS, recogniseFile } from './file-types';
import { uploadedFileName } from '../http/uploaded-file-name';

/** An attachment as readers see it: where it is stored stays inside. */
export type AttachmentView = Omit<Attachment, 'storageKey'>;

/** Evidence files attached to a report while it is drafted; each upload is recorded in the audit chain. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly attachments: AttachmentRepository,
    private readonly reports: ReportRepository,
    private readonly access: ReportAccess,
    private readonly audit: AuditRepository,
    private readonly storage: AttachmentStorage,
    private readonly clock: Clock,
  ) {}

  async upload(
    principal: Principal,
    reportId: string,
    file: { originalname: string; buffer: Buffer } | undefined,
  ) {
    // Reach and role first (404 / 403), then what the request lacks.
    const { report } = await this.access.writable(principal, reportId, 'report.attach');
    if (!file) throw CommonErrors.fileRequired();
    const drafting = defaultRegistry.get(report.workflowId, report.workflowVersion).initial;
    if (report.state !== drafting) throw ReportErrors.notEditable(report.state);
    const filename = uploadedFileName(file.originalname);
    const contentType = recogniseFile(filename, file.buffer);
    if (!contentType) {
      throw CommonErrors.fileType(ALLOWED_EXTENSIONS);
    }
    const id = newId();
    const sha256 = createHash('sha256').update(file.buffer).digest('hex');
    const storageKey = `${reportId}/${id}`;
    await this.storage.put(storageKey, file.buffer);
    const now = this.clock.now();
    const event = nextEvent(report, {
      revision: report.currentRevision,
      action: 'attach',
      fromState: report.state,
      toState: report.state,
      actorUserId: principal.userId,
      actorRole: 'drafter',
      actorUnitId: principal.unitId,
      comment: null,
      fields: { attachmentId: id, filename, sha256 },
      effects: [],
      createdAt: now,
    });
    try {
      await this.transactions.run(async () => {
        const head = {
          id: report.id,
          expectedVersion: report.version,
          lastEventSeq: event.seq,
          lastHash: event.hash,
          now,
        };
        if (!(await this.reports.applyDraftingEvent(head, drafting))) throw ReportErrors.staleVersion(report);
        await this.attachments.insert({
          id,
          reportId: report.id,
          filename,
          contentType,
          sizeBytes: file.buffer.length,
          sha256,
          storageKey,
          uploadedBy: principal.userId,
          createdAt: now,
        });
        await this.audit.append(event);
      });
    } catch (error) {
      // Nothing refers to the bytes when the transaction did not commit.
      await this.storage.remove(storageKey);
      throw error;
    }
    return {
      id,
      filename,
      contentType,
      sizeBytes: file.buffer.length,
      sha256,
      uploadedBy: principal.userId,
      createdAt: now,
    };
  }

  async list(principal: Principal, reportId: string): Promise<AttachmentView[]> {
    const { copy } = await this.access.readable(principal, reportId);
    // A copy recipient (抄送单位) sees what went up with its latest dispatch; later ones answer 404.
    const attachments = await this.attachments.list({ reportId, uploadedBeforeSeq: copy?.latest.eventSeq });
    return attachments.map(toView);
  }

  async download(
    principal: Principal,
    reportId: string,
    attachmentId: string,
  ): Promise<{ view: AttachmentView; content: Buffer }> {
    const { copy } = await this.access.readable(principal, reportId);
    const attachment = await this.attachments.find(
      { reportId, uploadedBeforeSeq: copy?.latest.eventSeq },
      attachmentId,
    );
    if (!attachment) throw ReportErrors.attachmentNotFound();
    return { view: toView(attachment), content: await this.storage.get(attachment.storageKey) };
  }
}

/** What a reader is shown: everything but where the bytes are kept. */
function toView({ storageKey: _where, ...view }: Attachment): AttachmentView {
  return view;
}
