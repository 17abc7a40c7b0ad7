import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { emptySections } from '@app/content';
import { reachOf, SUBTREE_ROLES, workflowRolesFor, type Principal, type Unit } from '@app/directory';
import {
  AuditRepository,
  CompletenessGate,
  ReportAccess,
  ReportErrors,
  RevisionRepository,
  toReport,
  verifyChain,
  type CopyGrant,
  type Report,
} from '@app/reports';
import { allowedActions, defaultRegistry, stateLabel, statesActionableBy, type Role } from '@app/workflow';
import { assertDispatched, copyVisibleEvents } from './copy-view';
import { diffSections } from './section-diff';

@Injectable()
export class ReportQueriesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: ReportAccess,
    private readonly revisions: RevisionRepository,
    private readonly audit: AuditRepository,
    private readonly completeness: CompletenessGate,
  ) {}

  async get(principal: Principal, reportId: string) {
    const { report, unit, copyOnly, copy } = await this.access.readable(principal, reportId);
    // A copy recipient opens the latest revision dispatched to it, never the draft in progress.
    const shown = copy ? copy.latest.revision : report.currentRevision;
    const revision = shown > 0 ? await this.revisions.find(report.id, shown) : null;
    return {
      ...this.summary(report, unit),
      ...(copy ? { title: revision?.title ?? report.title, currentRevision: shown } : {}),
      copyOnly,
      ...(copy ? { copy: copyDispatches(copy) } : {}),
      sections: revision?.sections ?? emptySections(),
      allowedActions: copyOnly ? [] : this.actionsFor(principal, report, unit),
    };
  }

  async list(
    principal: Principal,
    filter: { unitId?: string; reportYear?: number; state?: string; limit?: number; offset?: number },
  ) {
    const reach = reachClause(principal);
    const where = [reach.sql];
    const params: unknown[] = [...reach.params];
    const conditions: Array<[string, unknown]> = [
      ['r.unit_id = ?', filter.unitId],
      ['r.report_year = ?', filter.reportYear],
      ['r.state = ?', filter.state],
    ];
    for (const [sql, value] of conditions) {
      if (value === undefined) continue;
      where.push(sql);
      params.push(value);
    }
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT r.*, u.name AS unit_name FROM reports r JOIN units u ON u.id = r.unit_id
        WHERE ${where.join(' AND ')} ORDER BY r.updated_at DESC, r.id LIMIT ? OFFSET ?`,
      [...params, filter.limit ?? 50, filter.offset ?? 0],
    );
    return rows.map((row) => ({ ...this.summary(toReport(row), { name: row.unit_name as string }) }));
  }

  /** The completeness check (形式审查) of one revision, for the reviewer and the drafter. */
  async check(principal: Principal, reportId: string, revision?: number) {
    const { report, unit } = await this.access.readable(principal, reportId);
    return this.completeness.check(report, unit, revision ?? report.currentRevision);
  }

  async listRevisions(principal: Principal, reportId: string) {
    const { copy } = await this.access.readable(principal, reportId);
    const all = await this.revisions.list(reportId);
    if (!copy) return all;
    const sent = new Set(copy.dispatches.map((d) => d.revision));
    return all.filter((r) => sent.has(r.number));
  }

  async getRevision(principal: Principal, reportId: string, number: number) {
    const { copy } = await this.access.readable(principal, reportId);
    if (copy) assertDispatched(copy, number);
    const revision = await this.revisions.find(reportId, number);
    if (!revision) throw ReportErrors.revisionNotFound(number);
    return revision;
  }

  async diff(principal: Principal, reportId: string, from: number, to: number) {
    const [a, b] = await Promise.all([
      this.getRevision(principal, reportId, from),
      this.getRevision(principal, reportId, to),
    ]);
    return {
      reportId,
      from,
      to,
      titleChanged: a.title !== b.title,
      sections: diffSections(a.sections, b.sections),
    };
  }

  async history(principal: Principal, reportId: string) {
    const { report, copy } = await this.access.readable(principal, reportId);
    const all = await this.audit.listForReport(reportId);
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    const events = copy ? copyVisibleEvents(definition, all, copy) : all;
    const actorIds = [...new Set(events.map((e) => e.actorUserId))];
    const actors: Array<{ id: string; username: string; display_name: string }> = actorIds.length
      ? await this.dataSource.query('SELECT id, username, display_name FROM users WHERE id IN (?)', [
          actorIds,
        ])
      : [];
    return {
      reportId,
      // Verified over the whole chain, also when a copy recipient is shown only part of it.
      chain: verifyChain(all, report.lastHash),
      events: events.map((e) => {
        const actor = actors.find((a) => a.id === e.actorUserId);
        return {
          seq: e.seq,
          action: e.action,
          fromState: e.fromState,
          toState: e.toState,
          revision: e.revision,
          actor: {
            id: e.actorUserId,
            username: actor?.username ?? null,
            displayName: actor?.display_name ?? null,
          },
          actorRole: e.actorRole,
          actorUnitId: e.actorUnitId,
          comment: e.comment,
          fields: e.fields,
          createdAt: e.createdAt,
          hash: e.hash,
        };
      }),
    };
  }

  /** Reports waiting for an action I may take, across the units I reach, with their stage deadline. */
  async workQueue(principal: Principal) {
    const ownUnitRoles = principal.roles.filter((r) => !SUBTREE_ROLES.includes(r.role));
    const coordinatorUnits = principal.roles.filter((r) => r.role === 'coordinator').map((r) => r.unitId);
    const clauses: string[] = [];
    const params: unknown[] = [];
    for (const held of ownUnitRoles) {
      const states = actionableStates(held.role);
      if (states.length === 0) continue;
      clauses.push('(r.unit_id = ? AND r.state IN (?))');
      params.push(held.unitId, states);
    }
    if (coordinatorUnits.length > 0) {
      clauses.push('(r.receiving_unit_id IN (?) AND r.state IN (?))');
      params.push(coordinatorUnits, actionableStates('coordinator'));
    }
    if (clauses.length === 0) return [];
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      // A withdrawn campaign's reports wait for nobody.
      `SELECT r.*, u.name AS unit_name, u.path AS unit_path FROM reports r JOIN units u ON u.id = r.unit_id
         LEFT JOIN campaigns c ON c.id = r.campaign_id
        WHERE (${clauses.join(' OR ')}) AND (c.status IS NULL OR c.status <> 'withdrawn') ORDER BY r.stage_due_at IS NULL, r.stage_due_at, r.updated_at LIMIT 500`,
      params,
    );
    return rows
      .map((row) => {
        const report = toReport(row);
        const unit = { id: report.unitId, path: row.unit_path as string, name: row.unit_name as string };
        return { ...this.summary(report, unit), allowedActions: this.actionsFor(principal, report, unit) };
      })
      .filter((item) => item.allowedActions.some((a) => a.action !== 'withdraw'));
  }

  private actionsFor(principal: Principal, report: Report, unit: Pick<Unit, 'id' | 'path' | 'name'>) {
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    const last =
      report.lastAction && report.lastFromState && report.lastActorId && report.lastActorRole
        ? {
            action: report.lastAction,
            from: report.lastFromState,
            to: report.state,
            actorUserId: report.lastActorId,
            actorRole: report.lastActorRole,
          }
        : null;
    return allowedActions(
      definition,
      report.state,
      { userId: principal.userId, roles: workflowRolesFor(principal, report, unit) },
      last,
    );
  }

  private summary(report: Report, unit: { name: string }) {
    const definition = defaultRegistry.get(report.workflowId, report.workflowVersion);
    return {
      id: report.id,
      unit: { id: report.unitId, name: unit.name },
      receivingUnitId: report.receivingUnitId,
      campaignId: report.campaignId,
      reportYear: report.reportYear,
      title: report.title,
      workflow: { id: report.workflowId, version: report.workflowVersion },
      state: report.state,
      stateLabel: stateLabel(definition, report.state),
      version: report.version,
      currentRevision: report.currentRevision,
      returnCount: report.returnCount,
      stageEnteredAt: report.stageEnteredAt,
      stageDueAt: report.stageDueAt,
      // The unit's due date for this report (end of day, Asia/Shanghai), extensions included.
      dueAt: report.dueAt,
      submittedAt: report.submittedAt,
      updatedAt: report.updatedAt,
    };
  }
}

/** The dispatches a copy recipient received, oldest first. */
function copyDispatches(copy: CopyGrant) {
  return {
    dispatches: copy.dispatches.map((d) => ({ revision: d.revision, dispatchedAt: d.dispatchedAt })),
    latestRevision: copy.latest.revision,
    latestDispatchedAt: copy.latest.dispatchedAt,
  };
}

/** States where a role can act, across every registered workflow definition. */
function actionableStates(role: Role): string[] {
  const states = new Set<string>();
  for (const definition of defaultRegistry.list()) {
    for (const state of statesActionableBy(definition, role)) states.add(state);
  }
  return [...states];
}

/** SQL limiting reports to the units a principal reaches (own unit, or subtrees of coordinator/admin roles). */
function reachClause(principal: Principal): { sql: string; params: unknown[] } {
  const roots = reachOf(principal).subtreePaths;
  const parts = ['r.unit_id = ?', ...roots.map(() => 'u.path LIKE ?')];
  return { sql: `(${parts.join(' OR ')})`, params: [principal.unitId, ...roots.map((p) => `${p}%`)] };
}
