import { Injectable } from '@nestjs/common';
import { localDateOf, type LocalDate } from '@app/calendar';
import { Clock } from '@app/common';
import { coordinatesExactly, type Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { answeredOnce, IdempotencyRepository, ReceiptRepository, requestHash } from '@app/reports';
import { CampaignAccess } from '../campaign-access';
import { CampaignEventRepository, type CampaignEventView } from '../campaign-event.repository';
import { CampaignRecipientRepository } from '../campaign-recipient.repository';
import { CampaignErrors } from '../campaign.errors';
import type { RecordForwardingDto } from './forwarding.dto';
import { ForwardingErrors } from './forwarding.errors';
import {
  currentForwardings,
  FORWARDING_CHANNELS,
  forwardingKey,
  planForwarding,
  withForwardingColumn,
  type ForwardingDetails,
  type ForwardingProblem,
  type ForwardingRecord,
} from './forwarding-plan';
import { ForwardingRepository } from './forwarding.repository';

/**
 * 报送外部机关: the issuing office records sending a target's accepted report on to a body outside
 * the system (党中央、国务院…); each record is a campaign event in the campaign's hash chain, a
 * correction a new record superseding the current one (forwarding-plan.ts decides, purely).
 */
@Injectable()
export class ForwardingService {
  constructor(
    private readonly access: CampaignAccess,
    private readonly recipients: CampaignRecipientRepository,
    private readonly events: CampaignEventRepository,
    private readonly forwarding: ForwardingRepository,
    private readonly receipts: ReceiptRepository,
    private readonly idempotency: IdempotencyRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  /** Per target and body: 已报送 (the current record, with the history) or 待报送. Coordinators at or above the issuer. */
  async list(principal: Principal, campaignId: string) {
    const { campaign, issuer } = await this.access.forBoard(principal, campaignId);
    const [recipients, targets, events] = await Promise.all([
      this.recipients.listFor(campaign.id),
      this.forwarding.targets(campaign.id),
      this.events.listOf(campaign.id, 'external_forwarded'),
    ]);
    const bodies = [
      ...recipients.external.main.map((b) => ({ ...b, kind: 'main' as const })),
      ...recipients.external.copy.map((b) => ({ ...b, kind: 'copy' as const })),
    ];
    const records = events.map(recordOf);
    const current = currentForwardings(records);
    return {
      campaignId: campaign.id,
      mayRecord: coordinatesExactly(principal, issuer.id) && campaign.status === 'active',
      bodies,
      // Without a body outside the system there is nothing to send on.
      targets:
        bodies.length === 0
          ? []
          : targets.map((t) => ({
              unit: { id: t.unitId, name: t.unitName },
              reportId: t.reportId,
              acceptedOn: acceptedOn(t),
              bodies: bodies.map((b) => ({
                body: b.body,
                name: b.name,
                kind: b.kind,
                current: viewOf(current.get(forwardingKey(t.unitId, b.body))),
                history: records
                  .filter((r) => r.unitId === t.unitId && r.body === b.body)
                  .map((r) => viewOf(r)!),
              })),
            })),
    };
  }

  /** The board export's 报送外部机关 column for a campaign whose board the caller already reads (three statements). */
  async exportColumn(
    campaignId: string,
  ): Promise<(table: string[][], rows: ReadonlyArray<{ unit: { id: string } }>) => string[][]> {
    const [recipients, events] = await Promise.all([
      this.recipients.listFor(campaignId),
      this.events.listOf(campaignId, 'external_forwarded'),
    ]);
    const bodies = [...recipients.external.main, ...recipients.external.copy];
    const records = events.map(recordOf);
    return (table, rows) => withForwardingColumn(table, rows, bodies, records);
  }

  async record(
    principal: Principal,
    campaignId: string,
    input: RecordForwardingDto,
    idempotencyKey?: string,
  ) {
    const entry = {
      unitId: input.unitId,
      body: input.body,
      sentOn: input.sentOn as LocalDate,
      channel: input.channel,
      channelNote: input.channelNote ?? null,
      documentNumber: input.documentNumber ?? null,
      supersedes: input.supersedes ?? null,
    };
    const fingerprint = requestHash({ op: 'campaign.forward', campaignId, entry });
    const now = this.clock.now();
    // A retried request finds its own record current (409 FORWARDING_CHANGED) and gets the first answer.
    await answeredOnce(
      { answers: this.idempotency, userId: principal.userId, key: idempotencyKey, fingerprint },
      () =>
        this.transactions.run(async () => {
          const { campaign } = await this.access.forIssuer(principal, campaignId, { lock: true });
          if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
          const [target] = await this.forwarding.targets(campaign.id, entry.unitId);
          if (!target)
            throw CampaignErrors.invalid('unitId is not a target of this campaign', { field: 'unitId' });
          const receipt = await this.receipts.find(target.reportId, campaign.id, { lock: true });
          const recipients = await this.recipients.listFor(campaign.id);
          const records = (await this.events.listOf(campaign.id, 'external_forwarded', { lock: true })).map(
            recordOf,
          );
          const plan = planForwarding({
            entry,
            reportId: target.reportId,
            campaignBodies: [...recipients.external.main, ...recipients.external.copy].map((b) => b.body),
            acceptedOn:
              receipt?.status === 'accepted' && receipt.decidedAt ? localDateOf(receipt.decidedAt) : null,
            today: localDateOf(now),
            current: currentForwardings(records).get(forwardingKey(entry.unitId, entry.body)) ?? null,
          });
          if (!plan.ok) throw errorOf(plan.problem, target.unitName);
          await this.events.record(
            [
              {
                campaignId: campaign.id,
                unitId: entry.unitId,
                action: 'external_forwarded',
                actorUserId: principal.userId,
                details: { ...plan.details },
              },
            ],
            now,
          );
          if (idempotencyKey)
            await this.idempotency.store({
              userId: principal.userId,
              key: idempotencyKey,
              stored: { requestHash: fingerprint, statusCode: 201, response: { recorded: true } },
              now,
            });
        }),
    );
    return this.list(principal, campaignId);
  }
}

function acceptedOn(t: { receipt: string | null; decidedAt: Date | null }): LocalDate | null {
  return t.receipt === 'accepted' && t.decidedAt ? localDateOf(t.decidedAt) : null;
}

function errorOf(problem: ForwardingProblem, unitName: string) {
  switch (problem.kind) {
    case 'invalid':
      return ForwardingErrors.invalid(problem.field, problem.message);
    case 'not_accepted':
      return ForwardingErrors.notAccepted(unitName);
    case 'changed':
      return ForwardingErrors.changed(problem.currentId);
  }
}

/** A 报送外部机关 event as the record it stores. */
export function recordOf(event: CampaignEventView): ForwardingRecord {
  const details = event.details as unknown as ForwardingDetails;
  return {
    ...details,
    id: event.id,
    unitId: event.unit?.id ?? '',
    recordedBy: event.actor,
    recordedAt: event.createdAt,
  };
}

function viewOf(record: ForwardingRecord | undefined) {
  if (!record) return null;
  return {
    id: record.id,
    body: record.body,
    bodyName: record.bodyName,
    sentOn: record.sentOn,
    channel: record.channel,
    channelLabel:
      record.channel === 'other'
        ? (record.channelNote ?? FORWARDING_CHANNELS.other)
        : FORWARDING_CHANNELS[record.channel],
    channelNote: record.channelNote,
    documentNumber: record.documentNumber,
    supersedes: record.supersedes,
    recordedBy: record.recordedBy,
    recordedAt: record.recordedAt.toISOString(),
  };
}
