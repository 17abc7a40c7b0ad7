import { call, type QueryOf, type RequestBody } from './contract';
import { sendOnce } from './idempotency';
import type { ActionField, ReportSections, Role, UnitKind, UnitLevel } from './openapi.gen';

/** One function per public API call the console makes; paths, bodies and answers are typed by the contract. */

export const login = (username: string, password: string, deviceToken?: string) =>
  call('post', '/auth/login', { body: { username, password, deviceToken } });
export const logout = () => call('post', '/auth/logout');
export const getMe = () => call('get', '/me');

export const listUnits = () => call('get', '/units');
export const createUnit = (body: {
  parentId: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  divisionCode?: string;
  demonstrationArea?: boolean;
}) => call('post', '/units', { body });

export const listUsers = (unitId?: string) => call('get', '/users', { query: { unitId } });
export const createUser = (body: RequestBody<'/users', 'post'>) => call('post', '/users', { body });
export const grantRole = (userId: string, role: Role, unitId?: string) =>
  call('post', '/users/{id}/roles', { params: { id: userId }, body: { role, unitId } });
export const removeRole = (userId: string, role: Role, unitId?: string) =>
  call('delete', '/users/{id}/roles/{role}', { params: { id: userId, role }, query: { unitId } });
export const renameUnit = (unitId: string, name: string, expectedName: string) =>
  call('put', '/units/{id}/name', { params: { id: unitId }, body: { name, expectedName } });
export const unlockUser = (userId: string) => call('post', '/users/{id}/unlock', { params: { id: userId } });
export const setOneTimePassword = (userId: string, password: string) =>
  call('post', '/users/{id}/password', { params: { id: userId }, body: { password } });
export const setUserActive = (userId: string, active: boolean) =>
  active
    ? call('post', '/users/{id}/activate', { params: { id: userId } })
    : call('post', '/users/{id}/deactivate', { params: { id: userId } });

export const workQueue = () => call('get', '/work-queue');
export const listReports = (query: QueryOf<'/reports', 'get'>) => call('get', '/reports', { query });
export const listCopies = (query: QueryOf<'/reports/copies', 'get'>) =>
  call('get', '/reports/copies', { query });
export const createReport = (body: { unitId: string; reportYear: number; title?: string }) =>
  call('post', '/reports', { body });
export const getReport = (id: string) => call('get', '/reports/{id}', { params: { id } });
export const saveRevision = (id: string, basedOnRevision: number, sections: ReportSections, title?: string) =>
  call('post', '/reports/{id}/revisions', { params: { id }, body: { basedOnRevision, sections, title } });
export const listRevisions = (id: string) => call('get', '/reports/{id}/revisions', { params: { id } });
export const getDiff = (id: string, from: number, to: number) =>
  call('get', '/reports/{id}/diff', { params: { id }, query: { from, to } });
export const getHistory = (id: string) => call('get', '/reports/{id}/history', { params: { id } });
export const takeAction = (
  id: string,
  body: {
    action: string;
    expectedVersion: number;
    comment?: string;
    fields?: Partial<Record<ActionField, string>>;
  },
) =>
  sendOnce({ path: '/reports/{id}/actions', id, body }, (key) =>
    call('post', '/reports/{id}/actions', { params: { id }, body, headers: { 'Idempotency-Key': key } }),
  );
/** 回执: one per campaign the report was dispatched to; the issuing office's coordinators decide them. */
export const listReceipts = (id: string) => call('get', '/reports/{id}/receipts', { params: { id } });
export const openReceipts = () => call('get', '/receipts/open');
export const acceptReceipt = (
  target: { reportId: string; campaignId: string },
  body: RequestBody<'/reports/{id}/receipts/{campaignId}/accept', 'post'>,
) =>
  sendOnce({ path: '/reports/{id}/receipts/{campaignId}/accept', target, body }, (key) =>
    call('post', '/reports/{id}/receipts/{campaignId}/accept', {
      params: { id: target.reportId, campaignId: target.campaignId },
      body,
      headers: { 'Idempotency-Key': key },
    }),
  );
