import { Injectable } from '@nestjs/common';
import { EXTERNAL_BODIES, isExternalBody, type ExternalBody } from '@app/directory';
import { Database } from '@app/persistence';
import type { CampaignRecipientsPlan } from './issuer-area';

export interface NamedRecipient {
  id: string;
  name: string;
}

/** A body outside the tree, by its EXTERNAL_BODIES key and its name as printed (党中央). */
export interface ExternalRecipient {
  body: ExternalBody;
  name: string;
}

export const externalRef = (body: ExternalBody): ExternalRecipient => ({ body, name: EXTERNAL_BODIES[body] });

export interface CampaignRecipientList {
  main: NamedRecipient[];
  copy: NamedRecipient[];
  /** 主送 and 抄送 outside the tree: nobody in the system acts for them. */
  external: { main: ExternalRecipient[]; copy: ExternalRecipient[] };
}

/** A campaign's 主送 and 抄送 (campaign_recipients, campaign_external_recipients: their only writer). */
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
    if (rows.length > 0) await this.db.write(this.db.sql.insertInto('campaign_recipients').values(rows));
    const external = [
      ...recipients.external.main.map((body, i) => ({
        campaign_id: campaignId,
        body,
        kind: 'main' as const,
        position: i,
      })),
      ...recipients.external.copy.map((body, i) => ({
        campaign_id: campaignId,
        body,
        kind: 'copy' as const,
        position: i,
      })),
    ];
    if (external.length > 0)
      await this.db.write(this.db.sql.insertInto('campaign_external_recipients').values(external));
  }

  /** Campaigns issued before recipients existed have none stored: they answer with the issuer as 主送. */
  async listFor(campaignId: string): Promise<CampaignRecipientList> {
    const [rows, external] = await Promise.all([
      this.db.rows(
        this.db.sql
          .selectFrom('campaign_recipients as cr')
          .innerJoin('units as u', 'u.id', 'cr.unit_id')
          .select(['cr.kind', 'u.id', 'u.name'])
          .where('cr.campaign_id', '=', campaignId)
          .orderBy('cr.kind')
          .orderBy('cr.position'),
      ),
      this.db.rows(
        this.db.sql
          .selectFrom('campaign_external_recipients')
          .select(['kind', 'body'])
          .where('campaign_id', '=', campaignId)
          .orderBy('kind')
          .orderBy('position'),
      ),
    ]);
    const bodies = (kind: 'main' | 'copy') =>
      external.flatMap((r) => (r.kind === kind && isExternalBody(r.body) ? [externalRef(r.body)] : []));
    return {
      main: rows.filter((r) => r.kind === 'main').map((r) => ({ id: r.id, name: r.name })),
      copy: rows.filter((r) => r.kind === 'copy').map((r) => ({ id: r.id, name: r.name })),
      external: { main: bodies('main'), copy: bodies('copy') },
    };
  }
}
