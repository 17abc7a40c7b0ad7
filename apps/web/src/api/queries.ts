import {
  keepPreviousData,
  QueryClient,
  useQueries,
  useQuery,
  type QueryClient as Client,
} from '@tanstack/react-query';
import { ApiError } from './client';
import type { Campaign } from './openapi.gen';

type ReportLine = Campaign['reportLine'];
import {
  getTargetArea,
  getBoard,
  getCampaign,
  getDiff,
  getRevision,
  getDocumentCheck,
  getHistory,
  getReport,
  listAttachments,
  listCampaigns,
  listCopies,
  listExtensions,
  listNotifications,
  reportNotifications,
  listReceipts,
  listReports,
  listRevisions,
  listUnits,
  openReceipts,
  pendingExtensions,
  previewDefaultRecipients,
  unreadCount,
  workQueue,
  type BoardQuery,
} from './endpoints';
import { call, type QueryOf } from './contract';

/** How often screens that others change (my work, the bell) look again while open. */
export const POLL_MS = 30_000;

/**
 * One cache for the console. Data is stale at once (others change it: reviewers, coordinators),
 * so a screen refetches when it mounts, when the window regains focus and when the network
 * returns; it shows the cached rows meanwhile instead of an empty list. A 4xx is an answer,
 * not a blip: it is not retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 0,
        refetchOnWindowFocus: true,
        retry: (count, error) =>
          !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

/** Query keys: the first element names the endpoint, so one invalidation reaches every page of it. */
export const keys = {
  workQueue: ['work-queue'] as const,
  reports: (query: QueryOf<'/reports', 'get'>) => ['reports', query] as const,
  copies: (query: QueryOf<'/reports/copies', 'get'>) => ['copies', query] as const,
  report: (id: string) => ['report', id] as const,
  history: (id: string) => ['history', id] as const,
  revisions: (id: string) => ['revisions', id] as const,
  attachments: (id: string) => ['attachments', id] as const,
  receipts: (id: string) => ['receipts', id] as const,
  openReceipts: ['open-receipts'] as const,
  campaigns: (reportYear?: number) => ['campaigns', reportYear ?? null] as const,
  campaign: (id: string) => ['campaign', id] as const,
  board: (id: string, query: BoardQuery) => ['board', id, query] as const,
  extensions: (campaignId: string) => ['extensions', campaignId] as const,
  pendingExtensions: ['extensions', 'pending'] as const,
  notifications: (unreadOnly: boolean, limit: number) => ['notifications', unreadOnly, limit] as const,
  reportNotifications: (reportId: string, kind: string) =>
    ['notifications', 'report', reportId, kind] as const,
  unreadCount: ['unread-count'] as const,
  units: ['units'] as const,
  targetArea: (issuingUnitId: string | undefined) => ['target-area', issuingUnitId ?? null] as const,
  diff: (id: string, pair: RevisionPair | null) =>
    ['diff', id, pair?.from ?? null, pair?.to ?? null] as const,
  defaultRecipients: (
    issuingUnitId: string | undefined,
    unitIds: readonly string[],
    reportLine: ReportLine,
    reportYear: number | undefined,
  ) =>
    [
      'default-recipients',
      issuingUnitId ?? null,
      reportLine,
      reportYear ?? null,
      [...unitIds].sort(),
    ] as const,
};

/** Two saved revisions of a report, compared: older first. */
export interface RevisionPair {
  from: number;
  to: number;
}

export const useWorkQueue = () =>
  useQuery({ queryKey: keys.workQueue, queryFn: workQueue, refetchInterval: POLL_MS });
export const useReports = (query: QueryOf<'/reports', 'get'>) =>
  useQuery({ queryKey: keys.reports(query), queryFn: () => listReports(query) });
export const useCopies = (query: QueryOf<'/reports/copies', 'get'>) =>
  useQuery({ queryKey: keys.copies(query), queryFn: () => listCopies(query) });
export const useReport = (id: string) =>
  useQuery({ queryKey: keys.report(id), queryFn: () => getReport(id) });
export const useHistory = (id: string) =>
  useQuery({ queryKey: keys.history(id), queryFn: () => getHistory(id) });
export const useRevisions = (id: string) =>
  useQuery({ queryKey: keys.revisions(id), queryFn: () => listRevisions(id) });
export const useAttachments = (id: string) =>
  useQuery({ queryKey: keys.attachments(id), queryFn: () => listAttachments(id) });
export const useReceipts = (id: string, enabled = true) =>
  useQuery({ queryKey: keys.receipts(id), queryFn: () => listReceipts(id), enabled: enabled && id !== '' });
/** The issuing office's receipts waiting for a decision; only asked by coordinators (others get none). */
export const useOpenReceipts = (enabled: boolean) =>
  useQuery({ queryKey: keys.openReceipts, queryFn: openReceipts, enabled, refetchInterval: POLL_MS });
