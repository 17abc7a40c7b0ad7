import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Database } from '@app/persistence';
import { Clock, CommonErrors, newId } from '@app/common';
import type { Principal } from '@app/directory';
import { AuditRepository, nextEvent, ReportAccess, ReportErrors } from '@app/reports';
import { defaultRegistry } from '@app/workflow';
import { AttachmentStorage } from './attachment-storage';
import { ALLOWED_EXTENSIONS, recogniseFile } from './file-types';

// eslint-disable-next-line no-control-regex -- control characters and path separators must not reach a file name
const UNSAFE_NAME_CHARS = /[\\/\u0000-\u001f]/g;

export interface AttachmentView {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
}

/**
 * A copy recipient (抄送单位) sees the attachments that went up with a dispatch to it: those whose
 * upload event comes before its latest dispatch event (the parameter). Later ones answer 404.
 */
const SENT_BEFORE = `JOIN audit_events e ON e.report_id = a.report_id AND e.action = 'attach'
   AND JSON_UNQUOTE(JSON_EXTRACT(e.fields, '$.attachmentId')) = a.id AND e.seq < ?`;

/** Evidence files attached to a report while it is drafted; each upload is recorded in the audit chain. */
@Injectable()
export class AttachmentsService {
  constructor(
    private readonly dataSource: DataSource,
    // Its transactions carry the current one to the converted report repositories.
    private readonly db: Database,
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
    const filename = utf8Name(file.originalname)
      .normalize('NFC')
      .replace(UNSAFE_NAME_CHARS, '_')
      .slice(0, 200);
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
      await this.db.transaction(async (manager) => {
        const result: { affectedRows: number } = await manager.query(
          `UPDATE reports SET version = version + 1, last_event_seq = ?, last_hash = ?, updated_at = ?
            WHERE id = ? AND version = ? AND state = ?`,
          [event.seq, event.hash, now, report.id, report.version, drafting],
        );
        if (result.affectedRows !== 1) throw ReportErrors.staleVersion(report);
        await manager.query(
          `INSERT INTO attachments (id, report_id, filename, content_type, size_bytes, sha256, storage_key, uploaded_by, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            id,
            report.id,
            filename,
            contentType,
            file.buffer.length,
            sha256,
            storageKey,
            principal.userId,
            now,
          ],
        );
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
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT a.* FROM attachments a ${copy ? SENT_BEFORE : ''}
        WHERE a.report_id = ? ORDER BY a.created_at, a.id`,
      copy ? [copy.latest.eventSeq, reportId] : [reportId],
    );
    return rows.map(toView);
  }

  async download(
    principal: Principal,
    reportId: string,
    attachmentId: string,
  ): Promise<{ view: AttachmentView; content: Buffer }> {
    const { copy } = await this.access.readable(principal, reportId);
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT a.* FROM attachments a ${copy ? SENT_BEFORE : ''} WHERE a.report_id = ? AND a.id = ?`,
      copy ? [copy.latest.eventSeq, reportId, attachmentId] : [reportId, attachmentId],
    );
    if (!rows[0]) throw ReportErrors.attachmentNotFound();
    return { view: toView(rows[0]), content: await this.storage.get(rows[0].storage_key as string) };
  }
}

function toView(r: Record<string, unknown>): AttachmentView {
  return {
    id: r.id as string,
    filename: r.filename as string,
    contentType: r.content_type as string,
    sizeBytes: Number(r.size_bytes),
    sha256: r.sha256 as string,
    uploadedBy: r.uploaded_by as string,
    createdAt: r.created_at as Date,
  };
}

/**
 * Browsers send the file name as raw UTF-8 bytes, which multer's parser reads as latin1: turn
 * those back into the characters the user typed (名称.pdf), leave names already decoded alone.
 */
function utf8Name(name: string): string {
  // eslint-disable-next-line no-control-regex -- the whole latin1 range, control characters included
  if (!/^[\u0000-\u00ff]*$/.test(name)) return name;
  const decoded = Buffer.from(name, 'latin1').toString('utf8');
  return decoded.includes('\ufffd') ? name : decoded;
}
