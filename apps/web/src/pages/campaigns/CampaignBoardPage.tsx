import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Result,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Typography,
} from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, download } from '../../api/client';
import { boardExportPath } from '../../api/endpoints';
import type { BoardRow, DisclosureColumn, Light, Unit, UnitLevel } from '../../api/openapi.gen';
import {
  useBoard,
  useCampaign,
  useCampaignFindings,
  useExtensions,
  useTargetArea,
  useUnits,
} from '../../api/queries';
import type { BoardQuery } from '../../api/endpoints';
import { BarChart, LineChart, PercentBars } from '../../components/charts';
import { formatDate, formatDateTime } from '../../components/common';
import { Loading } from '../../components/Loading';
import { BOARD_STATE_LABELS as STATE_LABELS } from '../../labels';
import { BoardTable, DISCLOSURE_COLUMN_LABELS } from './BoardTable';
import { CHAIN_SHORTFALL_OPTIONS } from './ChainShortfallTag';
import { ForwardingPanel } from './ForwardingPanel';
import { MeasureFigures } from './MeasureFigures';
import { ItemOrderPicker } from './ItemOrderPicker';
import { NoticeDraftButton } from './NoticeDraftButton';
import { ScoresheetButton } from './ScoreCell';
import { CampaignIssuerActions } from './CampaignIssuerActions';
import {
  areasPanelSubject,
  beforeDue,
  campaignStartDay,
  headlineRate,
  NOT_STARTED_STAGE,
  onTimeByArea,
  overdueTrend,
  stageCounts,
} from './boardStats';
import { areasBelow, inAutonomousRegion, issuerLabel, levelLabels } from '../../levelWords';
import { ExtensionsTable } from './ExtensionsTable';
import { chainRulesText } from './ChainRulesFields';
import { CompilationButton } from './CompilationButton';
import { recipientGroupText } from './recipientGroups';
import { useAuth } from '../../auth/AuthContext';

const LIGHT_LABELS: Record<Light, string> = {
  green: '绿灯（正常）',
  yellow: '黄灯（临期）',
  red: '红灯（逾期）',
};
const STATE_BAR_COLORS: Record<string, string> = {
  submitted: '#d48806',
  accepted: '#389e0d',
  published: '#237804',
  drafting: '#8c8c8c',
  not_started: '#bfbfbf',
};

