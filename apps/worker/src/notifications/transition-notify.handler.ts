import { Injectable } from '@nestjs/common';
import { chinaDueText } from '@app/calendar';
import { Clock } from '@app/common';
import {
  deliberationBodyOf,
  heldRoleFor,
  UnitRepository,
  unitsWhereRolesAct,
  unitsWhereCoordinatorsAct,
  UserRepository,
} from '@app/directory';
import { NotificationRepository, type NewNotification } from '@app/notifications';
import type { JobOutcome, JobPayloads } from '@app/queue';
import {
  AuditRepository,
  type AuditEvent,
  ReceiptRepository,
  ReportCopyRepository,
  ReportRepository,
  RevisionRepository,
  type Report,
} from '@app/reports';
import { defaultRegistry, stateLabel, type Effect, type WorkflowDefinition } from '@app/workflow';
import { JobHandler, type HandlesJob } from '../jobs/job-handler';
import { commentClause } from './comment-clause';
import { findingsClause, findingsRaisedWith } from './findings-clause';
import { copyNotice } from './copy-notice';
import { Recipients } from './recipients';

const REASON_TITLE: Record<Extract<Effect, { type: 'notify' }>['reason'], string> = {
  action_required: '待办',
  returned: '退回修改',
  withdrawn: '已撤回',
  accepted: '已接收',
  published: '已公开',
};

/** How many events after a return are read for the findings raised with it (a decision's list is short). */
const FINDINGS_READ = 50;

/** Puts a transition's notifications in the inbox of the people it concerns (not the actor). */
@Injectable()
@JobHandler('transition-notify')
export class TransitionNotifyHandler implements HandlesJob<'transition-notify'> {
  constructor(
    private readonly audit: AuditRepository,
    private readonly reports: ReportRepository,
    private readonly units: UnitRepository,
    private readonly users: UserRepository,
    private readonly inbox: NotificationRepository,
    private readonly copies: ReportCopyRepository,
    private readonly revisions: RevisionRepository,
    private readonly recipients: Recipients,
    private readonly receipts: ReceiptRepository,
    private readonly clock: Clock,
  ) {}