/** Under ['extensions'], so a decision anywhere (campaignsChanged) refreshes it. */
export const usePendingExtensions = (enabled: boolean) =>
  useQuery({
    queryKey: keys.pendingExtensions,
    queryFn: pendingExtensions,
    enabled,
    refetchInterval: POLL_MS,
  });
export const useCampaigns = (reportYear?: number) =>
  useQuery({ queryKey: keys.campaigns(reportYear), queryFn: () => listCampaigns(reportYear) });
export const useCampaign = (id: string | null | undefined) =>
  useQuery({ queryKey: keys.campaign(id ?? ''), queryFn: () => getCampaign(id ?? ''), enabled: !!id });
/**
 * A filter change keeps the rows shown until the filtered ones arrive (the table shows it is loading).
 * Units dispatch while the office watches: the board looks again every minute while it is open (a
 * walk, stop 44, still read 已报送 0 five minutes after two dispatches); unchanged, the API answers
 * 304 from its cache, so the look costs next to nothing.
 */
export const useBoard = (id: string, query: BoardQuery) =>
  useQuery({
    queryKey: keys.board(id, query),
    queryFn: () => getBoard(id, query),
    placeholderData: keepPreviousData,
    refetchInterval: 2 * POLL_MS,
  });
export const useExtensions = (campaignId: string) =>
  useQuery({ queryKey: keys.extensions(campaignId), queryFn: () => listExtensions(campaignId) });
/** The extension requests of several campaigns (the issuer's 延期申请 page), one cached query each. */
export const useIssuedExtensions = (campaignIds: string[]) =>
  useQueries({
    queries: campaignIds.map((id) => ({
      queryKey: keys.extensions(id),
      queryFn: () => listExtensions(id),
      retry: false,
    })),
  });
/** The newest of my notifications of one kind about a report (e.g. the latest 催办 on the report page). */
export const useLatestReportNotification = (reportId: string | undefined, kind: string) =>
  useQuery({
    queryKey: keys.reportNotifications(reportId ?? '', kind),
    queryFn: async () => (await reportNotifications(reportId ?? '', kind, 1))[0] ?? null,
    enabled: !!reportId,
  });
export const useNotifications = (unreadOnly: boolean, limit: number, enabled = true) =>
  useQuery({
    queryKey: keys.notifications(unreadOnly, limit),
    queryFn: () => listNotifications(unreadOnly, limit),
    enabled,
  });
export const useUnreadCount = () =>
  useQuery({ queryKey: keys.unreadCount, queryFn: unreadCount, refetchInterval: POLL_MS });
/**
 * The unit tree changes seldom, so pickers and labels reuse it for a minute; 单位管理, whose subject
 * it is, asks with `current` and reads it again whenever it regains focus.
 */
export const useUnits = ({ current = false }: { current?: boolean } = {}) =>
  useQuery({ queryKey: keys.units, queryFn: listUnits, staleTime: current ? 0 : 60_000 });
export const useTargetArea = (issuingUnitId: string | undefined) =>
  useQuery({
    queryKey: keys.targetArea(issuingUnitId),
    queryFn: () => getTargetArea(issuingUnitId!),
    enabled: Boolean(issuingUnitId),
    staleTime: 60_000,
  });

/** One saved revision, read once (saved revisions never change): the base of a stale draft's merge. */
export const revisionQuery = (id: string, number: number) => ({
  queryKey: ['revision', id, number] as const,
  queryFn: () => getRevision(id, number),
  staleTime: Infinity,
});
/** Saved revisions never change, so their comparison is read once; null asks nothing yet. */
export const useDiff = (id: string, pair: RevisionPair | null) =>
  useQuery({
    queryKey: keys.diff(id, pair),
    queryFn: () => getDiff(id, pair?.from ?? 0, pair?.to ?? 0),
    enabled: pair !== null,
    staleTime: Infinity,
  });
export const documentCheckKey = (reportId: string) => ['document-check', reportId] as const;
/** The heading check of the saved text (the export prints the saved revision): read again after each save. */
export const useDocumentCheck = (reportId: string, enabled: boolean) =>
  useQuery({ queryKey: documentCheckKey(reportId), queryFn: () => getDocumentCheck(reportId), enabled });
/**
 * The 主送/抄送 the routing table gives these targets (a read, though sent as POST: nothing is
 * stored), and with the report year the targets an active campaign of the issuer already asks. The
 * last answer stays shown while the next target list is asked about.
 */