export const returnReceipt = (
  target: { reportId: string; campaignId: string },
  body: RequestBody<'/reports/{id}/receipts/{campaignId}/return', 'post'>,
) =>
  sendOnce({ path: '/reports/{id}/receipts/{campaignId}/return', target, body }, (key) =>
    call('post', '/reports/{id}/receipts/{campaignId}/return', {
      params: { id: target.reportId, campaignId: target.campaignId },
      body,
      headers: { 'Idempotency-Key': key },
    }),
  );
/**
 * 报送至该任务: the dispatched version to a campaign that asked after the dispatch (no new review).
 * A second press after a lost answer meets 409 RECEIPT_EXISTS, and the page shows the receipt.
 */
export const dispatchToCampaign = (
  target: { reportId: string; campaignId: string },
  body: RequestBody<'/reports/{id}/receipts/{campaignId}/dispatch', 'post'>,
) =>
  call('post', '/reports/{id}/receipts/{campaignId}/dispatch', {
    params: { id: target.reportId, campaignId: target.campaignId },
    body,
  });
export const listAttachments = (id: string) => call('get', '/reports/{id}/attachments', { params: { id } });
export const uploadAttachment = (id: string, file: File) => {
  const form = new FormData();
  form.append('file', file);
  return call('post', '/reports/{id}/attachments', { params: { id }, body: form });
};

export const importText = (text: string) => call('post', '/content/import', { body: { text } });
export const importFile = (file: File) => {
  const form = new FormData();
  form.append('file', file);
  return call('post', '/content/import-file', { body: form });
};
export const checkReport = (id: string, sections: ReportSections, signal?: AbortSignal, fullText?: string) =>
  call('post', '/reports/{id}/check', { params: { id }, body: { sections, fullText }, signal });

export const listNotifications = (unreadOnly = false, limit = 50) =>
  call('get', '/notifications', { query: { unreadOnly: unreadOnly || undefined, limit } });
/** My notifications of one kind about one report (the report page's latest 催办). */
export const reportNotifications = (reportId: string, kind: string, limit = 1) =>
  call('get', '/notifications', { query: { reportId, kind, limit } });
export const unreadCount = () => call('get', '/notifications/unread-count');
export const markRead = (id: number) => call('post', '/notifications/{id}/read', { params: { id } });

export const listCampaigns = (reportYear?: number) =>
  call('get', '/campaigns', { query: { reportYear, limit: 200 } });
export const getCampaign = (id: string) => call('get', '/campaigns/{id}', { params: { id } });
/** 确认下发 pressed again after a lost answer issues once: the API answers with the first campaign. */
export const issueCampaign = (body: RequestBody<'/campaigns', 'post'>) =>
  sendOnce({ path: '/campaigns', body }, (key) =>
    call('post', '/campaigns', { body, headers: { 'Idempotency-Key': key } }),
  );
/** 撤销任务: the campaign and its cascades stop; the reports keep their history. */
export const withdrawCampaign = (id: string, reason: string) =>
  call('post', '/campaigns/{id}/withdraw', { params: { id }, body: { reason } });
/** 追加报送单位: units asked by an issued campaign, with its rules (and its due date unless another). */
export const addCampaignTargets = (id: string, body: RequestBody<'/campaigns/{id}/targets', 'post'>) =>
  call('post', '/campaigns/{id}/targets', { params: { id }, body });
/** The units the issuing unit may ask (a 依法治县办 clerk asks the county, though /units shows less). */
export const getTargetArea = (issuingUnitId: string) =>
  call('get', '/campaigns/target-area', { query: { issuingUnitId } });
/** The 主送/抄送 the routing table gives a campaign to these targets (nothing stored). */
export const previewDefaultRecipients = (body: RequestBody<'/campaigns/default-recipients', 'post'>) =>
  call('post', '/campaigns/default-recipients', { body });
export type BoardQuery = NonNullable<QueryOf<'/campaigns/{id}/board', 'get'>>;
export const getBoard = (id: string, query: BoardQuery = {}) =>
  call('get', '/campaigns/{id}/board', { params: { id }, query });
