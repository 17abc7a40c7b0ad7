import { Injectable } from '@nestjs/common';
import { sql, type InferResult } from 'kysely';
import { Database, type SqlBuilder } from '@app/persistence';

export interface Attachment {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: string;
  createdAt: Date;
  storageKey: string;
}

export interface NewAttachment extends Attachment {
  reportId: string;
}

/** Which attachments of a report a reader sees. */
export interface AttachmentScope {
  reportId: string;
  /**
   * A copy recipient (抄送单位) sees those whose upload event comes before its latest dispatch event:
   * the seq of that event. Absent for readers who see every attachment.
   */
  uploadedBeforeSeq?: number;
}

const selectAttachments = (db: SqlBuilder, scope: AttachmentScope) => {
  const query = db.selectFrom('attachments as a').selectAll('a').where('a.report_id', '=', scope.reportId);
  const before = scope.uploadedBeforeSeq;
  if (before === undefined) return query;
  return query.innerJoin('audit_events as e', (join) =>
    join
      .onRef('e.report_id', '=', 'a.report_id')
      .on('e.action', '=', 'attach')
      .on(
        sql<boolean>`JSON_UNQUOTE(JSON_EXTRACT(${sql.ref('e.fields')}, '$.attachmentId')) = ${sql.ref('a.id')}`,
      )
      .on('e.seq', '<', before),
  );
};
type AttachmentRow = InferResult<ReturnType<typeof selectAttachments>>[number];

/** Evidence files of a report (the bytes live in AttachmentStorage under storageKey). Only writer of attachments. */
@Injectable()
export class AttachmentRepository {
  constructor(private readonly db: Database) {}

  /** Written with the upload's audit event: an attachment nobody can trace must not exist. */
  async insert(attachment: NewAttachment): Promise<void> {
    this.db.requireTransaction('An attachment');
    await this.db.write(
      this.db.sql.insertInto('attachments').values({
        id: attachment.id,
        report_id: attachment.reportId,
        filename: attachment.filename,
        content_type: attachment.contentType,
        size_bytes: attachment.sizeBytes,
        sha256: attachment.sha256,
        storage_key: attachment.storageKey,
        uploaded_by: attachment.uploadedBy,
        created_at: attachment.createdAt,
      }),
    );
  }

  /** In upload order. */
  async list(scope: AttachmentScope): Promise<Attachment[]> {
    const rows = await this.db.rows(
      selectAttachments(this.db.sql, scope).orderBy('a.created_at').orderBy('a.id'),
    );
    return rows.map(toAttachment);
  }

  async find(scope: AttachmentScope, attachmentId: string): Promise<Attachment | null> {
    const row = await this.db.row(selectAttachments(this.db.sql, scope).where('a.id', '=', attachmentId));
    return row ? toAttachment(row) : null;
  }
}

function toAttachment(r: AttachmentRow): Attachment {
  return {
    id: r.id,
    filename: r.filename,
    contentType: r.content_type,
    sizeBytes: Number(r.size_bytes),
    sha256: r.sha256,
    uploadedBy: r.uploaded_by,
    createdAt: r.created_at,
    storageKey: r.storage_key,
  };
}