  async handle({ auditEventId }: JobPayloads['transition-notify']): Promise<JobOutcome> {
    const event = await this.audit.findById(auditEventId);
    if (!event) return { status: 'skipped', reason: `audit event ${auditEventId} not found` };
    const report = await this.reports.findById(event.reportId);
    if (!report) return { status: 'skipped', reason: 'report not found' };
    const unit = await this.units.findById(report.unitId);
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    // The deliberation stage names the unit's own body: 集体审议（党组会议）.
    const stage = stateLabel(definition, event.toState, {
      deliberationBody: unit ? deliberationBodyOf(unit) : null,
    });
    const returningBody = await this.returningBody(event, report);
    const returnedBy = returningBody ?? (await this.returningStage(event, definition));
    // An office's return names the findings (问题清单) it raised with it.
    const raisedWith = returningBody ? findingsClause(await this.findingsRaisedWith(event)) : '';
    const messages: NewNotification[] = [];
    // The units where each coordinator told to act acts for this event (where its copy, if any, is
    // merged with the 待办 below).
    const actingIn = new Map<string, Set<string>>();
    for (const effect of event.effects) {
      if (effect.type !== 'notify') continue;
      const deadline =
        report.stageDueAt && effect.reason === 'action_required'
          ? `，办理期限：${chinaDueText(report.stageDueAt)}`
          : '';
      // Coordinators are told where they act: the issuers of open receipts, else the receiving unit.
      // A joint report's 党委 leader (co_reporting_leader) is found in the 党委, holding heldRoleFor.
      const audience =
        effect.audience === 'own_unit'
          ? effect.roles.flatMap((role) =>
              (role === 'co_reporting_leader' ? unitsWhereRolesAct(report, role) : [report.unitId]).map(
                (unitId) => ({
                  unitId,
                  roles: [heldRoleFor(role)],
                }),
              ),
            )
          : (await this.coordinatingUnits(report, effect.reason)).map((unitId) => ({
              unitId,
              roles: effect.roles.map(heldRoleFor),
            }));
      const perUnit = await Promise.all(
        audience.map(async ({ unitId, roles }) => ({
          unitId,
          holders: await this.users.findActiveByRoleInUnit(unitId, roles),
        })),
      );
      const found = perUnit.flatMap((u) => u.holders);
      const recipients = found.filter((r, i) => found.findIndex((other) => other.id === r.id) === i);
      if (effect.reason === 'action_required' && effect.audience !== 'own_unit')
        for (const { unitId, holders } of perUnit)
          for (const holder of holders)
            actingIn.set(holder.id, new Set([...(actingIn.get(holder.id) ?? []), unitId]));
      // 原则通过（按意见修改） sends the report back too, but it was told as 退回修改 (a walk, stop 49).
      const inPrinciple = event.action === 'approve_in_principle';
      for (const recipient of recipients) {
        if (recipient.id === event.actorUserId) continue;
        messages.push({
          userId: recipient.id,
          kind: effect.reason,
          reportId: report.id,
          title: `${inPrinciple ? '原则通过（按意见修改）' : REASON_TITLE[effect.reason]}：${report.title}`,
          body:
            (returnedBy
              ? `${returnedBy}退回了${unit?.name ?? ''}的报告，现处于“${stage}”`
              : inPrinciple
                ? `集体审议原则通过，请按修改意见修改后直接送主要负责人签发`
                : effect.reason === 'withdrawn' && effect.audience !== 'own_unit'
                  ? `${unit?.name ?? ''}撤回了报送的报告（第 ${event.revision} 版），现处于“${stage}”，重新报送后再办理`
                  : `${unit?.name ?? ''}的报告现处于“${stage}”`) +
            commentClause(event.comment, deadline !== '' || raisedWith !== '') +
            raisedWith +
            deadline,
          dedupKey: `evt-${event.id}-${recipient.id}`,
        });
      }
    }
    // A dispatch upward also gives the report to its readers (主送 and 抄送): each unit's readers
    // hear of it, told how their unit received it; a reader of both hears once, as 主送.
    const copiedTo = await this.copies.unitsCopiedBy(report.id, event.seq);
    // Named by the dispatched revision's title: the report's own may already be a newer draft's.
    const sentTitle =
      copiedTo.length > 0
        ? ((await this.revisions.find(report.id, event.revision))?.title ?? report.title)
        : report.title;
    const corrections =
      copiedTo.length > 0 ? await this.correctionMessages(event, report, unit, sentTitle) : [];
    messages.push(...corrections);
    // An office told of the 更正 is not also told 收到报告 of the same dispatch (scenario test, stop 48).
    const told = new Set<string>(corrections.map((m) => m.userId));
    const asMain = await this.copies.mainReceivers(report.id, copiedTo);
    const sentBefore =
      copiedTo.length > 0 ? await this.copies.revisionsSentBefore(report.id, event.seq) : new Map();
    const decideBy = report.stageDueAt ? `，办理期限：${chinaDueText(report.stageDueAt)}` : '';
    const mainFirst = [...copiedTo].sort((a, b) => Number(asMain.has(b)) - Number(asMain.has(a)));
    for (const unitId of mainFirst) {
      const readers = (await this.recipients.copyReaders([unitId])).filter((r) => !told.has(r.id));
      const textFor = (decides: boolean) =>
        copyNotice({
          unitName: unit?.name ?? '',
          revision: event.revision,
          receivedAs: decides ? 'issuer' : asMain.has(unitId) ? 'main' : 'copy',
          previousRevision: sentBefore.get(unitId) ?? null,
          resent: event.action !== 'dispatched_to_campaign',
        });
      for (const reader of readers) {
        told.add(reader.id);
        // The office that decides the receipt was told twice of one dispatch (待办 and 收到报告: a
        // walk, stop 48): one message, saying what came and what to do by when.
        // Only a copy to the unit where that office acts: a coordinator reading another unit's copy
        // keeps its 待办 apart (review, stop 48).
        const asked = actingIn.get(reader.id)?.has(unitId)
          ? messages.findIndex((m) => m.userId === reader.id && m.kind === 'action_required')
          : -1;
        const text = textFor(asked >= 0);
        if (asked >= 0) messages.splice(asked, 1);
        messages.push({
          userId: reader.id,
          kind: 'copied',
          reportId: report.id,
          title: `${text.title}：${sentTitle}`,
          body: asked >= 0 ? `${text.body}；请接收或退回${decideBy}` : text.body,
          dedupKey: `evt-${event.id}-copy-${reader.id}`,
        });
      }
    }
    messages.push(...(await this.withdrawalToReaders(event, report, unit, told, messages)));
    const unique = [...new Map(messages.map((m) => [m.dedupKey, m])).values()];
    const delivered = await this.inbox.deliver(unique, this.clock.now());
    return delivered > 0 || unique.length === 0
      ? { status: 'done', detail: `${delivered} delivered` }
      : { status: 'skipped', reason: 'already delivered' };
  }

