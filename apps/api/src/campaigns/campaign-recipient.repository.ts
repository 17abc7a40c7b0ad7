import { Injectable } from '@nestjs/common';
import { Database } from '@app/persistence';
import type { CampaignRecipientsPlan } from './issuer-area';

export interface NamedRecipient {
  id: string;
  name: string;
}

export interface CampaignRecipientList {
  main: NamedRecipient[];
  copy: NamedRecipient[];
}

/** A campaign's 主送 and 抄送 units (campaign_recipients: its only writer). */
@Injectable()
export class CampaignRecipientRepository {
  constructor(private readonly db: Database) {}

  async insert(campaignId: string, recipients: CampaignRecipientsPlan): Promise<void> {
    this.db.requireTransaction('Campaign recipients');
    const rows = [
      ...recipients.main.map((unitId, i) => ({
        campaign_id: campaignId,
        unit_id: unitId,
        kind: 'main' as const,
        position: i,
      })),
      ...recipients.copy.map((unitId, i) => ({
        campaign_id: campaignId,
        unit_id: unitId,
        kind: 'copy' as const,
        position: i,
      })),
    ];
    if (rows.length === 0) return;
    await this.db.write(this.db.sql.insertInto('campaign_recipients').values(rows));
  }

  /** Campaigns issued before recipients existed have none stored: they answer with the issuer as 主送. */
  async listFor(campaignId: string): Promise<CampaignRecipientList> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_recipients as cr')
        .innerJoin('units as u', 'u.id', 'cr.unit_id')
        .select(['cr.kind', 'u.id', 'u.name'])
        .where('cr.campaign_id', '=', campaignId)
        .orderBy('cr.kind')
        .orderBy('cr.position'),
    );
    return {
      main: rows.filter((r) => r.kind === 'main').map((r) => ({ id: r.id, name: r.name })),
      copy: rows.filter((r) => r.kind === 'copy').map((r) => ({ id: r.id, name: r.name })),
    };
  }
}
