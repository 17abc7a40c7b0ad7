import { Injectable } from '@nestjs/common';
import { issuerLabel, type OfficeLevel } from '@app/directory';
import { Database, fromJson } from '@app/persistence';

/** What the 通报's notification says: its title, 文号, campaign, issuing office, the units named and sent to. */
export interface IssuedNotice {
  campaignId: string;
  campaignTitle: string;
  /** The issuer as users say it: the office (依法治州办) for a government's campaign (office-words.ts). */
  issuerName: string;
  title: string;
  documentNumber: string | null;
  version: number;
  issued: boolean;
  namedUnitIds: string[];
  /** Every unit the campaign asked: the 通报 is sent to all of them. */
  targetUnitIds: string[];
}

/** Reads a campaign's 通报 for its notification (campaign_notices is written by the API only). */
@Injectable()
export class IssuedNoticeRepository {
  constructor(private readonly db: Database) {}

  async find(campaignId: string): Promise<IssuedNotice | null> {
    const row = await this.db.row(
      this.db.sql
        .selectFrom('campaign_notices as n')
        .innerJoin('campaigns as c', 'c.id', 'n.campaign_id')
        .innerJoin('units as u', 'u.id', 'c.issuing_unit_id')
        .select([
          'n.campaign_id',
          'c.title as campaign_title',
          'u.name as issuer_name',
          'u.kind as issuer_kind',
          'u.level as issuer_level',
          'n.title',
          'n.document_number',
          'n.version',
          'n.status',
          'n.named_unit_ids',
        ])
        .where('n.campaign_id', '=', campaignId),
    );
    if (!row) return null;
    const targets = await this.db.rows(
      this.db.sql.selectFrom('campaign_targets').select('unit_id').where('campaign_id', '=', campaignId),
    );
    return {
      campaignId: row.campaign_id,
      campaignTitle: row.campaign_title,
      issuerName: issuerLabel(
        { name: row.issuer_name },
        { name: row.issuer_name, kind: row.issuer_kind, level: row.issuer_level as OfficeLevel },
      ),
      title: row.title,
      documentNumber: row.document_number,
      version: Number(row.version),
      issued: row.status === 'issued',
      namedUnitIds: fromJson<string[]>(row.named_unit_ids),
      targetUnitIds: targets.map((t) => t.unit_id),
    };
  }
}
