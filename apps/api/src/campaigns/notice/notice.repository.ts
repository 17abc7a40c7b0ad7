import { Injectable } from '@nestjs/common';
import { sql } from 'kysely';
import type { LocalDate } from '@app/calendar';
import { Database, fromJson } from '@app/persistence';
import type { CampaignNotice, NoticeText, TextBeforeRefresh } from './notice.types';

/** campaign_notices: the 通报 of each campaign; its only writer. */
@Injectable()
export class NoticeRepository {
  constructor(private readonly db: Database) {}

  /** With `lock` (inside a transaction) held until it ends: edits and issuing run one after another. */
  async find(campaignId: string, options: { lock?: boolean } = {}): Promise<CampaignNotice | null> {
    let query = this.db.sql
      .selectFrom('campaign_notices')
      .selectAll()
      .select(sql<LocalDate | null>`DATE_FORMAT(issued_on, '%Y-%m-%d')`.as('issued_day'))
      .where('campaign_id', '=', campaignId);
    if (options.lock) query = query.forUpdate();
    const r = await this.db.row(query);
    if (!r) return null;
    return {
      campaignId: r.campaign_id,
      version: Number(r.version),
      status: r.status,
      title: r.title,
      documentNumber: r.document_number,
      paragraphs: fromJson<string[]>(r.paragraphs),
      namedUnitIds: fromJson<string[]>(r.named_unit_ids),
      addressees: fromJson<string[]>(r.addressees),
      copiesTo: fromJson<string[]>(r.copies_to),
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedBy: r.updated_by,
      updatedAt: r.updated_at,
      issued:
        r.issued_by && r.issued_at && r.issued_day
          ? { by: r.issued_by, at: r.issued_at, on: r.issued_day }
          : null,
      factsDigest: r.facts_digest,
      beforeRefresh:
        r.replaced_text !== null &&
        r.replaced_version !== null &&
        r.replaced_at !== null &&
        r.replaced_by !== null
          ? {
              version: Number(r.replaced_version),
              ...fromJson<Pick<TextBeforeRefresh, 'paragraphs' | 'namedUnitIds'>>(r.replaced_text),
              at: r.replaced_at,
              by: r.replaced_by,
            }
          : null,
    };
  }

  /** False when the campaign already has one (the primary key decides, so two creators cannot both win). */
  async insert(notice: {
    campaignId: string;
    text: NoticeText;
    factsDigest: string;
    by: string;
    now: Date;
  }): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .insertInto('campaign_notices')
        .ignore()
        .values({
          campaign_id: notice.campaignId,
          version: 1,
          status: 'draft',
          title: notice.text.title,
          document_number: notice.text.documentNumber,
          paragraphs: JSON.stringify(notice.text.paragraphs),
          named_unit_ids: JSON.stringify(notice.text.namedUnitIds),
          addressees: JSON.stringify(notice.text.addressees),
          copies_to: JSON.stringify(notice.text.copiesTo),
          facts_digest: notice.factsDigest,
          created_by: notice.by,
          created_at: notice.now,
          updated_by: notice.by,
          updated_at: notice.now,
        }),
    );
    return result.affectedRows > 0;
  }

  /**
   * Conditional on the version read and on still being a draft: false when either moved on.
   * `factsDigest`: the text was regenerated from these facts; left out, an edit keeps the digest.
   * `keepReplaced`: a refresh keeps the body and named units it replaces (TextBeforeRefresh).
   */
  async replaceText(change: {
    campaignId: string;
    text: NoticeText;
    factsDigest?: string;
    keepReplaced?: Pick<CampaignNotice, 'paragraphs' | 'namedUnitIds'>;
    expectedVersion: number;
    by: string;
    now: Date;
  }): Promise<boolean> {
    const kept = change.keepReplaced;
    const result = await this.db.write(
      this.db.sql
        .updateTable('campaign_notices')
        .set((eb) => ({
          ...(change.factsDigest === undefined ? {} : { facts_digest: change.factsDigest }),
          ...(kept === undefined
            ? {}
            : {
                replaced_text: JSON.stringify({
                  paragraphs: kept.paragraphs,
                  namedUnitIds: kept.namedUnitIds,
                }),
                replaced_version: change.expectedVersion,
                replaced_at: change.now,
                replaced_by: change.by,
              }),
          title: change.text.title,
          document_number: change.text.documentNumber,
          paragraphs: JSON.stringify(change.text.paragraphs),
          named_unit_ids: JSON.stringify(change.text.namedUnitIds),
          addressees: JSON.stringify(change.text.addressees),
          copies_to: JSON.stringify(change.text.copiesTo),
          version: eb('version', '+', 1),
          updated_by: change.by,
          updated_at: change.now,
        }))
        .where('campaign_id', '=', change.campaignId)
        .where('version', '=', change.expectedVersion)
        .where('status', '=', 'draft'),
    );
    return result.affectedRows > 0;
  }

  /** Draft -> issued, conditional like replaceText. */
  async markIssued(change: {
    campaignId: string;
    expectedVersion: number;
    by: string;
    now: Date;
    on: LocalDate;
  }): Promise<boolean> {
    const result = await this.db.write(
      this.db.sql
        .updateTable('campaign_notices')
        .set((eb) => ({
          status: 'issued',
          version: eb('version', '+', 1),
          issued_by: change.by,
          issued_at: change.now,
          issued_on: sql<Date>`${change.on}`,
          updated_by: change.by,
          updated_at: change.now,
        }))
        .where('campaign_id', '=', change.campaignId)
        .where('version', '=', change.expectedVersion)
        .where('status', '=', 'draft'),
    );
    return result.affectedRows > 0;
  }
}