/** The official document (.docx per GB/T 9704): internal, or public without the 不予公开 passages. */
export type DocumentVersion = 'internal' | 'public';
export const documentPath = (reportId: string) => `/reports/${reportId}/export.docx`;
export const boardExportPath = (id: string, kind: 'csv' | 'xlsx') => `/campaigns/${id}/board.${kind}`;
export const listExtensions = (campaignId: string) =>
  call('get', '/campaigns/{id}/extensions', { params: { id: campaignId } });
/** 待审批延期申请: the requests waiting in the campaigns of the offices I coordinate. */
export const pendingExtensions = () => call('get', '/extensions/pending');
export const requestExtension = (
  campaignId: string,
  body: RequestBody<'/campaigns/{id}/extensions', 'post'>,
) => call('post', '/campaigns/{id}/extensions', { params: { id: campaignId }, body });
export const decideExtension = (
  campaignId: string,
  extensionId: string,
  body: RequestBody<'/campaigns/{id}/extensions/{extensionId}/decision', 'post'>,
) =>
  call('post', '/campaigns/{id}/extensions/{extensionId}/decision', {
    params: { id: campaignId, extensionId },
    body,
  });

export const listDeadLetters = () => call('get', '/admin/dead-letters');
export const replayDeadLetter = (id: number) =>
  call('post', '/admin/dead-letters/{id}/replay', { params: { id } });
export const overrideCheck = (id: string, reason: string) =>
  call('post', '/reports/{id}/check-override', { params: { id }, body: { reason } });

/* Disclosure (公开): the report's 保密审查 and publication. */
export const recordDisclosureReview = (
  reportId: string,
  body: RequestBody<'/reports/{id}/disclosure/review', 'post'>,
) => call('post', '/reports/{id}/disclosure/review', { params: { id: reportId }, body });

export const saveDisclosureMarking = (
  reportId: string,
  body: RequestBody<'/reports/{id}/disclosure/marking', 'post'>,
) => call('post', '/reports/{id}/disclosure/marking', { params: { id: reportId }, body });

export const recordPublication = (
  reportId: string,
  body: RequestBody<'/reports/{id}/disclosure/publication', 'post'>,
) => call('post', '/reports/{id}/disclosure/publication', { params: { id: reportId }, body });

export const correctPublication = (
  reportId: string,
  body: RequestBody<'/reports/{id}/disclosure/publication', 'put'>,
) => call('put', '/reports/{id}/disclosure/publication', { params: { id: reportId }, body });

/* Findings (问题清单) and 整改: raised by the receipt's coordinator, answered by the unit. */
export const raiseFinding = (reportId: string, body: RequestBody<'/reports/{id}/findings', 'post'>) =>
  call('post', '/reports/{id}/findings', { params: { id: reportId }, body });

export const answerFinding = (id: string, body: RequestBody<'/findings/{id}/answer', 'post'>) =>
  call('post', '/findings/{id}/answer', { params: { id }, body });

export const closeFinding = (id: string, body: RequestBody<'/findings/{id}/close', 'post'>) =>
  call('post', '/findings/{id}/close', { params: { id }, body });

export const reopenFinding = (id: string, body: RequestBody<'/findings/{id}/reopen', 'post'>) =>
  call('post', '/findings/{id}/reopen', { params: { id }, body });

/** 修改密码 (the API ends the account's other sessions). */
export const changePassword = (body: RequestBody<'/auth/password', 'post'>) =>
  call('post', '/auth/password', { body });

/** The check before export: headings the .docx would print twice or renumber, each with its fix. */
export const getDocumentCheck = (id: string) =>
  call('get', '/reports/{id}/document/check', { params: { id } });
/** The check's heading fixes saved as a new revision (the drafter's, while drafting). */
export const applyDocumentFixes = (id: string, body: RequestBody<'/reports/{id}/document/fixes', 'post'>) =>
  call('post', '/reports/{id}/document/fixes', { params: { id }, body });
export const getRevision = (id: string, number: number) =>
  call('get', '/reports/{id}/revisions/{number}', { params: { id, number } });
