import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Result, Space, Tabs, Typography } from 'antd';
import type { SectionKey } from '../../api/openapi.gen';
import { useCallback, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { ApiError } from '../../api/client';
import {
  useCampaign,
  useHistory,
  useLatestReportNotification,
  useReceipts,
  useReport,
  useUnits,
} from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { jointReportLabel } from './jointReport';
import { formatDate, formatDateTime, StateTag, TimeLeftTag } from '../../components/common';
import { Loading } from '../../components/Loading';
import { hasLeftUnit } from '../../labels';
import { ActionBar } from './ActionBar';
import { backLinkOf, cameFrom } from './backLink';
import { CampaignNoticeOf } from './CampaignNoticeLink';
import { ExtensionButton } from './ExtensionButton';
import { OverrideButton } from './OverrideButton';
import { AttachmentsTab } from './AttachmentsTab';
import { DisclosurePanel } from './DisclosurePanel';
import { FindingsPanel } from './FindingsPanel';
import { DeliberationRecord } from './DeliberationRecord';
import { LegalOpinion } from './LegalOpinion';
import { issuerLabel } from '../../levelWords';
import { DocumentTab } from './DocumentTab';
import { Editor } from './Editor';
import { HistoryTimeline } from './HistoryTimeline';
import { ReadOnlyReport } from './ReadOnlyReport';
import { LaterCampaignDispatch } from './LaterCampaignDispatch';
import { ReceiptsPanel } from './ReceiptsPanel';
import { latestReturn, returnCounts } from './returnNotes';
import { ReturnNotice } from './ReturnNotice';
import { currentUrge } from './currentUrge';
import { dueDateMovedSince, withdrawnSince } from './dueDateMove';
import { RevisionsTab } from './RevisionsTab';

/** One report: the editor for its drafter while drafting, otherwise the read-only view; history and revisions. */
export default function ReportPage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const reportQuery = useReport(id);
  const historyQuery = useHistory(id);
  const report = reportQuery.data ?? null;
  const history = historyQuery.data ?? null;
  const loadError = reportQuery.error ?? historyQuery.error;
  const error = loadError
    ? loadError instanceof ApiError
      ? loadError
      : new ApiError(0, 'UNKNOWN', '加载失败')
    : null;
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState('text');
  const flush = useRef<() => Promise<boolean>>(async () => true);
  const location = useLocation();

  // The due date: the report's own when the API sends it, else its campaign's.
  const campaign = useCampaign(report?.campaignId).data;
  // The office's latest 催办 to me about this report, with its 催办说明 (walk P11: only in 消息中心).
  const latestUrge = useLatestReportNotification(report?.id, 'urged').data ?? null;
  const campaignDue = campaign?.dueDate ?? null;
  const askingCampaignIds = report
    ? report.campaigns.length > 0
      ? report.campaigns.map((c) => c.campaignId)
      : report.campaignId
        ? [report.campaignId]
        : []
    : [];
  const unitList = useUnits().data;
  // Whether I coordinate the office that issued one of the campaigns this report was sent to.
  const receipts = useReceipts(report?.id ?? '').data;
  const issuesACampaign = (receipts ?? []).some((r) =>
    (me?.roles ?? []).some((role) => role.role === 'coordinator' && role.unitId === r.issuingUnit.id),
  );
  const units = useMemo(() => new Map((unitList ?? []).map((u) => [u.id, u])), [unitList]);

  const registerFlush = useCallback((f: () => Promise<boolean>) => {
    flush.current = f;
  }, []);

  /** A section named by the return notice: the text tab, scrolled to that section (its box focused when editable). */
  const jumpToSection = useCallback((key: SectionKey) => {
    setTab('text');
    window.requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>(`[data-section="${key}"]`);
      target?.scrollIntoView({ block: 'center' });
      if (target instanceof HTMLTextAreaElement) target.focus({ preventScroll: true });
    });
  }, []);

  if (error && !report) {
    return (
      <Result
        status={error.status === 404 ? '404' : 'error'}
        title={error.message}
        extra={<Link to="/app/todo">返回我的待办</Link>}
      />
    );
  }
  if (!report || !history || !me) return <Loading />;

  // The drafter edits while the report is in drafting: exactly when the API offers them "submit".
  const editable = report.allowedActions.some((a) => a.action === 'submit' && a.actingRole === 'drafter');
  // The principal leader asks for more time too, while the report is still in the unit: a unit with no
  // drafter (a county government asked through its office) had nobody to press 申请延期 (walk, stop 57).
  const leaderAsksForTime =
    !hasLeftUnit(report.state) &&
    me.roles.some((r) => r.role === 'unit_leader' && r.unitId === report.unit.id);
  const returnNote = report.state === 'drafting' ? latestReturn(history.events) : null;
  const urged = currentUrge(latestUrge, report, history.events);
  const movedSinceUrge = urged ? dueDateMovedSince(history.events, urged.createdAt) : null;
  // Moot when its campaign was withdrawn since, even if another campaign has asked for the report
  // meanwhile (a walk, stop 57: a withdrawn campaign's 催办 still read 请及时办理).
  const urgeWithdrawn = urged
    ? withdrawnSince(history.events, urged.createdAt) ||
      report.campaigns.some((c) => c.campaignId === urged.campaignId && !c.active)
    : false;
  const counts = returnCounts(history.events, report.returnCount);
  const canOverride =
    report.state === 'drafting' &&
    report.currentRevision > 0 &&
    !report.copyOnly &&
    me.roles.some((r) => r.role === 'dept_reviewer' && r.unitId === report.unit.id);
  // Back to the page that opened it (the board), else where the reader finds it: a report received
  // (主送/抄送) is in 收到的报告, not in 我的待办 (walks, stops 42 and 43).
  const back = backLinkOf(
    location.state,
    report.copyOnly ? { path: '/app/copies', label: '收到的报告' } : { path: '/app/todo', label: '我的待办' },
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small">
        {/* The title and the buttons share the top row; the buttons move below the title as one group
            when they do not fit beside it. The details get the card's whole width under both: squeezed
            beside three or four buttons, 报送记录 and 第 1 版 broke mid-word at 1366×768 (walk P15). */}
        <div
          style={{
            display: 'flex',
            flexWrap: 'wrap',
            justifyContent: 'space-between',
            alignItems: 'flex-start',
            columnGap: 16,
          }}
        >
          <div style={{ flex: '1 1 320px', minWidth: 0 }}>
            <Link to={back.path}>
              <ArrowLeftOutlined aria-hidden /> {back.label}
            </Link>
            <Typography.Title level={2} style={{ fontSize: 20, margin: '8px 0' }}>
              {report.title}
            </Typography.Title>
          </div>
          <Space wrap data-testid="report-actions" style={{ flex: '0 1 auto', marginBottom: 8 }}>
            {(editable || leaderAsksForTime) && <ExtensionButton report={report} />}
            {canOverride && <OverrideButton report={report} />}
            <ActionBar
              report={report}
              beforeAction={editable ? () => flush.current() : undefined}
              onDone={async ({ conflict }) => setNotice(conflict)}
            />
          </Space>
        </div>
        <Descriptions
          size="small"
          column={4}
          items={[
            {
              key: 'unit',
              label: '报送单位',
              // A county bureau's name with its link is wider than a quarter of the card.
              span: 2,
              children: report.coReportingUnit ? (
                <span data-testid="joint-report">
                  {jointReportLabel(report)}：{report.coReportingUnit.name}、{report.unit.name}
                </span>
              ) : report.copyOnly ? (
                report.unit.name
              ) : (
                <span>
                  {report.unit.name}{' '}
                  {/* Underlined: beside the unit's name, colour alone would not mark it a link. */}
                  <Link
                    to={`/app/history/${report.unit.id}`}
                    state={cameFrom(location, '返回报告')}
                    className="rf-whole"
                    style={{ textDecoration: 'underline' }}
                  >
                    报送记录
                  </Link>
                </span>
              ),
            },
            { key: 'year', label: '年度', children: report.reportYear },
            {
              key: 'state',
              label: '当前环节',
              children: (
                <span data-testid="report-state">
                  <StateTag state={report.state} />
                </span>
              ),
            },
            {
              key: 'rev',
              label: '当前版本',
              children: (
                <span className="rf-whole">
                  {report.currentRevision > 0 ? `第 ${report.currentRevision} 版` : '尚未保存正文'}
                </span>
              ),
            },
            {
              key: 'due',
              label: '报送截止',
              // A unit asked by two campaigns (its county's office and the department above) has two
              // dates; one of them alone let it miss the earlier (stop 39's walk). Each with who asks.
              children:
                report.campaigns.length > 1 ? (
                  <span data-testid="report-due-dates">
                    {report.campaigns.map((asking) => (
                      <span key={asking.campaignId} className="rf-whole" style={{ display: 'block' }}>
                        {formatDate(asking.dueDate)}（
                        {issuerLabel(asking.issuingUnit, units.get(asking.issuingUnit.id))}）
                      </span>
                    ))}
                  </span>
                ) : (
                  <span className="rf-whole">{formatDate(report.dueAt ?? campaignDue)}</span>
                ),
            },
            // Which 通知 the report answers (walk P11: a unit with two open reports could not tell).
            // Every 通知 the report answers, not only the first: a 州交通运输局 asked by the 依法治州办
            // and by the 自治区交通运输厅 could not open the second (a walk, stop 52).
            ...(askingCampaignIds.length > 0
              ? [
                  {
                    key: 'campaign',
                    label: '报送通知',
                    span: 2,
                    children: (
                      <span data-testid="report-campaigns">
                        {askingCampaignIds.map((id) => (
                          <span key={id} style={{ display: 'block' }}>
                            <CampaignNoticeOf id={id} />
                          </span>
                        ))}
                      </span>
                    ),
                  },
                ]
              : []),
            {
              key: 'stage',
              label: '本环节截止',
              // Once sent, the unit's stages are over: no countdown for a report already gone (walk P11).
              children: hasLeftUnit(report.state) ? (
                '—'
              ) : (
                // Wraps in a narrow column: beside a long 报送通知 it ran over 内部审核退回 (walk, stop 57).
                <TimeLeftTag due={report.stageDueAt} workingDaysLeft={report.stageWorkingDaysLeft} wrap />
              ),
            },
            // Every return, the unit's own reviewers' too; a campaign board's 本任务退回 counts
            // only that campaign's (walk P10), so the two are told apart here.
            // A reader it was sent to counts the returns from above only (the API's count): the
            // unit's internal review is not theirs to see, not even as 0 (a walk, stop 42).
            ...(report.copy
              ? [{ key: 'returns-upper', label: '上级退回', children: `${report.returnCount} 次` }]
              : counts
                ? [
                    { key: 'returns-internal', label: '内部审核退回', children: `${counts.internal} 次` },
                    { key: 'returns-upper', label: '上级退回', children: `${counts.upper} 次` },
                  ]
                : [
                    {
                      key: 'returns',
                      label: '退回次数（含内部审核）',
                      children: `${report.returnCount} 次`,
                    },
                  ]),
            {
              key: 'updated',
              // Seen as dispatched, the report's dates are those of the copy it was sent.
              label: report.copy?.asDispatched ? '报送时间' : '最后更新',
              children: <span className="rf-whole">{formatDateTime(report.updatedAt)}</span>,
            },
          ]}
        />
        {returnNote && <ReturnNotice note={returnNote} onJump={jumpToSection} />}
        {urged && urgeWithdrawn && (
          <Alert
            type="info"
            showIcon
            data-testid="urge-notice"
            title={`${formatDateTime(urged.createdAt)} 的催办已不再适用`}
            description={
              <div data-testid="urge-superseded">
                {movedSinceUrge ? `此后${movedSinceUrge}，` : '该催办所属的报送任务已撤销，'}
                无需按该催办报送。
                {report.campaigns.some((c) => c.active)
                  ? '请按仍有效的报送通知报送。'
                  : '报告可继续起草，待新的报送通知下发后按通知报送。'}
              </div>
            }
            style={{ marginTop: 8 }}
          />
        )}
        {urged && !urgeWithdrawn && (
          <Alert
            type="warning"
            showIcon
            data-testid="urge-notice"
            title={`催办（${formatDateTime(urged.createdAt)}）`}
            description={
              <>
                {urged.body}
                {movedSinceUrge && (
                  <div data-testid="urge-superseded" style={{ marginTop: 4, fontWeight: 600 }}>
                    该催办发出后，{movedSinceUrge}。
                  </div>
                )}
              </>
            }
            style={{ marginTop: 8 }}
          />
        )}
        {report.copyOnly && (
          <Alert
            type="info"
            showIcon
            data-testid="copy-notice"
            title={
              issuesACampaign
                ? // The issuing office after its decision: not "another body decides" (a walk, stop 40).
                  `本单位为下发报送任务的单位${report.copy?.asDispatched ? `：所示为 ${formatDateTime(report.copy.latestDispatchedAt)} 报送时的状态` : ''}；接收、退回在“回执”中办理，整改在“问题清单”中跟踪。`
                : report.copy?.asDispatched
                  ? `本单位为收文单位（主送或抄送），仅可查阅：所示为 ${formatDateTime(report.copy.latestDispatchedAt)} 报送时的状态；接收、退回由下发报送任务的单位办理。`
                  : '本单位为收文单位（主送或抄送），仅可查阅；接收、退回由下发报送任务的单位办理。'
            }
            style={{ marginTop: 8 }}
          />
        )}
        {notice && (
          <Alert
            type="warning"
            showIcon
            closable
            role="alert"
            data-testid="conflict-notice"
            title={notice}
            style={{ marginTop: 8 }}
            onClose={() => setNotice(null)}
          />
        )}
      </Card>
      {!report.copyOnly && <LegalOpinion events={history.events} />}
      <DeliberationRecord deliberation={report.deliberation} />
      <LaterCampaignDispatch report={report} />
      <ReceiptsPanel reportId={report.id} />
      <DisclosurePanel report={report} />
      <FindingsPanel report={report} />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        type="card"
        items={[
          {
            key: 'text',
            label: editable ? '编辑正文' : '报告正文',
            children: editable ? (
              <Editor report={report} userId={me.id} returnNote={returnNote} registerFlush={registerFlush} />
            ) : (
              <ReadOnlyReport report={report} events={history.events} userId={me.id} />
            ),
          },
          {
            key: 'revisions',
            label: '修订历史',
            children: <RevisionsTab reportId={report.id} currentRevision={report.currentRevision} />,
          },
          {
            key: 'history',
            label: '流程记录',
            children: (
              <Card size="small">
                <HistoryTimeline
                  history={history}
                  units={units}
                  campaignIssuer={campaign?.issuingUnit ?? null}
                />
              </Card>
            ),
          },
          {
            key: 'document',
            label: '正式文本',
            children: <DocumentTab report={report} canFix={editable} />,
          },
          {
            key: 'attachments',
            label: '附件',
            children: (
              <Card size="small">
                <AttachmentsTab reportId={report.id} canUpload={editable} />
              </Card>
            ),
          },
        ]}
      />
    </Space>
  );
}