export const useDefaultRecipients = (
  issuingUnitId: string | undefined,
  unitIds: readonly string[],
  reportLine: ReportLine = 'annual',
  reportYear?: number,
) =>
  useQuery({
    queryKey: keys.defaultRecipients(issuingUnitId, unitIds, reportLine, reportYear),
    queryFn: () =>
      previewDefaultRecipients({ issuingUnitId, reportLine, reportYear, targets: { unitIds: [...unitIds] } }),
    enabled: unitIds.length > 0,
    placeholderData: keepPreviousData,
    retry: false,
  });

/** After a report changed (saved, moved on, returned): every screen that lists or shows it. */
export function reportChanged(client: Client, id: string): Promise<void> {
  return invalidate(client, [
    keys.report(id),
    keys.history(id),
    keys.revisions(id),
    documentCheckKey(id),
    // A dispatch opens receipts, a decision on one moves the report: both lists follow the report.
    keys.receipts(id),
    keys.openReceipts,
    keys.workQueue,
    ['reports'],
    ['copies'],
    ['board'],
    // A report's due date moves with an extension decided elsewhere: its 延期待批 goes with a refresh
    // (a walk, stop 55: it stayed after the 409 that showed the new date, until a reload).
    ['extensions'],
    ['notifications'],
    keys.unreadCount,
  ]);
}

/** After a campaign was issued or an extension decided: the campaign lists and boards. */
export function campaignsChanged(client: Client): Promise<void> {
  return invalidate(client, [['campaigns'], ['campaign'], ['board'], ['extensions'], keys.workQueue]);
}

async function invalidate(client: Client, queryKeys: ReadonlyArray<readonly unknown[]>): Promise<void> {
  await Promise.all(queryKeys.map((queryKey) => client.invalidateQueries({ queryKey })));
}

/** A query's failure in the console's words. */
export const errorText = (error: unknown): string | null =>
  error ? (error instanceof ApiError ? error.message : '加载失败') : null;

/* Disclosure (公开): the report's 保密审查 and publication, read and recorded from the report page. */

export const disclosureKey = (reportId: string) => ['disclosure', reportId] as const;

export const useDisclosure = (reportId: string, enabled = true) =>
  useQuery({
    queryKey: disclosureKey(reportId),
    queryFn: () => call('get', '/reports/{id}/disclosure', { params: { id: reportId } }),
    enabled,
  });

/** After a disclosure step: the track itself, the report's history, and the boards' 公开 column and counts. */
export function disclosureChanged(client: Client, reportId: string): Promise<void> {
  return invalidate(client, [disclosureKey(reportId), keys.history(reportId), ['board'], keys.workQueue]);
}

/* Findings (问题清单) and 整改: raised by the receipt's coordinator, answered by the unit. */

export const findingsKey = (reportId: string) => ['findings', reportId] as const;

export const useFindings = (reportId: string, enabled = true) =>
  useQuery({
    queryKey: findingsKey(reportId),
    queryFn: () => call('get', '/reports/{id}/findings', { params: { id: reportId } }),
    enabled,
    retry: false,
  });

/** After a finding step: the list, the report's history, the boards and 我的待办. */
export function findingsChanged(client: Client, reportId: string): Promise<void> {
  // The report too: each step is an event of its chain and moves its version, so a 提交审核 sent with
  // the version read before an answer was refused as if someone else had acted (a walk, stop 40).
  return invalidate(client, [
    findingsKey(reportId),
    keys.report(reportId),
    keys.history(reportId),
    ['board'],
    keys.workQueue,
  ]);
}

/**
 * 待整改: the open findings my unit answers. Under the work queue's key: whatever refreshes 我的待办
 * (an answer, a decision) refreshes these too.
 */
export const useFindingsToAnswer = () =>
  useQuery({
    queryKey: [...keys.workQueue, 'findings'] as const,
    queryFn: () => call('get', '/findings/to-answer', {}),
  });

/** 我的待办's 政务公开: my units' reports still to be published, and the step waiting for me. */
export const useDisclosureToDo = (enabled: boolean) =>
  useQuery({
    queryKey: [...keys.workQueue, 'disclosure'] as const,
    queryFn: () => call('get', '/disclosure/to-do', {}),
    enabled,
  });

/** The board's 问题清单 column: per report of the campaign, its findings by status. */
export const useCampaignFindings = (campaignId: string) =>
  useQuery({
    queryKey: ['board', 'findings', campaignId] as const,
    queryFn: () => call('get', '/campaigns/{id}/findings', { params: { id: campaignId } }),
    enabled: campaignId !== '',
  });

/**
 * 报送记录: one unit's campaign reports across years. Under the boards' key: whatever changes a board
 * (a dispatch, a receipt, a publication, an extension) refreshes the history too.
 */
export const useUnitSubmissionHistory = (unitId: string) =>
  useQuery({
    queryKey: ['board', 'unit-history', unitId] as const,
    queryFn: () => call('get', '/units/{id}/submission-history', { params: { id: unitId } }),
    enabled: unitId !== '',
  });
