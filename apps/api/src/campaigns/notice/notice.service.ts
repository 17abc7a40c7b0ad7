import { Injectable } from '@nestjs/common';
import { localDateOf } from '@app/calendar';
import { Clock } from '@app/common';
import { exportNoticeDocx } from '@app/content';
import {
  coordinatesExactly,
  issuerLabel,
  readsCampaignNotice,
  unitsReadingNotices,
  UnitRepository,
  type Principal,
  type Unit,
} from '@app/directory';
import { Transactions } from '@app/persistence';
import { OutboxRelay, OutboxWriter } from '@app/queue';
import { answeredOnce, IdempotencyRepository, requestHash } from '@app/reports';
import { BoardService } from '../board.service';
import { CampaignAccess } from '../campaign-access';
import { CampaignErrors } from '../campaign.errors';
import type { Campaign } from '../campaign.types';
import { CampaignEventRepository } from '../campaign-event.repository';
import { CampaignTargetRepository } from '../campaign-target.repository';
import { defaultNoticeAddressing } from './notice-addressing';
import { normalizedNoticeText, noticeTextViolations } from './notice-text';
import { NoticeErrors } from './notice.errors';
import { NoticeRepository } from './notice.repository';
import type { CampaignNotice, NoticeEdit, NoticeText } from './notice.types';

export interface IssueNoticeCommand {
  principal: Principal;
  campaignId: string;
  expectedVersion: number;
  /** The office has seen that the facts changed since the text was generated and issues it as it is. */
  confirmChangedFacts?: boolean;
  /** The office knows the disclosure date has not passed: the 通报 cannot name who fails to publish. */
  confirmBeforeDisclosureDate?: boolean;
  idempotencyKey?: string;
}

/**
 * A campaign's 通报: created from the generated draft, edited and issued by the issuing office's
 * coordinators (each step with the version read and a campaign event); issuing also announces an
 * outbox job that notifies the units named, in the same transaction.
 */