  /**
   * A dispatch withdrawn (撤回): the readers of every unit it was sent to (主送 and 抄送) are told, not
   * only the office that had it to decide (a scenario test, stop 49: the 县委 and 县政府 still held
   * 收到报告 for a document its unit had recalled for a wrong 文号). Once each, however many ways
   * they are told of the event.
   */
  private async withdrawalToReaders(
    event: AuditEvent,
    report: Report,
    unit: { name: string } | null,
    told: ReadonlySet<string>,
    messages: readonly NewNotification[],
  ): Promise<NewNotification[]> {
    const withdrewDispatch = event.effects.some(
      (e) => e.type === 'notify' && e.reason === 'withdrawn' && e.audience !== 'own_unit',
    );
    if (!withdrewDispatch) return [];
    const sentTo = await this.copies.unitsSentRevision(report.id, event.revision);
    if (sentTo.length === 0) return [];
    const already = new Set([...told, ...messages.map((m) => m.userId), event.actorUserId]);
    const sentTitle = (await this.revisions.find(report.id, event.revision))?.title ?? report.title;
    const out: NewNotification[] = [];
    for (const reader of await this.recipients.copyReaders(sentTo)) {
      if (already.has(reader.id)) continue;
      already.add(reader.id);
      out.push({
        userId: reader.id,
        kind: 'withdrawn',
        reportId: report.id,
        title: `已撤回：${sentTitle}`,
        body:
          `${unit?.name ?? ''}撤回了报送你单位的报告（第 ${event.revision} 版），重新报送后以新报送的版本为准` +
          commentClause(event.comment, false),
        dedupKey: `evt-${event.id}-copy-withdrawn-${reader.id}`,
      });
    }
    return out;
  }

  /**
   * A fixed version dispatched again: the offices that had accepted are told of the correction (更正).
   * Not when the same version is only sent to a campaign that asked later: nothing was corrected
   * (review, stop 46: an office already told of the 更正 was told again).
   */
  private async correctionMessages(
    event: AuditEvent,
    report: Report,
    unit: { name: string } | null,
    sentTitle: string,
  ): Promise<NewNotification[]> {
    if (event.action === 'dispatched_to_campaign') return [];
    const messages: NewNotification[] = [];
    for (const receipt of await this.receipts.correctedTo(report.id, event.revision)) {
      const coordinators = await this.users.findActiveByRoleInUnit(receipt.issuingUnitId, ['coordinator']);
      for (const coordinator of coordinators) {
        messages.push({
          userId: coordinator.id,
          kind: 'correction',
          reportId: report.id,
          title: `更正：${sentTitle}`,
          body:
            `${unit?.name ?? ''}更正了已报送的报告（《${receipt.campaignTitle}》），现为第 ${event.revision} 版，` +
            `你单位已接收第 ${receipt.acceptedRevision ?? receipt.revision} 版，可查看两版差异`,
          dedupKey: `evt-${event.id}-correction-${receipt.campaignId}-${coordinator.id}`,
        });
      }
    }
    return messages;
  }

  /**
   * Where the coordinators told of a step above the unit act: the issuers of open receipts, else the
   * receiving unit. A withdrawn dispatch leaves no receipt open, yet its offices are the ones to hear
   * of it (scenario test, stop 47: nobody was told, and the office's 待办 stood): the issuers whose
   * receipt holds the withdrawn dispatch too.
   */
  private async coordinatingUnits(report: Report, reason: string): Promise<string[]> {
    const acting = unitsWhereCoordinatorsAct(report);
    if (reason !== 'withdrawn') return acting;
    const withdrawnFrom = (await this.receipts.listForReport(report.id))
      .filter((r) => r.dispatchWithdrawn)
      .map((r) => r.issuingUnitId);
    return [...new Set([...acting, ...withdrawnFrom])];
  }

  /**
   * A return inside the unit, said by the stage that returned it and who (a walk, stop 49: the message
   * read only that the report was back in drafting; the report page named 法律顾问 陈律师).
   */
  private async returningStage(event: AuditEvent, definition: WorkflowDefinition): Promise<string | null> {
    if (event.action !== 'return' || !event.fromState) return null;
    const actor = await this.users.findById(event.actorUserId);
    const stage = stateLabel(definition, event.fromState);
    return actor ? `${stage}环节（${actor.displayName}）` : `${stage}环节`;
  }

  /** The findings raised with an office's return: written right after its receipt's decision. */
  private async findingsRaisedWith(
    event: AuditEvent,
  ): Promise<Array<{ text: string; dueOn: string | null }>> {
    const decision = await this.audit.findAtSeq(event.reportId, event.seq - 1);
    if (decision?.action !== 'receipt_returned') return [];
    return findingsRaisedWith(decision, await this.audit.listAfter(event.reportId, event.seq, FINDINGS_READ));
  }

  /**
   * Who returned the report, when it was a body above the unit (a walk, stop 40: the message said
   * only that the report was back in drafting, not that 昌吉州依法治州办 had returned it): the office
   * of the receipt its coordinator returned just before, or, for a report no campaign asked for, the
   * unit it went up to. A return by the unit's own reviewers names nobody.
   */
  private async returningBody(
    event: AuditEvent,
    report: { receivingUnitId: string | null },
  ): Promise<string | null> {
    if (event.action !== 'return' || event.actorRole !== 'coordinator') return null;
    const before = await this.audit.findAtSeq(event.reportId, event.seq - 1);
    const office = before?.action === 'receipt_returned' ? before.fields?.recipientUnitName : undefined;
    if (typeof office === 'string' && before?.actorUserId === event.actorUserId) return office;
    if (!report.receivingUnitId) return null;
    return (await this.units.findById(report.receivingUnitId))?.name ?? null;
  }
}
