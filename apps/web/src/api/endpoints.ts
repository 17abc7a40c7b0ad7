import { api } from './client';
import type {
  AllowedAction,
  Attachment,
  CheckResult,
  CopiedReport,
  ImportResult,
  Me,
  NotificationItem,
  ReportDetail,
  ReportDiff,
  ReportHistory,
  ReportSections,
  ReportSummary,
  Revision,
  Role,
  TokenPair,
  TransitionResult,
  Unit,
  UnitKind,
  UnitLevel,
  UserView,
  WorkItem,
  ActionField,
  Board,
  BoardQuery,
  Campaign,
  CampaignListItem,
  DeadLetter,
  Extension,
  IssueCampaignInput,
} from './types';

/** One function per public API call the console makes. */

export const login = (username: string, password: string) =>
  api<TokenPair>('/auth/login', { body: { username, password } });
export const logout = () => api<void>('/auth/logout', { method: 'POST' });
export const getMe = () => api<Me>('/me');

export const listUnits = () => api<Unit[]>('/units');
export const createUnit = (body: {
  parentId: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  divisionCode?: string;
  demonstrationArea?: boolean;
}) => api<Unit>('/units', { body });

export const listUsers = (unitId?: string) => api<UserView[]>('/users', { query: { unitId } });
export const createUser = (body: {
  unitId: string;
  username: string;
  displayName: string;
  password: string;
  email?: string;
  roles: Array<{ role: Role; unitId?: string }>;
}) => api<UserView>('/users', { body });
export const grantRole = (userId: string, role: Role, unitId?: string) =>
  api<UserView>(`/users/${userId}/roles`, { body: { role, unitId } });
export const removeRole = (userId: string, role: Role, unitId?: string) =>
  api<UserView>(`/users/${userId}/roles/${role}`, { method: 'DELETE', query: { unitId } });
export const setUserActive = (userId: string, active: boolean) =>
  api<UserView>(`/users/${userId}/${active ? 'activate' : 'deactivate'}`, { method: 'POST' });

export const workQueue = () => api<WorkItem[]>('/work-queue');
export const listReports = (query: {
  reportYear?: number;
  state?: string;
  unitId?: string;
  limit?: number;
  offset?: number;
}) => api<ReportSummary[]>('/reports', { query });
export const listCopies = (query: { reportYear?: number; limit?: number; offset?: number }) =>
  api<CopiedReport[]>('/reports/copies', { query });
export const createReport = (body: { unitId: string; reportYear: number; title?: string }) =>
  api<ReportDetail>('/reports', { body });
export const getReport = (id: string) => api<ReportDetail>(`/reports/${id}`);
export const saveRevision = (id: string, basedOnRevision: number, sections: ReportSections, title?: string) =>
  api<Revision>(`/reports/${id}/revisions`, { body: { basedOnRevision, sections, title } });
export const listRevisions = (id: string) => api<Revision[]>(`/reports/${id}/revisions`);
export const getDiff = (id: string, from: number, to: number) =>
  api<ReportDiff>(`/reports/${id}/diff`, { query: { from, to } });
export const getHistory = (id: string) => api<ReportHistory>(`/reports/${id}/history`);
export const takeAction = (
  id: string,
  body: {
    action: AllowedAction['action'];
    expectedVersion: number;
    comment?: string;
    fields?: Partial<Record<ActionField, string>>;
  },
) =>
  api<TransitionResult>(`/reports/${id}/actions`, { body, headers: { 'Idempotency-Key': idempotencyKey() } });
export const listAttachments = (id: string) => api<Attachment[]>(`/reports/${id}/attachments`);
export const uploadAttachment = (id: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api<Attachment>(`/reports/${id}/attachments`, { body: form });
};

export const importText = (text: string) => api<ImportResult>('/content/import', { body: { text } });
export const importFile = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return api<ImportResult>('/content/import-file', { body: form });
};
export const checkReport = (id: string, sections: ReportSections, signal?: AbortSignal) =>
  api<CheckResult>(`/reports/${id}/check`, { body: { sections }, signal });

export const listNotifications = (unreadOnly = false, limit = 50) =>
  api<NotificationItem[]>('/notifications', { query: { unreadOnly: unreadOnly || undefined, limit } });
export const unreadCount = () => api<{ unread: number }>('/notifications/unread-count');
export const markRead = (id: number) => api<void>(`/notifications/${id}/read`, { method: 'POST' });

/** 24 random hex digits (getRandomValues works on plain-http intranet addresses; randomUUID does not). */
function idempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `web-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

export const listCampaigns = (reportYear?: number) =>
  api<CampaignListItem[]>('/campaigns', { query: { reportYear, limit: 200 } });
export const getCampaign = (id: string) => api<Campaign>(`/campaigns/${id}`);
export const issueCampaign = (body: IssueCampaignInput) => api<Campaign>('/campaigns', { body });
export const getBoard = (id: string, query: BoardQuery = {}) =>
  api<Board>(`/campaigns/${id}/board`, { query: { ...query } });
export const boardExportPath = (id: string, kind: 'csv' | 'xlsx') => `/campaigns/${id}/board.${kind}`;
export const listExtensions = (campaignId: string) => api<Extension[]>(`/campaigns/${campaignId}/extensions`);
export const requestExtension = (
  campaignId: string,
  body: { requestedDueDate: string; reason: string; unitId?: string },
) => api<Extension>(`/campaigns/${campaignId}/extensions`, { body });
export const decideExtension = (
  campaignId: string,
  extensionId: string,
  body: { decision: 'grant' | 'refuse'; dueDate?: string; comment?: string },
) => api<Extension>(`/campaigns/${campaignId}/extensions/${extensionId}/decision`, { body });

export const listDeadLetters = () => api<DeadLetter[]>('/admin/dead-letters');
export const replayDeadLetter = (id: number) =>
  api<unknown>(`/admin/dead-letters/${id}/replay`, { method: 'POST' });
export const overrideCheck = (id: string, reason: string) =>
  api<{ revision: number }>(`/reports/${id}/check-override`, { body: { reason } });