@Injectable()
export class NoticeService {
  constructor(
    private readonly access: CampaignAccess,
    private readonly board: BoardService,
    private readonly notices: NoticeRepository,
    private readonly targets: CampaignTargetRepository,
    private readonly units: UnitRepository,
    private readonly events: CampaignEventRepository,
    private readonly outbox: OutboxWriter,
    private readonly relay: OutboxRelay,
    private readonly idempotency: IdempotencyRepository,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async read(principal: Principal, campaignId: string) {
    const { campaign, issuer } = await this.access.forNotice(principal, campaignId);
    const notice = await this.readable(principal, campaign, issuer);
    return this.view({ principal, campaign, issuer, notice });
  }

  /** The .docx in 公文 layout; dated the issuing day, or today while it is a draft. */
  async docx(principal: Principal, campaignId: string) {
    const { campaign, issuer } = await this.access.forNotice(principal, campaignId);
    const notice = await this.readable(principal, campaign, issuer);
    const content = await exportNoticeDocx({
      title: notice.title,
      documentNumber: notice.documentNumber,
      addressees: notice.addressees,
      copiesTo: notice.copiesTo,
      paragraphs: notice.paragraphs,
      // Signed and printed by the office that issues it (依法治州办), as its notification names it.
      issuerName: issuerLabel(issuer, issuer),
      date: notice.issued?.on ?? localDateOf(this.clock.now()),
    });
    return { filename: `${notice.title}.docx`, content };
  }

  /**
   * Stores the draft generated from today's facts, addressed by default from the issuer and the
   * campaign's targets; one per campaign (409 naming the one there).
   */
  async create(principal: Principal, campaignId: string) {
    const { campaign, issuer } = await this.access.forIssuer(principal, campaignId);
    if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
    const existing = await this.notices.find(campaignId);
    if (existing) throw NoticeErrors.exists(existing);
    const { draft, factsDigest } = await this.board.noticeFacts({ campaign, issuer });
    const targetIds = (await this.targets.list([campaignId])).map((t) => t.unitId);
    const addressing = defaultNoticeAddressing({ issuer, targets: await this.units.findByIds(targetIds) });
    const now = this.clock.now();
    await this.transactions.run(async () => {
      await this.access.forIssuer(principal, campaignId, { lock: true });
      const text: NoticeText = { ...draft, ...addressing, documentNumber: null };
      if (!(await this.notices.insert({ campaignId, text, factsDigest, by: principal.userId, now }))) {
        const current = await this.notices.find(campaignId);
        if (current) throw NoticeErrors.exists(current);
      }
      await this.events.record(
        [
          {
            campaignId,
            unitId: null,
            action: 'notice_drafted',
            actorUserId: principal.userId,
            details: { version: 1, namedUnitIds: draft.namedUnitIds },
          },
        ],
        now,
      );
    });
    return this.read(principal, campaignId);
  }

  /**
   * Replaces the text of the draft read at `expectedVersion` (the addressing too, unless left out);
   * an issued 通报 is never changed.
   */
  async edit(principal: Principal, campaignId: string, change: NoticeEdit & { expectedVersion: number }) {
    await this.replaceDraft({
      principal,
      campaignId,
      expectedVersion: change.expectedVersion,
      action: 'notice_edited',
      textFrom: async (current) => {
        const text = normalizedNoticeText({
          ...change,
          addressees: change.addressees ?? current.addressees,
          copiesTo: change.copiesTo ?? current.copiesTo,
        });
        const targetIds = new Set((await this.targets.list([campaignId])).map((t) => t.unitId));
        const violations = noticeTextViolations(text, targetIds);
        if (violations.length > 0) throw NoticeErrors.invalid(violations);
        return text;
      },
    });
    return this.read(principal, campaignId);
  }

  /**
   * Regenerates the body and the units named from today's facts (按最新情况更新): the title, 文号,
   * 主送 and 抄送 stay as edited. The office asks for it, having been told the facts changed; the body
   * and units it replaces are kept beside the draft (beforeRefresh) for the office to copy back its own
   * paragraphs: they were lost for good (scenario test, stop 48).
   */
  async refresh(principal: Principal, campaignId: string, expectedVersion: number) {
    const { campaign, issuer } = await this.access.forIssuer(principal, campaignId);
    if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
    const { draft, factsDigest } = await this.board.noticeFacts({ campaign, issuer });
    await this.replaceDraft({
      principal,
      campaignId,
      expectedVersion,
      action: 'notice_refreshed',
      factsDigest,
      keepReplaced: true,
      textFrom: (current) =>
        Promise.resolve({
          title: current.title,
          documentNumber: current.documentNumber,
          paragraphs: draft.paragraphs,
          namedUnitIds: draft.namedUnitIds,
          addressees: current.addressees,
          copiesTo: current.copiesTo,
        }),
    });
    return this.read(principal, campaignId);
  }

  /**
   * One change of a draft, in its transaction: the campaign and the 通报 locked, the text replaced
   * on the version read (409 otherwise; never once issued), and the campaign event recorded.
   */
  private async replaceDraft(change: {
    principal: Principal;
    campaignId: string;
    expectedVersion: number;
    action: 'notice_edited' | 'notice_refreshed';
    factsDigest?: string;
    /** Keep the body and named units replaced (a refresh). */
    keepReplaced?: boolean;
    textFrom: (current: CampaignNotice) => Promise<NoticeText>;
  }): Promise<void> {
    const { principal, campaignId, expectedVersion } = change;
    const now = this.clock.now();
    await this.transactions.run(async () => {
      await this.access.forIssuer(principal, campaignId, { lock: true });
      const current = await this.notices.find(campaignId, { lock: true });
      if (!current) throw NoticeErrors.notFound();
      if (current.issued) throw NoticeErrors.alreadyIssued(current.issued.on);
      const text = await change.textFrom(current);
      const replaced =
        current.version === expectedVersion &&
        (await this.notices.replaceText({
          campaignId,
          text,
          factsDigest: change.factsDigest,
          // A draft refreshed again without an edit since keeps the text the first refresh replaced:
          // overwritten, the office's own paragraphs were lost on the second press (review, stop 48).
          keepReplaced: change.keepReplaced && !unchangedSinceRefresh(current) ? current : undefined,
          expectedVersion,
          by: principal.userId,
          now,
        }));
      if (!replaced) throw NoticeErrors.staleVersion(current.version);
      await this.events.record(
        [
          {
            campaignId,
            unitId: null,
            action: change.action,
            actorUserId: principal.userId,
            details: { version: current.version + 1, namedUnitIds: text.namedUnitIds },
          },
        ],
        now,
      );
    });
  }

  /**
   * 印发: the draft read at `expectedVersion` becomes the issued 通报, dated today in China; the campaign
   * event, the notification job and the Idempotency-Key record commit together with it.
   */
  async issue(cmd: IssueNoticeCommand) {
    const { principal, campaignId, expectedVersion, idempotencyKey } = cmd;
    const confirmChangedFacts = cmd.confirmChangedFacts === true;
    const confirmBeforeDisclosureDate = cmd.confirmBeforeDisclosureDate === true;
    const fingerprint = requestHash({
      op: 'notice.issue',
      campaignId,
      expectedVersion,
      confirmChangedFacts,
      confirmBeforeDisclosureDate,
    });
    const now = this.clock.now();
    // A retried request finds the 通报 issued already and gets the first answer.
    const issued = await answeredOnce(
      { answers: this.idempotency, userId: principal.userId, key: idempotencyKey, fingerprint },
      async () => {
        // One 通报 per campaign: issued before the last due date, it could not say how the units
        // not due yet reported, and it blocked the year-end one (a civil servant's walk, stop 44).
        const found = await this.access.forIssuer(principal, campaignId);
        const stored = await this.notices.find(campaignId);
        // Issued already: said as such, not as what an unissued draft would still wait for.
        if (stored?.issued) throw NoticeErrors.alreadyIssued(stored.issued.on);
        const { notYetDue, disclosureNotYetDue } = await this.board.noticeReadiness(found, now);
        if (notYetDue.count > 0) throw NoticeErrors.tooEarly(notYetDue.count, notYetDue.latestDueDate!);
        // Issued before the disclosure date, the one 通报 can never name the units that then fail to
        // publish (scenario test, stop 53): allowed (a 报送情况 notice before April is common), but
        // only knowingly.
        if (disclosureNotYetDue.count > 0 && !confirmBeforeDisclosureDate)
          throw NoticeErrors.beforeDisclosureDate(
            disclosureNotYetDue.count,
            disclosureNotYetDue.disclosureDate,
          );
        // The figures in the text are those of the day it was generated: issued after a unit reported,
        // it said 尚未到期 of it (scenario test, stop 47). The office refreshes it or confirms it.
        if (!confirmChangedFacts && stored && (await this.factsChanged(stored, found)))
          throw NoticeErrors.factsChanged();
        return this.transactions.run(async () => {
          const { campaign, issuer } = await this.access.forIssuer(principal, campaignId, { lock: true });
          if (campaign.status !== 'active') throw CampaignErrors.withdrawn();
          const current = await this.notices.find(campaignId, { lock: true });
          if (!current) throw NoticeErrors.notFound();
          if (current.issued) throw NoticeErrors.alreadyIssued(current.issued.on);
          const on = localDateOf(now);
          const marked =
            current.version === expectedVersion &&
            (await this.notices.markIssued({ campaignId, expectedVersion, by: principal.userId, now, on }));
          if (!marked) throw NoticeErrors.staleVersion(current.version);
          const version = current.version + 1;
          await this.events.record(
            [
              {
                campaignId,
                unitId: null,
                action: 'notice_issued',
                actorUserId: principal.userId,
                details: {
                  version,
                  title: current.title,
                  documentNumber: current.documentNumber,
                  issuedOn: on,
                  namedUnitIds: current.namedUnitIds,
                },
              },
            ],
            now,
          );
          await this.outbox.add('notice-issued', { campaignId, noticeVersion: version }, now);
          const view = await this.view({
            principal,
            campaign,
            issuer,
            notice: { ...current, version, status: 'issued', issued: { by: principal.userId, at: now, on } },
          });
          if (idempotencyKey)
            await this.idempotency.store({
              userId: principal.userId,
              key: idempotencyKey,
              stored: { requestHash: fingerprint, statusCode: 200, response: view },
              now,
            });
          return view;
        });
      },
    );
    this.relay.kick();
    return issued;
  }

  /** Whether today's facts would make another text than the one the draft was generated from. */
  private async factsChanged(notice: CampaignNotice, found: { campaign: Campaign; issuer: Unit }) {
    if (notice.factsDigest === null) return false;
    return (await this.board.noticeFacts(found)).factsDigest !== notice.factsDigest;
  }

  /** The stored 通报 when the caller may read it (access policy), else 404 NOTICE_NOT_FOUND alike. */
  private async readable(principal: Principal, campaign: Campaign, issuer: Unit): Promise<CampaignNotice> {
    const notice = await this.notices.find(campaign.id);
    if (!notice) throw NoticeErrors.notFound();
    const issued = notice.issued !== null;
    const addressedUnitIds = issued
      ? await this.targets.targetedAmong(campaign.id, unitsReadingNotices(principal))
      : [];
    const askedFromAbove = issued && (await this.access.askedFromAbove(principal, campaign));
    if (!readsCampaignNotice(principal, { issuer, issued, addressedUnitIds, askedFromAbove }))
      throw NoticeErrors.notFound();
    return notice;
  }

  private async view(input: {
    principal: Principal;
    campaign: Campaign;
    issuer: Unit;
    notice: CampaignNotice;
  }) {
    const { principal, campaign, issuer, notice } = input;
    const canEdit = notice.issued === null && coordinatesExactly(principal, issuer.id);
    // Only the office editing the draft reads what a refresh replaced: it is the draft's text.
    const before = canEdit ? notice.beforeRefresh : null;
    const unitIds = [...new Set([...notice.namedUnitIds, ...(before?.namedUnitIds ?? [])])];
    const names = new Map((await this.units.findByIds(unitIds)).map((u) => [u.id, u.name]));
    return {
      campaignId: campaign.id,
      campaignTitle: campaign.title,
      issuingUnit: { id: issuer.id, name: issuer.name },
      status: notice.status,
      version: notice.version,
      title: notice.title,
      documentNumber: notice.documentNumber,
      paragraphs: notice.paragraphs,
      namedUnits: notice.namedUnitIds.map((id) => ({ id, name: names.get(id) ?? '' })),
      addressees: notice.addressees,
      copiesTo: notice.copiesTo,
      updatedAt: notice.updatedAt.toISOString(),
      issuedAt: notice.issued?.at.toISOString() ?? null,
      issuedOn: notice.issued?.on ?? null,
      canEdit,
      // Only for the office editing a draft: a whole board computed for whoever else reads it would
      // tell them nothing they may act on.
      factsChanged: canEdit ? await this.factsChanged(notice, { campaign, issuer }) : false,
      // 印发 was offered, confirmed and only then refused (a walk, stop 49): the office sees beforehand.
      ...(canEdit
        ? await this.board.noticeReadiness({ campaign, issuer }, this.clock.now())
        : { notYetDue: null, disclosureNotYetDue: null }),
      textBeforeRefresh: before && {
        version: before.version,
        paragraphs: before.paragraphs,
        namedUnits: before.namedUnitIds.map((id) => ({ id, name: names.get(id) ?? '' })),
        replacedAt: before.at.toISOString(),
      },
    };
  }
}

/** The draft is as the last refresh left it: nobody edited it since (the refresh took one version). */
function unchangedSinceRefresh(notice: CampaignNotice): boolean {
  return notice.beforeRefresh !== null && notice.version === notice.beforeRefresh.version + 1;
}
