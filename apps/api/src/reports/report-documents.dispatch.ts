import { Injectable } from '@nestjs/common';
import { localDateOf } from '@app/calendar';
import type { DispatchParts } from '@app/content';
import { documentName, UnitRepository, UserRepository, type Unit } from '@app/directory';
import {
  AuditRepository,
  DeliberationRecordRepository,
  deliberationRecordAsOf,
  ReceiptRepository,
  ReportCopyRepository,
  type AuditEvent,
  type Report,
} from '@app/reports';

/** The state a report waits in once sent upward (seam 1 of this round: it keeps this name). */
const SENT = 'submitted';
/** The sign-off step of the shipped review paths: who approves here signs the report (签发). */
const SIGN_OFF = 'leader_signoff';
/** Where a return or a withdrawal to the start puts a report: a new round of drafting. */
const DRAFTING = 'drafting';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * The GB/T 9704 parts of a report sent upward:
 * - 文号 and 签发人: the report's sign-off record (编号发文, 主要负责人签发; a joint report's two leaders); for a report that went up on an
 *   older review path without one, a `documentNumber` field of its latest event and the person who
 *   approved its sign-off step (or the step that sent it);
 * - 主送 and 抄送: the recipients named by the campaigns the report answers; a report no campaign asked
 *   for is addressed to its receiving unit, with the units it was copied to at its latest dispatch;
 * - 印发: the unit itself, on the day it was last sent (left out while it was never sent).
 * A part that is not known is left out of the document rather than guessed.
 */
@Injectable()
export class DispatchHeaders {
  constructor(
    private readonly audit: AuditRepository,
    private readonly units: UnitRepository,
    private readonly users: UserRepository,
    private readonly copies: ReportCopyRepository,
    private readonly deliberation: DeliberationRecordRepository,
    private readonly receipts: ReceiptRepository,
  ) {}

  /**
   * `asOfSeq`: for a reader who was sent the report (a copy), the event of the latest dispatch to it:
   * the parts are those of that dispatch, never the 文号 or sign-off of a redraft it was not sent.
   */
  async dispatchHeaderFor(report: Report, unit: Unit, asOfSeq?: number): Promise<DispatchParts> {
    const all = await this.audit.listForReport(report.id);
    const events = asOfSeq === undefined ? all : all.filter((e) => e.seq <= asOfSeq);
    const latest = (found: (e: AuditEvent) => boolean) => [...events].reverse().find(found);
    const record =
      asOfSeq === undefined ? await this.deliberation.find(report.id) : deliberationRecordAsOf(all, asOfSeq);
    // Back in the unit after its last dispatch (a return, a withdrawal to drafting): the 文号, the
    // sign-off and the 印发 date on record are the last round's, not the text exported now, and a
    // draft printed with them reads as signed and numbered (a civil servant's walk, stop 39).
    const reopened = latest((e) => e.toState === DRAFTING && e.fromState !== null);
    const lastRound = (e: AuditEvent | undefined) =>
      reopened !== undefined && e !== undefined && e.seq < reopened.seq;
    const numbered = latest((e) => text(e.fields.documentNumber) !== undefined);
    const signedBy = latest((e) => text(e.fields.signer) !== undefined);
    const sent = latest((e) => e.toState === SENT && e.fromState !== SENT);
    const signOff = latest((e) => e.fromState === SIGN_OFF && e.toState === SENT) ?? sent;
    const signedOff = latest((e) => e.fromState === SIGN_OFF && e.toState !== DRAFTING) ?? signOff;
    const parts: DispatchParts = await this.addressing(report, sent);
    // Not signed off this round: nothing of the last round's 文号, 签发人 or 印发 date.
    if (lastRound(signedOff ?? signedBy)) return parts;
    const signerId = record?.signOff?.userId ?? (signedBy ? undefined : signOff?.actorUserId);
    const signerName = signerId
      ? (await this.users.findById(signerId))?.displayName
      : signedBy
        ? text(signedBy.fields.signer)
        : undefined;
    const documentNumber =
      record?.documentNumber ?? (numbered ? text(numbered.fields.documentNumber) : undefined);
    // Signed off this round, not numbered and sent yet: the signer is this round's, the 文号 not.
    if (documentNumber && !lastRound(sent)) parts.documentNumber = documentNumber;
    // A joint report names both 签发人, the government's (主办) first, as GB/T 9704 lists 会签.
    const coSignerName = record?.coSignOff
      ? (await this.users.findById(record.coSignOff.userId))?.displayName
      : undefined;
    const signers = [signerName, coSignerName].filter((name) => name !== undefined);
    if (signers.length > 0) parts.signer = signers.join('　');
    // 印发 names the unit as a 公文 does (a government in full: QA, stop 56: "QA38县"), and only once
    // it was sent: a draft printed a bare unit name in its 版记.
    if (sent && !lastRound(sent)) {
      parts.printDate = localDateOf(sent.createdAt);
      parts.issuedBy = documentName(unit);
    }
    return parts;
  }

  /** 主送 and 抄送: the campaigns' recipients, else the receiving unit and those copied at `sent`. */
  private async addressing(
    report: Report,
    sent: AuditEvent | undefined,
  ): Promise<Pick<DispatchParts, 'addressees' | 'copiesTo'>> {
    const addressed = await this.receipts.addresseesOf(report.id);
    if (addressed.main.length > 0) {
      return {
        addressees: addressed.main,
        ...(addressed.copy.length > 0 ? { copiesTo: addressed.copy } : {}),
      };
    }
    const receiving = report.receivingUnitId ? await this.units.findById(report.receivingUnitId) : null;
    const copied = sent ? await this.copiedUnitNames(report.id, sent.seq) : [];
    return {
      ...(receiving ? { addressees: [documentName(receiving)] } : {}),
      ...(copied.length > 0 ? { copiesTo: copied } : {}),
    };
  }

  private async copiedUnitNames(reportId: string, eventSeq: number): Promise<string[]> {
    const ids = await this.copies.unitsCopiedBy(reportId, eventSeq);
    if (ids.length === 0) return [];
    return (await this.units.findByIds(ids)).map(documentName);
  }
}
