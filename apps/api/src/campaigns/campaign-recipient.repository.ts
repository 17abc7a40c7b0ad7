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

export interface RecipientLists {
  main: NamedRecipient[];
  copy: NamedRecipient[];
  /** 主送 and 抄送 outside the tree: nobody in the system acts for them. */
  external: { main: ExternalRecipient[]; copy: ExternalRecipient[] };
}

/** Targets whose reports go to the same 主送/抄送 (a campaign whose targets are on differing lines). */
export interface TargetRecipientGroup extends RecipientLists {
  targets: NamedRecipient[];
}

export interface CampaignRecipientList extends RecipientLists {
  /** null: the lists above are every target's; else each group of targets has its own (lists above empty). */
  perTarget: TargetRecipientGroup[] | null;
}

/** The recipients of one group of targets, as planned when issuing (unit ids, body keys). */
export interface PlannedTargetRecipients {
  targetIds: string[];
  recipients: CampaignRecipientsPlan;
}

/**
 * A campaign's 主送 and 抄送: one list for every target (campaign_recipients,
 * campaign_external_recipients) or one per target (campaign_target_recipients); their only writer.
 */
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

  /** Each target's own 主送 and 抄送 (units, then bodies outside the tree, in the order planned). */
  async insertPerTarget(campaignId: string, groups: PlannedTargetRecipients[]): Promise<void> {
    this.db.requireTransaction('Campaign recipients per target');
    const rows = groups.flatMap(({ targetIds, recipients }) =>
      targetIds.flatMap((targetId) =>
        (['main', 'copy'] as const).flatMap((kind) => {
          const named = [
            ...recipients[kind].map((unitId) => ({ unit_id: unitId, body: null })),
            ...recipients.external[kind].map((body) => ({ unit_id: null, body })),
          ];
          return named.map((r, position) => ({
            campaign_id: campaignId,
            target_unit_id: targetId,
            kind,
            position,
            ...r,
          }));
        }),
      ),
    );
    for (let i = 0; i < rows.length; i += 500)
      await this.db.write(
        this.db.sql.insertInto('campaign_target_recipients').values(rows.slice(i, i + 500)),
      );
  }

  /**
   * Turns the campaign's one list into the same list for each of `targetIds` (its targets so far),
   * then removes the one list: a target on another line is being added with its own lists, and a
   * campaign has either one list or a list per target (listFor). Every name stays, per target.
   */
  async splitPerTarget(campaignId: string, targetIds: string[]): Promise<void> {
    this.db.requireTransaction('Splitting campaign recipients per target');
    const shared = await this.sharedListOf(campaignId);
    await this.insertPerTarget(campaignId, [
      {
        targetIds,
        recipients: {
          main: shared.main.map((u) => u.id),
          copy: shared.copy.map((u) => u.id),
          external: {
            main: shared.external.main.map((b) => b.body),
            copy: shared.external.copy.map((b) => b.body),
          },
        },
      },
    ]);
    await this.db.write(this.db.sql.deleteFrom('campaign_recipients').where('campaign_id', '=', campaignId));
    await this.db.write(
      this.db.sql.deleteFrom('campaign_external_recipients').where('campaign_id', '=', campaignId),
    );
  }

  /** Whether the campaign's targets each have their own recipients (issued on differing lines). */
  async isPerTarget(campaignId: string): Promise<boolean> {
    const row = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_target_recipients')
        .select('campaign_id')
        .where('campaign_id', '=', campaignId)
        .limit(1),
    );
    return row.length > 0;
  }

  /**
   * Campaigns issued before recipients existed have none stored: they answer with the issuer as 主送
   * (campaign-view.ts). A campaign with per-target lists answers them grouped: targets whose lists
   * are the same form one group, in the order of their first target's first recipient row.
   */
  async listFor(campaignId: string): Promise<CampaignRecipientList> {
    const [shared, perTarget] = await Promise.all([
      this.sharedListOf(campaignId),
      this.perTargetOf(campaignId),
    ]);
    return { ...shared, perTarget };
  }

  private async perTargetOf(campaignId: string): Promise<TargetRecipientGroup[] | null> {
    const rows = await this.db.rows(
      this.db.sql
        .selectFrom('campaign_target_recipients as ctr')
        .innerJoin('units as t', 't.id', 'ctr.target_unit_id')
        .leftJoin('units as u', 'u.id', 'ctr.unit_id')
        .select(['ctr.target_unit_id', 't.name as target_name', 'ctr.kind', 'ctr.body', 'u.id', 'u.name'])
        .where('ctr.campaign_id', '=', campaignId)
        .orderBy('t.path')
        .orderBy('ctr.kind')
        .orderBy('ctr.position'),
    );
    if (rows.length === 0) return null;
    const byTarget = new Map<string, { target: NamedRecipient; lists: RecipientLists }>();
    for (const row of rows) {
      const entry = byTarget.get(row.target_unit_id) ?? {
        target: { id: row.target_unit_id, name: row.target_name },
        lists: { main: [], copy: [], external: { main: [], copy: [] } },
      };
      if (row.id && row.name) entry.lists[row.kind].push({ id: row.id, name: row.name });
      else if (row.body && isExternalBody(row.body))
        entry.lists.external[row.kind].push(externalRef(row.body));
      byTarget.set(row.target_unit_id, entry);
    }
    const groups = new Map<string, TargetRecipientGroup>();
    for (const { target, lists } of byTarget.values()) {
      const key = JSON.stringify(lists);
      const group = groups.get(key) ?? { targets: [], ...lists };
      group.targets.push(target);
      groups.set(key, group);
    }
    return [...groups.values()];
  }

  private async sharedListOf(campaignId: string): Promise<RecipientLists> {
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
