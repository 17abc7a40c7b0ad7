import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError } from './client';
import type { RequestBody } from './contract';
import {
  acceptReceipt,
  applyDocumentFixes,
  answerFinding,
  changePassword,
  closeFinding,
  createReport,
  decideExtension,
  dispatchToCampaign,
  importFile,
  importText,
  issueCampaign,
  markRead,
  overrideCheck,
  raiseFinding,
  recordDisclosureReview,
  saveDisclosureMarking,
  correctPublication,
  recordPublication,
  reopenFinding,
  requestExtension,
  returnReceipt,
  saveRevision,
  takeAction,
  uploadAttachment,
  withdrawCampaign,
  addCampaignTargets,
} from './endpoints';
import type { ReportSections } from './openapi.gen';
import {
  campaignsChanged,
  disclosureChanged,
  findingsChanged,
  findingsKey,
  keys,
  reportChanged,
} from './queries';

/**
 * The console's writes: one `useMutation` hook per write endpoint a screen uses. Each hook
 * invalidates the queries its write changes before its promise resolves, so a screen awaiting
 * `mutateAsync` shows the new state next, and no screen keeps its own list of what to refresh.
 * A 409 (someone acted first) also re-reads what it names: the screen shows the state as it now is.
 */

/** A refusal because the object moved on meanwhile: what it shows must be read again. */
const isConflict = (error: unknown) => error instanceof ApiError && error.status === 409;

/** The hook's `onSuccess` (and, on a 409, `onError`) awaiting `changed`. */
function refreshing<T>(
  changed: (client: QueryClient, variables: T) => Promise<unknown>,
  client: QueryClient,
) {
  return {
    onSuccess: (_: unknown, variables: T) => changed(client, variables),
    onError: (error: unknown, variables: T) => (isConflict(error) ? changed(client, variables) : undefined),
  };
}

/* Reports */

export const useCreateReport = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Parameters<typeof createReport>[0]) => createReport(body),
    onSuccess: (report) => reportChanged(client, report.id),
  });
};

/** 保存: a new revision of the text (the report's revision number, history and lists move on). */
export const useSaveRevision = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { basedOnRevision: number; sections: ReportSections; title?: string }) =>
      saveRevision(reportId, v.basedOnRevision, v.sections, v.title),
    // A refused save (409) keeps the editor's text as typed; the editor says what happened.
    onSuccess: () => reportChanged(client, reportId),
  });
};

/** A workflow step (提交, 退回, 签发…): the report, its history, every list and board showing it. */
export const useTakeAction = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Parameters<typeof takeAction>[1]) => takeAction(reportId, body),
    ...refreshing(() => reportChanged(client, reportId), client),
  });
};

/** 准予提交 despite the check: recorded on the report and in its history. */
export const useOverrideCheck = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) => overrideCheck(reportId, reason),
    onSuccess: () => reportChanged(client, reportId),
  });
};

/** 按建议修正标题: the fixes saved as a new revision (the report, its history and its check move on). */
export const useApplyDocumentFixes = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (basedOnRevision: number) =>
      applyDocumentFixes(reportId, { basedOnRevision, headings: true, cleanup: false }),
    ...refreshing(() => reportChanged(client, reportId), client),
  });
};

export const useUploadAttachment = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadAttachment(reportId, file),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.attachments(reportId) }),
  });
};

/** 导入: the text split into the five sections; nothing is stored, so nothing is refreshed. */
export const useImportText = () => useMutation({ mutationFn: (text: string) => importText(text) });
export const useImportFile = () => useMutation({ mutationFn: (file: File) => importFile(file) });

/* Receipts (回执): the issuing office accepts or returns a dispatched report. */

type ReceiptTarget = { reportId: string; campaignId: string };
type Decided<B> = { target: ReceiptTarget; body: B };

/** A decision moves the report; findings sent with it appear in its 问题清单. */
const receiptDecided = async (
  client: QueryClient,
  { target, body }: Decided<{ findings?: unknown[] }>,
): Promise<void> => {
  await reportChanged(client, target.reportId);
  if ((body.findings?.length ?? 0) > 0)
    await client.invalidateQueries({ queryKey: findingsKey(target.reportId) });
};

export const useAcceptReceipt = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      target,
      body,
    }: Decided<RequestBody<'/reports/{id}/receipts/{campaignId}/accept', 'post'>>) =>
      acceptReceipt(target, body),
    ...refreshing(receiptDecided, client),
  });
};

export const useReturnReceipt = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      target,
      body,
    }: Decided<RequestBody<'/reports/{id}/receipts/{campaignId}/return', 'post'>>) =>
      returnReceipt(target, body),
    ...refreshing(receiptDecided, client),
  });
};

