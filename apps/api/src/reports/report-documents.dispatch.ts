import { Injectable } from '@nestjs/common';
import { localDateOf } from '@app/calendar';
import type { DispatchParts } from '@app/content';
import { UnitRepository, UserRepository, type Unit } from '@app/directory';
import { AuditRepository, ReportCopyRepository, type AuditEvent, type Report } from '@app/reports';

/** The state a report waits in once sent upward (seam 1 of this round: it keeps this name). */
const SENT = 'submitted';
/** The sign-off step of the shipped review paths: who approves here signs the report (签发). */
const SIGN_OFF = 'leader_signoff';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/**
 * The GB/T 9704 parts of a report sent upward, from what is recorded today. Where they will come from is
 * being built alongside: 文号 and 签发人 on the report's sign-off, 主送 and 抄送 on the campaign. Until the
 * merge rewires this one function, they are read from the audit trail and the units:
 * - 文号: a `documentNumber` field of the latest event that carries one (else left out);
 * - 签发人: a `signer` field, else the person who approved the sign-off step (主要负责人签发) or, on a path
 *   without one, the step that sent the report;
 * - 主送: the receiving unit; 抄送: the units the report was copied to (抄送单位) at its latest dispatch;
 * - 印发: the unit itself, on the day it was last sent (left out while it was never sent).
 */
@Injectable()
export class DispatchHeaders {
  constructor(
    private readonly audit: AuditRepository,
    private readonly units: UnitRepository,
    private readonly users: UserRepository,
    private readonly copies: ReportCopyRepository,
  ) {}

  async dispatchHeaderFor(report: Report, unit: Unit): Promise<DispatchParts> {
    const events = await this.audit.listForReport(report.id);
    const latest = (found: (e: AuditEvent) => boolean) => [...events].reverse().find(found);
    const numbered = latest((e) => text(e.fields.documentNumber) !== undefined);
    const signedBy = latest((e) => text(e.fields.signer) !== undefined);
    const sent = latest((e) => e.toState === SENT && e.fromState !== SENT);
    const signOff = latest((e) => e.fromState === SIGN_OFF && e.toState === SENT) ?? sent;
    const signerName = signedBy
      ? text(signedBy.fields.signer)
      : signOff
        ? (await this.users.findById(signOff.actorUserId))?.displayName
        : undefined;
    const receiving = report.receivingUnitId ? await this.units.findById(report.receivingUnitId) : null;
    const copied = sent ? await this.copiedUnitNames(report.id, sent.seq) : [];
    const parts: DispatchParts = { issuedBy: unit.name };
    const documentNumber = numbered ? text(numbered.fields.documentNumber) : undefined;
    if (documentNumber) parts.documentNumber = documentNumber;
    if (signerName) parts.signer = signerName;
    if (receiving) parts.addressees = [receiving.name];
    if (copied.length > 0) parts.copiesTo = copied;
    if (sent) parts.printDate = localDateOf(sent.createdAt);
    return parts;
  }

  private async copiedUnitNames(reportId: string, eventSeq: number): Promise<string[]> {
    const ids = await this.copies.unitsCopiedBy(reportId, eventSeq);
    if (ids.length === 0) return [];
    return (await this.units.findByIds(ids)).map((u) => u.name);
  }
}
