import { Injectable } from '@nestjs/common';
import { chinaDateTimeShort, localDateOf } from '@app/calendar';
import { Clock, isDuplicateKey, newId } from '@app/common';
import { URGE_REACHABLE_ROLES, UserRepository, type Principal } from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import { answeredOnce, IdempotencyRepository, requestHash } from '@app/reports';
import { CampaignAccess } from '../campaign-access';
import { CampaignEventRepository } from '../campaign-event.repository';
import { CampaignErrors } from '../campaign.errors';
import type { UrgeTargetDto } from './urge.dto';
import { planUrge, urgeMessageOf, type UrgeOfDay, type UrgeProblem } from './urge-plan';
import { UrgeRepository } from './urge.repository';

/** What a press answers (201), and a retried press with the same Idempotency-Key answers again. */
export interface UrgeView {
  id: string;
  campaignId: string;
  unit: { id: string; name: string };
  urgedAt: string;
  urgedOn: string;
  urgedBy: { id: string; displayName: string };
  message: string | null;
}

/**
 * 催办 by hand: a coordinator of the issuing office presses a target that has not reported
 * (urge-plan.ts decides). The record, the campaign event and the outbox row of the job that tells
 * the unit commit together; the worker resolves who is told when it runs.
 */
@Injectable()
export class UrgeService {
  constructor(
    private readonly access: CampaignAccess,
    private readonly urges: UrgeRepository,
    private readonly users: UserRepository,
    private readonly events: CampaignEventRepository,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly idempotency: IdempotencyRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async urge(
    principal: Principal,
    campaignId: string,
    unitId: string,
    input: UrgeTargetDto,
    idempotencyKey?: string,
  ): Promise<UrgeView> {
    const message = urgeMessageOf(input.message);
    const fingerprint = requestHash({ op: 'campaign.urge', campaignId, unitId, message });
    const now = this.clock.now();
    const today = localDateOf(now);
    let unitName = '';
    // The report pressed: today's press is looked up by report (a joint report's two rows are one).
    let reportId: string | undefined;
    // A retried press finds today's press stored (409) and gets the first answer.
    const view = await answeredOnce(
      { answers: this.idempotency, userId: principal.userId, key: idempotencyKey, fingerprint },
      () =>
        this.transactions
          .run(async () => {
            // The campaign's row is locked: two presses of its targets at once take turns.
            const { campaign } = await this.access.forIssuer(principal, campaignId, { lock: true });
            const target = await this.urges.target(campaign.id, unitId);
            unitName = target?.unitName ?? '';
            reportId = target?.reportId;
            const plan = planUrge({
              campaignStatus: campaign.status,
              target,
              pressedToday: target ? await this.urges.ofDay(campaign.id, target.reportId, today) : null,
              anyoneToTell: target
                ? (await this.users.findActiveByRoleInUnit(unitId, [...URGE_REACHABLE_ROLES])).length > 0
                : false,
              today,
            });
            if (!plan.ok || !target) throw errorOf(plan.ok ? { kind: 'not_target' } : plan.problem);
            const id = newId();
            await this.urges.insert({
              id,
              campaignId: campaign.id,
              unitId,
              reportId: target.reportId,
              urgedOn: today,
              urgedBy: principal.userId,
              message,
              createdAt: now,
            });
            await this.events.record(
              [
                {
                  campaignId: campaign.id,
                  unitId,
                  action: 'target_urged',
                  actorUserId: principal.userId,
                  details: { urgeId: id, urgedOn: today, message },
                },
              ],
              now,
            );
            await this.outbox.add('target-urged', { urgeId: id }, now);
            const answer: UrgeView = {
              id,
              campaignId: campaign.id,
              unit: { id: unitId, name: target.unitName },
              urgedAt: now.toISOString(),
              urgedOn: today,
              urgedBy: { id: principal.userId, displayName: principal.displayName },
              message,
            };
            if (idempotencyKey)
              await this.idempotency.store({
                userId: principal.userId,
                key: idempotencyKey,
                stored: { requestHash: fingerprint, statusCode: 201, response: answer },
                now,
              });
            return answer;
          })
          .catch(async (error: unknown) => {
            // Pressed by someone else between our read and our write: the unique key answered.
            if (!isDuplicateKey(error)) throw error;
            const first = reportId ? await this.urges.ofDay(campaignId, reportId, today) : null;
            throw first ? errorOf({ kind: 'already_today', unitName, first }) : error;
          }),
    );
    this.relay.kick();
    return view;
  }
}

function errorOf(problem: UrgeProblem) {
  switch (problem.kind) {
    case 'withdrawn':
      return CampaignErrors.withdrawn();
    case 'not_target':
      return CampaignErrors.targetNotFound();
    case 'nothing_to_do':
      return CampaignErrors.urgeNotNeeded(problem.unitName, problem.receipt);
    case 'nobody_to_tell':
      return CampaignErrors.urgeNobodyToTell(problem.unitName);
    case 'already_today':
      return CampaignErrors.urgedToday(problem.unitName, { ...problem.first, atText: timeOf(problem.first) });
  }
}

/** "09:30（北京时间）": the time of today's press, as the refusal names it. */
function timeOf(first: UrgeOfDay): string {
  return `${chinaDateTimeShort(first.at).slice(11)}（北京时间）`;
}
