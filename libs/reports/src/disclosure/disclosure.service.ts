import { Injectable } from '@nestjs/common';
import type { LocalDate } from '@app/calendar';
import { Clock, retryOnDeadlock } from '@app/common';
import { printedSections } from '@app/content';
import {
  disclosureRoleFor,
  unitsForDisclosureSteps,
  type DisclosureStep,
  type Principal,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import { defaultRegistry, isSignedOff, type Role } from '@app/workflow';
import { AuditRepository } from '../audit.repository';
import { DeadlineRepository } from '../deadline.repository';
import { IdempotencyRepository, requestHash } from '../idempotency.repository';
import { answeredOnce } from '../repeated-request';
import { ReportAccess } from '../report-access';
import { nextEvent } from '../report-events';
import { ReportErrors } from '../report.errors';
import { ReportRepository } from '../report.repository';
import { RevisionRepository } from '../revision.repository';
import { DisclosureErrors } from './disclosure.errors';
import { isDispatched, planPublication, planPublicationCorrection, planReview } from './disclosure-plan';
import { DisclosureRepository, type OpenDisclosure } from './disclosure.repository';
import type { Disclosure, DisclosureChannel, ReviewConclusion } from './disclosure.types';

/** A report's disclosure track as the API shows it: the stored steps and the date it is due by. */
export interface DisclosureView extends Disclosure {
  /** The campaign's disclosure date (default 1 April); null for a report outside any campaign. */
  dueDate: LocalDate | null;
}

interface StepCommand {
  principal: Principal;
  reportId: string;
  expectedVersion: number;
  idempotencyKey?: string;
}

export type ReviewCommand = StepCommand & { conclusion: ReviewConclusion; comment?: string | null };
export type PublishCommand = StepCommand & { channel: DisclosureChannel; url: string; publishedOn: string };
export type CorrectPublicationCommand = PublishCommand & { reason: string };

/** What a step records: its event's action, and the disclosure step whose roles may take it. */
type StepKind = 'review' | 'publish' | 'correct';
const EVENT_ACTIONS: Record<StepKind, string> = {
  review: 'disclosure-review',
  publish: 'disclosure-publish',
  correct: 'disclosure-publication-corrected',
};

type Planner = (input: {
  head: { id: string; state: string; currentRevision: number; workflowId: string; workflowVersion: number };
  current: Disclosure;
  role: Role;
  now: Date;
}) => Disclosure;

/**
 * The disclosure track (保密审查, then publication): each step with the concurrency contract of the
 * workflow — the disclosure version the caller saw (409 when someone came first), an optional
 * Idempotency-Key, and an event in the report's hash chain committed with it. Publication closes
 * the disclosure deadline, and the worker drops its reminders.
 */
@Injectable()
export class DisclosureService {
  constructor(
    private readonly transactions: Transactions,
    private readonly access: ReportAccess,
    private readonly reports: ReportRepository,
    private readonly revisions: RevisionRepository,
    private readonly disclosures: DisclosureRepository,
    private readonly deadlines: DeadlineRepository,
    private readonly audit: AuditRepository,
    private readonly idempotency: IdempotencyRepository,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly clock: Clock,
  ) {}

  /**
   * 我的待办's 政务公开: each report of the caller's units still to be published, with the step that
   * waits for the caller: 保密审查 (review), 修改不予公开标注 after a review that asked for it (mark),
   * or 登记公开 once cleared (publish). The drafter found 登记公开 only by opening the report (a
   * walk, stop 50).
   */
  async toDo(principal: Principal): Promise<DisclosureTodo[]> {
    const units = unitsForDisclosureSteps(principal);
    const open = await this.disclosures.openForUnits([...new Set([...units.review, ...units.publish])]);
    return open.flatMap((o): DisclosureTodo[] => {
      const step = nextDisclosureStep(o);
      if (!step) return [];
      const holders = step === 'review' ? units.review : units.publish;
      return holders.includes(o.report.unitId) ? [{ report: o.report, step, dueDate: o.dueDate }] : [];
    });
  }

  async get(principal: Principal, reportId: string): Promise<DisclosureView> {
    await this.access.readable(principal, reportId);
    return this.view(await this.disclosures.find(reportId));
  }

  review(cmd: ReviewCommand): Promise<DisclosureView> {
    return this.step(cmd, 'review', [cmd.conclusion, cmd.comment ?? null], ({ head, current, role, now }) =>
      planReview({
        definition: defaultRegistry.get(head.workflowId, head.workflowVersion),
        report: head,
        current,
        expectedVersion: cmd.expectedVersion,
        actor: { userId: cmd.principal.userId, role },
        now,
        conclusion: cmd.conclusion,
        comment: cmd.comment ?? null,
      }),
    );
  }

  publish(cmd: PublishCommand): Promise<DisclosureView> {
    return this.step(
      cmd,
      'publish',
      [cmd.channel, cmd.url, cmd.publishedOn],
      ({ head, current, role, now }) =>
        planPublication({
          definition: defaultRegistry.get(head.workflowId, head.workflowVersion),
          report: head,
          ...publicationStep(cmd, { current, role, now }),
        }),
    );
  }

  /** 更正: the registered channel, address or date, by those who register it, with the reason. */
  correctPublication(cmd: CorrectPublicationCommand): Promise<DisclosureView> {
    return this.step(
      cmd,
      'correct',
      [cmd.channel, cmd.url, cmd.publishedOn, cmd.reason],
      ({ current, role, now }) =>
        planPublicationCorrection({ ...publicationStep(cmd, { current, role, now }), reason: cmd.reason }),
    );
  }

  private async step(
    cmd: StepCommand,
    step: StepKind,
    input: unknown[],
    plan: Planner,
  ): Promise<DisclosureView> {
    const fingerprint = requestHash(['disclosure', step, cmd.reportId, cmd.expectedVersion, ...input]);
    // As for transitions: a repeated request finds the track moved on and gets the first answer.
    return answeredOnce(
      { answers: this.idempotency, userId: cmd.principal.userId, key: cmd.idempotencyKey, fingerprint },
      () => this.apply(cmd, step, plan, fingerprint),
    );
  }

  private async apply(
    cmd: StepCommand,
    step: StepKind,
    plan: Planner,
    fingerprint: string,
  ): Promise<DisclosureView> {
    // 404 outside reach; a copy recipient (抄送) reads but holds no role in the unit: 403.
    const { report, unit } = await this.access.readable(cmd.principal, cmd.reportId);
    const roleStep: DisclosureStep = step === 'review' ? 'review' : 'publish';
    const role = disclosureRoleFor(cmd.principal, unit, roleStep);
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    // In parallel from sign-off (domain): a dispatch waiting for its 文号 holds no one's 保密审查 back;
    // the publication waits for the sending (planPublication), as a published text is never taken back.
    // A correction asks for a publication, which says it all (planPublicationCorrection).
    if (step !== 'correct' && !isSignedOff(definition, report.state))
      throw DisclosureErrors.notDispatched(report.state);
    if (step === 'publish' && !isDispatched(definition, report.state))
      throw DisclosureErrors.notSentForPublication(report.state);
    if (step === 'review') await this.assertPublicVersionBuilds(report.id, report.currentRevision);
    const now = this.clock.now();
    const next = await retryOnDeadlock(() =>
      this.transactions.run(async () => {
        // The report's head first (as a transition takes it), then the track: steps queue here.
        const [head] = await this.reports.lockDueDateHeads([report.id]);
        if (!head) throw ReportErrors.notFound();
        const current = await this.disclosures.lock(report.id);
        const planned = plan({
          head: { ...head, workflowId: report.workflowId, workflowVersion: report.workflowVersion },
          current,
          role,
          now,
        });
        const event = nextEvent(head, {
          revision: planned.review!.revision,
          action: EVENT_ACTIONS[step],
          fromState: head.state,
          toState: head.state,
          actorUserId: cmd.principal.userId,
          actorRole: role,
          actorUnitId: cmd.principal.unitId,
          comment:
            step === 'review' ? planned.review!.comment : step === 'correct' ? correctionReason(cmd) : null,
          fields:
            step === 'review'
              ? { conclusion: planned.review!.conclusion }
              : {
                  channel: planned.publication!.channel,
                  url: planned.publication!.url,
                  publishedOn: planned.publication!.publishedOn,
                  // The record the correction replaced stays in the history (nothing lost).
                  ...(step === 'correct' && current.publication
                    ? {
                        channelBefore: current.publication.channel,
                        urlBefore: current.publication.url,
                        publishedOnBefore: current.publication.publishedOn,
                      }
                    : {}),
                },
          effects: [],
          createdAt: now,
        });
        const headMoved = await this.reports.applyHistoryEvent({
          id: head.id,
          expectedVersion: head.version,
          lastEventSeq: event.seq,
          lastHash: event.hash,
          now,
        });
        if (!headMoved) throw DisclosureErrors.staleVersion(current);
        await this.audit.append(event);
        if (!(await this.disclosures.save(planned, current.version, now)))
          throw DisclosureErrors.staleVersion(current);
        if (planned.status === 'published') {
          const closed = await this.deadlines.syncDisclosure({ reportId: head.id, dueAt: null, now });
          if (closed)
            await this.outbox.addMany(
              [
                {
                  name: 'deadlines-changed',
                  payload: { reportId: head.id, reportVersion: head.version + 1 },
                },
              ],
              now,
            );
        }
        const answer = await this.view(planned);
        if (cmd.idempotencyKey)
          await this.idempotency.store({
            userId: cmd.principal.userId,
            key: cmd.idempotencyKey,
            stored: { requestHash: fingerprint, statusCode: 200, response: answer },
            now,
          });
        return answer;
      }),
    );
    this.relay.kick();
    return next;
  }

  /** A revision whose 【不予公开】 markers do not pair up cannot be cleared: its public version cannot be built. */
  private async assertPublicVersionBuilds(reportId: string, revisionNumber: number): Promise<void> {
    const revision = revisionNumber > 0 ? await this.revisions.find(reportId, revisionNumber) : null;
    if (!revision) throw ReportErrors.noRevisionYet();
    // As the public forms print it: withheld, cleaned, and nothing left that reads as a marker.
    printedSections(
      { title: revision.title, sections: revision.sections, unitName: '', date: '' },
      { publicVersion: true },
    );
  }

  private async view(disclosure: Disclosure): Promise<DisclosureView> {
    const facts = await this.disclosures.deadlineFacts(disclosure.reportId);
    return { ...disclosure, dueDate: facts.disclosureDate };
  }
}

/** A disclosure step waiting on the caller (DisclosureService.toDo). */
export interface DisclosureTodo {
  report: OpenDisclosure['report'];
  step: 'review' | 'mark' | 'publish';
  dueDate: LocalDate;
}

/** Who acts next on a report still to be published: the reviewers, the drafter marking, or the publisher. */
export function nextDisclosureStep(
  open: Pick<OpenDisclosure, 'status' | 'markedSinceReview' | 'sent' | 'signedOff'>,
): DisclosureTodo['step'] | null {
  // A review is recorded on a signed-off text only: a report returned to drafting after it was sent
  // is listed (its deadline runs), but offered no review the endpoint would refuse (review, stop 53).
  const review = open.signedOff ? 'review' : null;
  switch (open.status) {
    case 'not_started':
      return review;
    case 'reviewed':
      // Marking is the drafter's: while drafting it is a save of the text, as the refusal says.
      return open.markedSinceReview ? review : 'mark';
    case 'cleared_for_publication':
      // Published once sent: a cleared report waiting for its 文号 has nothing to do yet.
      return open.sent ? 'publish' : null;
    default:
      return null;
  }
}

function correctionReason(cmd: StepCommand): string | null {
  return 'reason' in cmd && typeof cmd.reason === 'string' ? cmd.reason.trim() : null;
}

/** What a publication and its correction are planned from: the command's record and the track read. */
function publicationStep(cmd: PublishCommand, read: { current: Disclosure; role: Role; now: Date }) {
  return {
    current: read.current,
    expectedVersion: cmd.expectedVersion,
    actor: { userId: cmd.principal.userId, role: read.role },
    now: read.now,
    channel: cmd.channel,
    url: cmd.url,
    publishedOn: cmd.publishedOn,
  };
}