/** 跟踪看板: every target unit with state, holder, days left/overdue; filters, export, charts; extensions. */
export default function CampaignBoardPage() {
  const { id = '' } = useParams();
  // ?tab=extensions opens 延期申请 (from 我的待办's 待审批延期申请).
  const [searchParams, setSearchParams] = useSearchParams();
  const findings = useCampaignFindings(id);
  const openFindings = new Map((findings.data?.items ?? []).map((f) => [f.reportId, f.open]));
  const { message } = App.useApp();
  const { me } = useAuth();
  const client = useQueryClient();
  const [query, setQuery] = useState<BoardQuery>({ sort: 'urgency' });
  const campaignQuery = useCampaign(id);
  const campaign = campaignQuery.data;
  const unitsQuery = useUnits();
  // The issuing office's coordinator reaches its own office only (a 依法治州办 under the 州委), so the
  // units it asks come with the target area: without them every county fell into 本级部门 (now 本级单位) (a walk,
  // stop 40). Asked only of the issuer's own coordinators; anyone else reads the board with its units.
  const issuesHere =
    campaignQuery.data !== undefined &&
    (me?.roles ?? []).some((r) => r.role === 'coordinator' && r.unitId === campaignQuery.data.issuingUnit.id);
  const areaQuery = useTargetArea(issuesHere ? campaignQuery.data?.issuingUnit.id : undefined);
  const units = useMemo(
    () =>
      new Map<string, Unit>(
        [...(areaQuery.data?.units ?? []), ...(unitsQuery.data ?? [])].map((u) => [u.id, u]),
      ),
    [unitsQuery.data, areaQuery.data],
  );
  // Anyone but the issuing office (an office above reading a county's cascade) opens only the reports
  // of units it reaches itself: the rows' links led the 依法治州办 to 404 (a walk, stop 51).
  // A report sent to another office and never here opens only to those who reach its unit: the
  // issuing office's link led to 无权查看 (a walk, stop 53).
  const opensReport = useMemo(() => {
    const reached = new Set((unitsQuery.data ?? []).map((u) => u.id));
    if (issuesHere) return (row: BoardRow) => row.state !== 'sent_elsewhere' || reached.has(row.unit.id);
    if (!unitsQuery.data) return undefined;
    return (row: BoardRow) => reached.has(row.unit.id);
  }, [issuesHere, unitsQuery.data]);
  // 报送记录 (a unit's other years and campaigns) opens for the units the reader reaches itself: the
  // issuing 依法治X办 reads its campaign's reports but not its targets' records (a walk, stop 55:
  // every link led it to 无权查看).
  const opensHistory = useMemo(() => {
    if (!unitsQuery.data) return undefined;
    const reached = new Set(unitsQuery.data.map((u) => u.id));
    return (row: BoardRow) => reached.has(row.unit.id);
  }, [unitsQuery.data]);
  const extensionsQuery = useExtensions(id);
  // Extensions are the issuer's: anyone else gets none (as an empty list), not an error.
  const extensions = extensionsQuery.isError ? [] : extensionsQuery.data;
  const boardQuery = useBoard(id, query);
  const board = boardQuery.data;
  // The charts and totals are of every target: the unfiltered board (the same query when nothing is filtered).
  const filtered = Object.keys(query).some(
    (k) => k !== 'sort' && k !== 'order' && query[k as keyof BoardQuery] !== undefined,
  );
  const all = useBoard(id, filtered ? {} : query).data;
  const loading = boardQuery.isFetching;
  const failure = campaignQuery.error ?? boardQuery.error;
  const error = failure
    ? failure instanceof ApiError
      ? failure
      : new ApiError(0, 'UNKNOWN', '加载失败')
    : null;
  /** 刷新 reads the board again (its rows, counts and the charts' unfiltered rows). */
  const load = () => client.invalidateQueries({ queryKey: ['board', id] });

  // An autonomous region names its levels its own way (自治区级, 地（州、市）级).
  const region = useMemo(() => inAutonomousRegion([...units.values()].map((u) => u.name)), [units]);
  const levelNames = levelLabels(region);
  const stats = useMemo(() => {
    if (!all || !campaign) return null;
    const issuerLevel = units.get(campaign.issuingUnit.id)?.level ?? 'prefecture';
    const byCounty = onTimeByArea(all.rows, units, all.today, issuerLevel, all.children);
    const areas = areasPanelSubject(byCounty, areasBelow(issuerLevel, region));
    return {
      byState: stageCounts(all.totals.byState, all.rows).map(([state, value]) => ({
        label: state === 'not_started' ? NOT_STARTED_STAGE : (STATE_LABELS[state] ?? state),
        value,
        color: STATE_BAR_COLORS[state],
      })),
      byCounty,
      headline: headlineRate(all.rows, all.totals, all.today),
      // No area is due yet: no rate to chart, only how many have reported so far (#19 item 6).
      countyTitle: `${areas}${beforeDue(all.rows, all.today) ? '报送情况（未到期）' : '按时报送率'}`,
      trend: overdueTrend(all.rows, all.today, campaignStartDay(campaign)),
    };
  }, [all, units, campaign, region]);

  const exportBoard = async (kind: 'csv' | 'xlsx') => {
    try {
      const { blob, filename } = await download(boardExportPath(id, kind), {
        ...query,
        state: query.state?.join(','),
      });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename;
      link.click();
      URL.revokeObjectURL(link.href);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '导出失败');
    }
  };

  if (error && !board)
    return <Result status={error.status === 404 ? '404' : 'error'} title={error.message} />;
  if (!campaign || !board || !stats || !all) return <Loading />;
  // 催办 is the issuing office's (a coordinator above reads the board but may not press).
  const issuer = (me?.roles ?? []).some(
    (r) => r.role === 'coordinator' && r.unitId === campaign.issuingUnit.id,
  );
  const targetIds = new Set(all.rows.map((r) => r.unit.id));
  const t = all.totals;
  const pending = (extensions ?? []).filter((e) => e.status === 'pending').length;

  // The levels this campaign's units are at: a 州's board offered 省级 and 乡镇级 too (walk, stop 39).
  const targetLevels = new Set(all.rows.map((r) => units.get(r.unit.id)?.level));
  const levelOptions = (Object.keys(levelNames) as UnitLevel[]).filter(
    (l) => targetLevels.has(l) || targetLevels.has(undefined) || query.unitLevel === l,
  );
  const filters = (
    <Space wrap style={{ marginBottom: 12 }}>
      <Select
        aria-label="按环节筛选"
        placeholder="全部环节"
        allowClear
        style={{ width: 150 }}
        value={query.state}
        onChange={(state) => setQuery((q) => ({ ...q, state }))}
        options={Object.keys(t.byState).map((s) => ({ value: s, label: STATE_LABELS[s] ?? s }))}
      />
      <Select
        aria-label="按预警状态筛选"
        placeholder="全部预警状态"
        allowClear
        style={{ width: 150 }}
        value={query.light}
        onChange={(light) => setQuery((q) => ({ ...q, light }))}
        options={(Object.keys(LIGHT_LABELS) as Light[]).map((l) => ({ value: l, label: LIGHT_LABELS[l] }))}
      />
      <Select
        aria-label="是否逾期"
        placeholder="逾期与否"
        allowClear
        style={{ width: 140 }}
        value={query.overdue === undefined ? undefined : String(query.overdue)}
        onChange={(v?: string) =>
          setQuery((q) => ({ ...q, overdue: v === undefined ? undefined : v === 'true' }))
        }
        options={[
          { value: 'true', label: '仅逾期未报' },
          { value: 'false', label: '未逾期' },
        ]}
      />
      <Select
        aria-label="按层级筛选"
        placeholder="全部层级"
        allowClear
        style={{ width: 150 }}
        value={query.unitLevel}
        onChange={(unitLevel?: UnitLevel) => setQuery((q) => ({ ...q, unitLevel }))}
        options={levelOptions.map((l) => ({ value: l, label: levelNames[l] }))}
      />
      <Select
        aria-label="按公开情况筛选"
        placeholder="公开情况"
        allowClear
        style={{ width: 140 }}
        value={query.disclosure}
        onChange={(disclosure?: DisclosureColumn) => setQuery((q) => ({ ...q, disclosure }))}
        options={(Object.keys(DISCLOSURE_COLUMN_LABELS) as DisclosureColumn[]).map((c) => ({
          value: c,
          label: DISCLOSURE_COLUMN_LABELS[c],
        }))}
      />
      <Select
        aria-label="按整改情况筛选"
        placeholder="整改情况"
        allowClear
        style={{ width: 140 }}
        value={query.openFindings === undefined ? undefined : String(query.openFindings)}
        onChange={(v?: string) =>
          setQuery((q) => ({ ...q, openFindings: v === undefined ? undefined : v === 'true' }))
        }
        options={[
          { value: 'true', label: '待整改' },
          { value: 'false', label: '无待整改' },
        ]}
      />
      <Select
        aria-label="按内部流程筛选"
        placeholder="内部流程"
        allowClear
        style={{ width: 170 }}
        value={query.chainShortfall === undefined ? undefined : String(query.chainShortfall)}
        onChange={(v?: string) =>
          setQuery((q) => ({ ...q, chainShortfall: v === undefined ? undefined : v === 'true' }))
        }
        options={CHAIN_SHORTFALL_OPTIONS}
      />
      <Select
        aria-label="排序"
        style={{ width: 150 }}
        value={query.sort}
        onChange={(sort) => setQuery((q) => ({ ...q, sort }))}
        options={[
          { value: 'urgency', label: '按紧急程度' },
          { value: 'unit', label: '按单位' },
          { value: 'state', label: '按环节' },
          { value: 'dueDate', label: '按截止日期' },
          { value: 'returnCount', label: '按退回次数' },
          { value: 'submittedAt', label: '按报送时间' },
        ]}
      />
      <Button icon={<ReloadOutlined aria-hidden />} onClick={() => void load()}>
        刷新
      </Button>
      <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void exportBoard('xlsx')}>
        导出 Excel
      </Button>
      <Button icon={<DownloadOutlined aria-hidden />} onClick={() => void exportBoard('csv')}>
        导出 CSV
      </Button>
      {/* A withdrawn campaign's 素材汇编 and 通报 are closed (409): not offered. */}
      {campaign.status === 'active' && (
        <CompilationButton campaignId={id} issuingUnitId={campaign.issuingUnit.id} />
      )}
      <ScoresheetButton campaignId={id} />
      {campaign.status === 'active' && <NoticeDraftButton campaignId={id} />}
      <Typography.Text type="secondary">
        显示 {board.filteredCount} / {t.targets} 个单位
      </Typography.Text>
    </Space>
  );

  const hasForwardings =
    campaign.recipients.external.main.length + campaign.recipients.external.copy.length > 0;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Card size="small">
        <Space style={{ width: '100%', justifyContent: 'space-between', alignItems: 'flex-start' }} wrap>
          <Typography.Title level={2} style={{ fontSize: 18, margin: '0 0 8px' }}>
            {campaign.notice.title}
          </Typography.Title>
          {issuer && campaign.status === 'active' && (
            <CampaignIssuerActions campaign={campaign} targetIds={targetIds} />
          )}
        </Space>
        {campaign.withdrawn && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 8 }}
            data-testid="campaign-withdrawn"
            title={`本报送任务已于 ${formatDateTime(campaign.withdrawn.at)} 撤销${
              campaign.withdrawn.reason ? `（${campaign.withdrawn.reason}）` : ''
            }`}
            description="看板只记录撤销前各单位向本任务报送和接收、退回的情况，不再显示各单位此后的办理环节和办理人。"
          />
        )}
        <Descriptions
          size="small"
          column={4}
          items={[
            { key: 'no', label: '文号', children: campaign.notice.documentNumber ?? '—' },
            {
              key: 'year',
              label: '报告年度',
              children:
                campaign.reportLine === 'demonstration_area'
                  ? `${campaign.reportYear}（示范地区年度报告）`
                  : campaign.reportYear,
            },
            {
              key: 'due',
              label: '截止日期',
              children: campaign.dueDate ? formatDate(campaign.dueDate) : '按法定日期',
            },
            { key: 'pub', label: '公开截止', children: formatDate(campaign.disclosureDate) },
            { key: 'chain', label: '内部审核流程要求', children: chainRulesText(campaign.chainRules) },
            {
              key: 'scan',
              label: '盖章扫描件',
              // One line: beside a long 内部审核流程要求 it wrapped a character a line (a walk, stop 53).
              children: (
                <span style={{ whiteSpace: 'nowrap' }}>
                  {campaign.requiresStampedScan ? '报送时须上传' : '不要求'}
                </span>
              ),
            },
            ...(campaign.recipients.perTarget
              ? [
                  {
                    key: 'per-target',
                    label: '主送、抄送（按报送路径）',
                    span: 'filled' as const,
                    children: (
                      <ul
                        data-testid="campaign-recipient-groups"
                        style={{ margin: 0, paddingInlineStart: 20 }}
                      >
                        {campaign.recipients.perTarget.map((group) => (
                          <li key={group.targets.map((t) => t.id).join(',')}>{recipientGroupText(group)}</li>
                        ))}
                      </ul>
                    ),
                  },
                ]
              : [
                  {
                    key: 'main',
                    label: '主送',
                    children: recipientsText(campaign.recipients.main, campaign.recipients.external.main),
                  },
                  {
                    key: 'copy',
                    label: '抄送',
                    children: recipientsText(campaign.recipients.copy, campaign.recipients.external.copy),
                  },
                ]),
          ]}
        />
        <Row gutter={16} className="rf-figures" data-testid="board-headline">
          <Col span={4}>
            <Statistic title="报送单位" value={t.targets} />
          </Col>
          <Col span={4}>
            {/* Sent, accepted ones included: 各环节进度's 已报送 is the stage (a walk, stop 48, read
                已报送 2 above 已报送 0 / 已接收 2 as a contradiction). */}
            <Statistic title="已报送（含已接收）" value={t.submitted} />
          </Col>
          <Col span={4}>
            <Statistic
              title="按时报送"
              value={t.submittedOnTime}
              styles={{ content: { color: '#237804' } }}
            />
          </Col>
          <Col span={4}>
            <Statistic
              title="逾期未报"
              value={t.overdue}
              styles={{ content: { color: t.overdue ? '#cf1322' : undefined } }}
            />
          </Col>
          <Col span={4}>
            <Statistic
              title={stats.headline.label}
              value={stats.headline.rate === null ? '—' : `${Math.round(stats.headline.rate * 100)}%`}
            />
          </Col>
          <Col span={4}>
            <Statistic title="延期待批" value={pending} />
          </Col>
        </Row>
        <MeasureFigures
          measures={all.measures}
          notDue={{
            notice: all.rows.every((r) => r.originalDueDate >= all.today),
            extended: beforeDue(all.rows, all.today),
          }}
        />
      </Card>
      <Tabs
        type="card"
        // The tab follows the address (review, stop 47: read on mount only, a bell's link to
        // ?tab=extensions on this page changed nothing): a link opens it, and a tab chosen is a link.
        activeKey={shownTab(searchParams.get('tab'), hasForwardings)}
        onChange={(key) =>
          setSearchParams(
            (params) => {
              const next = new URLSearchParams(params);
              if (key === 'board') next.delete('tab');
              else next.set('tab', key);
              return next;
            },
            { replace: true },
          )
        }
        items={[
          {
            key: 'board',
            label: '跟踪看板',
            children: (
              <Space orientation="vertical" style={{ width: '100%' }} size="middle">
                {/* The units first: under the charts the table began below a 768-high screen (a walk,
                    stop 46); the charts summarise it and follow. */}
                <Card size="small">
                  {filters}
                  {error && <Alert type="error" showIcon title={error.message} />}
                  <BoardTable
                    // A new table for each campaign: opening a cascade from its parent's 下级任务 kept,
                    // in 2 of 5 tries, the parent's row on screen under the cascade's header (the
                    // virtual list did not redraw; a walk, stop 52).
                    key={id}
                    rows={board.rows}
                    loading={loading}
                    height={420}
                    openFindings={openFindings}
                    campaignActive={campaign.status === 'active'}
                    opensReport={opensReport}
                    opensHistory={opensHistory ?? (() => false)}
                    urge={{
                      campaignId: id,
                      today: board.today,
                      mayUrge: issuer && campaign.status === 'active',
                    }}
                  />
                </Card>
                <Row gutter={16}>
                  <Col span={8}>
                    <Card size="small" title="各环节进度">
                      <BarChart title="各环节单位数" bars={stats.byState} />
                    </Card>
                  </Col>
                  <Col span={8}>
                    <Card size="small" title={stats.countyTitle}>
                      {/* Scrolls when there are many areas: focusable, so the keyboard can scroll it too.
                          As tall as the stages' chart beside it: at 180 px a prefecture's eighth area
                          was cut at 1366×768 with nothing to say the list went on (walk, stop 39). */}
                      <div
                        style={{ maxHeight: 232, overflowY: 'auto', scrollbarGutter: 'stable' }}
                        tabIndex={0}
                        role="region"
                        aria-label={stats.countyTitle}
                      >
                        <PercentBars title={stats.countyTitle} rows={stats.byCounty} />
                      </div>
                    </Card>
                  </Col>
                  <Col span={8}>
                    <Card size="small" title="逾期未报趋势">
                      <LineChart title="每日逾期未报单位数" points={stats.trend} />
                    </Card>
                  </Col>
                </Row>
              </Space>
            ),
          },
          ...(hasForwardings
            ? [
                {
                  key: 'forwardings',
                  label: '报送外部机关',
                  children: <ForwardingPanel campaignId={id} />,
                },
              ]
            : []),
          {
            key: 'extensions',
            label: `延期申请${pending ? `（${pending}）` : ''}`,
            children: (
              <Card size="small">
                <ExtensionsTable items={extensions ?? []} loading={extensions === undefined} />
              </Card>
            ),
          },
          {
            key: 'cascades',
            label: '下级任务',
            children: (
              <Card size="small">
                <Table
                  rowKey="id"
                  size="small"
                  dataSource={board.children}
                  pagination={false}
                  locale={{ emptyText: '下级尚未转发本任务' }}
                  columns={[
                    {
                      title: '下级任务',
                      dataIndex: 'title',
                      render: (title: string, c) => <Link to={`/app/campaigns/${c.id}`}>{title}</Link>,
                    },
                    { title: '报送单位', render: (_, c) => c.totals.targets },
                    { title: '已报送', render: (_, c) => c.totals.submitted },
                    { title: '逾期未报', render: (_, c) => c.totals.overdue },
                  ]}
                />
              </Card>
            ),
          },
          {
            key: 'notice',
            label: '任务通知',
            children: (
              <Card size="small">
                <Typography.Paragraph className="rf-section-text">
                  {campaign.notice.body}
                </Typography.Paragraph>
                <Descriptions
                  size="small"
                  column={2}
                  items={[
                    {
                      key: 'issuer',
                      label: '下发单位',
                      children: issuerLabel(campaign.issuingUnit, units.get(campaign.issuingUnit.id)),
                    },
                    { key: 'on', label: '发文日期', children: formatDate(campaign.notice.issuedOn) },
                    {
                      key: 'limits',
                      label: '环节时限',
                      // The stages the campaign set no limit for still get the system's one: 签发 and
                      // 编号发文 showed limits the notice did not list (a walk, stop 48).
                      children: campaign.stageLimits
                        ? `${Object.entries(campaign.stageLimits)
                            .map(([s, d]) => `${STATE_LABELS[s] ?? s} ${d} 个工作日`)
                            .join('；')}；其余环节按系统默认时限`
                        : '各环节均按系统默认时限',
                    },
                    {
                      key: 'reminders',
                      label: '催办提醒',
                      children: `截止前 ${campaign.reminderPolicy.dueBefore.join('、')} 个工作日提醒；逾期 ${campaign.reminderPolicy.escalateToLeaderAfter} 日报单位负责人，${campaign.reminderPolicy.escalateToCoordinatorAfter} 日督办`,
                    },
                  ]}
                />
                <ItemOrderPicker campaignId={id} issuingUnitId={campaign.issuingUnit.id} />
              </Card>
            ),
          },
        ]}
      />
    </Space>
  );
}

/**
 * A list of recipients as the 公文 prints it, units first; bodies outside the tree (党中央、国务院)
 * are marked: nobody in the system receives for them, the issuing unit sends the report on.
 */
function recipientsText(units: Array<{ name: string }>, bodies: Array<{ name: string }>): string {
  const names = units.map((u) => u.name);
  if (bodies.length > 0) names.push(`${bodies.map((b) => b.name).join('、')}（系统外，由下发单位报送）`);
  return names.length > 0 ? names.join('、') : '无';
}

const TABS = ['board', 'forwardings', 'extensions', 'cascades', 'notice'] as const;

/** The tab an address asks for, when this campaign has it; else the board. */
function shownTab(requested: string | null, hasForwardings: boolean): string {
  const known = TABS.find((tab) => tab === requested);
  if (!known || (known === 'forwardings' && !hasForwardings)) return 'board';
  return known;
}
