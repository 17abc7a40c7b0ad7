import { Alert, Button, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorText, useCopies } from '../api/queries';
import { useAuth } from '../auth/AuthContext';
import { clickableRow, emptyOrSkeleton } from '../components/ListState';
import type { CopiedReport } from '../api/openapi.gen';
import { formatDateTime, StateTag } from '../components/common';

const PAGE = 50;

/**
 * 收文方式. 报送: the report answers a campaign this unit issued, which names it on none of its lists
 * (it accepts or returns the report; a walk, stop 49, found such a report listed as 主送 while the
 * 公文 was addressed to others).
 */
const RECEIVED_AS: Record<CopiedReport['receivedAs'], string> = {
  main: '主送',
  issuer: '报送',
  copy: '抄送',
};
const RECEIVED_AS_HINT: Record<CopiedReport['receivedAs'], string> = {
  main: '本单位为主送机关',
  issuer: '按本单位下发的报送任务报送，由本单位接收或退回',
  copy: '抄送本单位，仅供阅知',
};

/**
 * 收到的报告: reports sent to my unit, as 主送 or 抄送, newest dispatch first. A row opens the report
 * read-only, at the version dispatched to us (the API shows a reader nothing else).
 */
export default function CopiesPage() {
  const navigate = useNavigate();
  const [year, setYear] = useState<number | undefined>();
  const [receivedAs, setReceivedAs] = useState<CopiedReport['receivedAs'] | undefined>();
  const [page, setPage] = useState(0);
  const query = useCopies({ reportYear: year, receivedAs, limit: PAGE + 1, offset: page * PAGE });
  const rows = query.data ?? null;
  const error = errorText(query.error);
  // An office's 经办人 belong to the 司法局 that houses it: their list is the office's, so it says
  // which unit each report went to whenever that is not their own.
  const { me } = useAuth();
  const showReceiver = (rows ?? []).some((r) => r.receivedBy.id !== me?.unit.id);

  const thisYear = new Date().getFullYear();
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          收到的报告
        </Typography.Title>
      }
      extra={<Button onClick={() => void query.refetch()}>刷新</Button>}
    >
      <Typography.Paragraph type="secondary">
        各单位报送本单位（主送，或按本单位下发的任务报送）或抄送本单位的年度报告；所列为最近一次报送时的版本和环节，接收、退回由下发报送任务的单位办理。
      </Typography.Paragraph>
      <Space style={{ marginBottom: 12 }} wrap>
        <Select
          aria-label="按年度筛选"
          placeholder="全部年度"
          allowClear
          style={{ width: 140 }}
          value={year}
          onChange={(v) => {
            setYear(v);
            setPage(0);
          }}
          options={Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => ({
            value: y,
            label: `${y}年度`,
          }))}
        />
        <Select
          aria-label="按收文方式筛选"
          placeholder="全部收文方式"
          allowClear
          style={{ width: 140 }}
          value={receivedAs}
          onChange={(v) => {
            setReceivedAs(v);
            setPage(0);
          }}
          options={(['main', 'issuer', 'copy'] as const).map((v) => ({
            value: v,
            label: v === 'issuer' ? '仅报送（本单位任务）' : `仅${RECEIVED_AS[v]}`,
          }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<CopiedReport>
        rowKey={(r) => `${r.id}:${r.receivedBy.id}`}
        dataSource={(rows ?? []).slice(0, PAGE)}
        locale={{
          emptyText: emptyOrSkeleton(
            query.isPending && !error,
            receivedAs ? `暂无${RECEIVED_AS[receivedAs]}本单位的报告` : '暂无报送或抄送本单位的报告',
          ),
        }}
        pagination={false}
        tableLayout="fixed"
        onRow={(r) => clickableRow(() => navigate(`/app/reports/${r.id}`))}
        columns={[
          {
            title: '报告',
            dataIndex: 'title',
            render: (t: string, r) => (
              <>
                <a
                  className="rf-row-title"
                  href={`/app/reports/${r.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    navigate(`/app/reports/${r.id}`);
                  }}
                >
                  {t}
                </a>
                {r.campaigns.length > 0 && (
                  // 来文依据: the notice that addressed this unit (scenario test, stop 48: every row
                  // named the campaign the report was made under).
                  <Typography.Text
                    type="secondary"
                    style={{ display: 'block', fontSize: 12 }}
                    data-testid="copy-campaigns"
                  >
                    依据：
                    {r.campaigns
                      .map(
                        (c) =>
                          `《${c.title}》${c.documentNumber ? `（${c.documentNumber}）` : ''}${campaignWords(c)}`,
                      )
                      .join('；')}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: '报送单位', dataIndex: ['unit', 'name'], width: 150 },
          ...(showReceiver ? [{ title: '收文单位', dataIndex: ['receivedBy', 'name'], width: 130 }] : []),
          { title: '年度', dataIndex: 'reportYear', width: 64 },
          {
            title: '收文方式',
            dataIndex: 'receivedAs',
            width: 96,
            render: (v: CopiedReport['receivedAs'], r) =>
              // 抄送 to the office that issued the notice (the routing table copies the 依法治X办): it
              // still accepts or returns the report, which "仅供阅知" hid (a walk, stop 57).
              v === 'copy' && r.campaigns.some((c) => c.issuedByYou) ? (
                <Tag
                  color="blue"
                  className="rf-tag-wrap"
                  title="本单位下发的报送任务（通知中抄送本单位），由本单位接收或退回"
                >
                  抄送·本单位下发
                </Tag>
              ) : (
                <Tag color={v === 'copy' ? undefined : 'blue'} title={RECEIVED_AS_HINT[v]}>
                  {RECEIVED_AS[v]}
                </Tag>
              ),
          },
          {
            title: '收到版本',
            width: 100,
            render: (_, r) => (
              <>
                第 {r.copy.revision} 版
                {r.copy.dispatchCount > 1 && (
                  <Tag style={{ marginLeft: 4 }} title={`共报送 ${r.copy.dispatchCount} 次`}>
                    报送 {r.copy.dispatchCount} 次
                  </Tag>
                )}
              </>
            ),
          },
          { title: '收到时间', width: 150, render: (_, r) => formatDateTime(r.copy.dispatchedAt) },
          {
            title: '报送时环节',
            dataIndex: 'state',
            width: 116,
            render: (s: string) => <StateTag state={s} />,
          },
        ]}
      />
      <Space style={{ marginTop: 12 }}>
        <Button disabled={page === 0} onClick={() => setPage((p) => p - 1)}>
          上一页
        </Button>
        <span>第 {page + 1} 页</span>
        <Button disabled={(rows?.length ?? 0) <= PAGE} onClick={() => setPage((p) => p + 1)}>
          下一页
        </Button>
      </Space>
    </Card>
  );
}

/** How a campaign addressed the unit, after its title: its issuer is said to decide the report. */
function campaignWords(c: CopiedReport['campaigns'][number]): string {
  if (c.receivedAs === 'issuer') return '（本单位下发）';
  return c.issuedByYou
    ? `${RECEIVED_AS[c.receivedAs]}（本单位下发，负责接收、退回）`
    : RECEIVED_AS[c.receivedAs];
}