/** 报送至该任务: the report gains a receipt (回执) of the campaign that asked later. */
export const useDispatchToCampaign = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      target,
      body,
    }: Decided<RequestBody<'/reports/{id}/receipts/{campaignId}/dispatch', 'post'>>) =>
      dispatchToCampaign(target, body),
    ...refreshing((c, { target }: Decided<unknown>) => reportChanged(c, target.reportId), client),
  });
};

/* Disclosure (公开) */

export const useRecordDisclosureReview = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/reports/{id}/disclosure/review', 'post'>) =>
      recordDisclosureReview(reportId, body),
    ...refreshing(() => disclosureChanged(client, reportId), client),
  });
};

/** 公开版标注: a new revision of an accepted report, only its 不予公开 marking changed. */
export const useSaveDisclosureMarking = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/reports/{id}/disclosure/marking', 'post'>) =>
      saveDisclosureMarking(reportId, body),
    ...refreshing(
      () =>
        Promise.all([reportChanged(client, reportId), disclosureChanged(client, reportId)]).then(
          () => undefined,
        ),
      client,
    ),
  });
};

export const useRecordPublication = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/reports/{id}/disclosure/publication', 'post'>) =>
      recordPublication(reportId, body),
    ...refreshing(() => disclosureChanged(client, reportId), client),
  });
};

/** 更正 of the registered publication, with the reason (kept in the history). */
export const useCorrectPublication = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/reports/{id}/disclosure/publication', 'put'>) =>
      correctPublication(reportId, body),
    ...refreshing(() => disclosureChanged(client, reportId), client),
  });
};

/* Findings (问题清单) and 整改 */

/** Every step on a report's findings: raise, answer, close (销号), reopen. */
export type FindingStep =
  | { kind: 'raise'; body: RequestBody<'/reports/{id}/findings', 'post'> }
  | { kind: 'answer'; findingId: string; body: RequestBody<'/findings/{id}/answer', 'post'> }
  | { kind: 'close'; findingId: string; body: RequestBody<'/findings/{id}/close', 'post'> }
  | { kind: 'reopen'; findingId: string; body: RequestBody<'/findings/{id}/reopen', 'post'> };

function sendFindingStep(reportId: string, step: FindingStep) {
  switch (step.kind) {
    case 'raise':
      return raiseFinding(reportId, step.body);
    case 'answer':
      return answerFinding(step.findingId, step.body);
    case 'close':
      return closeFinding(step.findingId, step.body);
    case 'reopen':
      return reopenFinding(step.findingId, step.body);
  }
}

/** The list, the report's history, the boards, 我的待办 and its 待整改 list. */
export const useFindingStep = (reportId: string) => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (step: FindingStep) => sendFindingStep(reportId, step),
    ...refreshing(() => findingsChanged(client, reportId), client),
  });
};

/* Campaigns and extensions */

/** 下发: the campaign lists and boards (and 我的待办 of the issuer's own units). */
export const useIssueCampaign = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/campaigns', 'post'>) => issueCampaign(body),
    onSuccess: () => campaignsChanged(client),
  });
};

/** 撤销任务: the campaign, its board and lists, and the reports whose due dates it cleared. */
export const useWithdrawCampaign = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { campaignId: string; reason: string }) => withdrawCampaign(v.campaignId, v.reason),
    onSuccess: () =>
      Promise.all([campaignsChanged(client), client.invalidateQueries({ queryKey: ['reports'] })]),
  });
};

/** 追加报送单位: the campaign, its board and lists (the new units' reports appear there). */
export const useAddCampaignTargets = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { campaignId: string; body: RequestBody<'/campaigns/{id}/targets', 'post'> }) =>
      addCampaignTargets(v.campaignId, v.body),
    onSuccess: () => campaignsChanged(client),
  });
};

/** 延期申请: the issuer's 延期申请 list and the board's pending count. */
export const useRequestExtension = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { campaignId: string; body: RequestBody<'/campaigns/{id}/extensions', 'post'> }) =>
      requestExtension(v.campaignId, v.body),
    onSuccess: () => campaignsChanged(client),
  });
};

/** 批准/不予延期: the due dates shown on lists, boards and 我的待办. */
export const useDecideExtension = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      campaignId: string;
      extensionId: string;
      body: RequestBody<'/campaigns/{id}/extensions/{extensionId}/decision', 'post'>;
    }) => decideExtension(v.campaignId, v.extensionId, v.body),
    onSuccess: () => campaignsChanged(client),
  });
};

/* Notifications and the account */

/** Marks notifications read (one failing does not keep the others unread): the lists and the bell. */
export const useMarkRead = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (ids: number[]) => Promise.all(ids.map((id) => markRead(id).catch(() => undefined))),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: ['notifications'] }),
        client.invalidateQueries({ queryKey: keys.unreadCount }),
      ]),
  });
};

/** 修改密码: the API ends the other sessions; this tab's stays, so nothing shown changes. */
export const useChangePassword = () =>
  useMutation({
    mutationFn: (body: RequestBody<'/auth/password', 'post'>) => changePassword(body),
  });
