import { PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  InputNumber,
  Modal,
  Select,
  Space,
  Table,
  TreeSelect,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client';
import { useCreateReport } from '../api/mutations';
import type { ReportSummary } from '../api/openapi.gen';
import { errorText, useReports, useUnits } from '../api/queries';
import { clickableRow, emptyOrSkeleton } from '../components/ListState';
import { useAuth } from '../auth/AuthContext';
import { formatDateTime, StateTag } from '../components/common';
import { unitTree } from '../components/unitTree';
import { STATE_LABELS } from '../labels';
import { defaultReportYear, existingReportId, yearNotBegunText } from './reportYearHints';

const PAGE = 50;

/** All reports in the units I reach, filtered by year and state. */
export default function ReportsPage() {
  const { hasRole } = useAuth();
  const [year, setYear] = useState<number | undefined>();
  const [state, setState] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const navigate = useNavigate();
  // Keeps the previous page on screen while the next one loads (no empty flash between pages).
  const query = useReports({ reportYear: year, state, limit: PAGE + 1, offset: page * PAGE });
  const rows = query.data ?? null;
  const error = errorText(query.error);

  const thisYear = new Date().getFullYear();
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          年度报告
        </Typography.Title>
      }
      extra={
        hasRole('drafter', 'coordinator') && (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setCreating(true)}>
            新建报告
          </Button>
        )
      }
    >
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
          aria-label="按环节筛选"
          placeholder="全部环节"
          allowClear
          style={{ width: 160 }}
          value={state}
          onChange={(v) => {
            setState(v);
            setPage(0);
          }}
          options={Object.entries(STATE_LABELS).map(([value, label]) => ({ value, label }))}
        />
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      <Table<ReportSummary>
        rowKey="id"
        dataSource={(rows ?? []).slice(0, PAGE)}
        locale={{ emptyText: emptyOrSkeleton(query.isPending && !error, '没有符合条件的报告') }}
        pagination={false}
        tableLayout="fixed"
        onRow={(r) => clickableRow(() => navigate(`/app/reports/${r.id}`))}
        columns={[
          {
            title: '报告',
            dataIndex: 'title',
            render: (t: string, r) => (
              <Link to={`/app/reports/${r.id}`} className="rf-row-title">
                {t}
              </Link>
            ),
          },
          { title: '单位', dataIndex: ['unit', 'name'], width: 200, ellipsis: true },
          { title: '年度', dataIndex: 'reportYear', width: 80 },
          { title: '环节', dataIndex: 'state', width: 130, render: (s: string) => <StateTag state={s} /> },
          {
            title: '版本',
            dataIndex: 'currentRevision',
            width: 80,
            // A report not yet written has no version: 第 0 版 read as a version (walk).
            render: (n: number) => (n > 0 ? `第 ${n} 版` : '未起草'),
          },
          { title: '最后更新', dataIndex: 'updatedAt', width: 160, render: formatDateTime },
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
      {creating && <CreateReportDialog onClose={() => setCreating(false)} />}
    </Card>
  );
}

function CreateReportDialog({ onClose }: { onClose: () => void }) {
  const { message } = App.useApp();
  const createReport = useCreateReport();
  const navigate = useNavigate();
  const { me } = useAuth();
  const units = useUnits().data ?? [];
  const [error, setError] = useState<string | null>(null);
  // When the unit already has that year's report, the refusal names it: offer to open it
  // rather than leave the drafter to look for it in the list (walk).
  const [existingId, setExistingId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<{ unitId: string; reportYear: number }>();
  const chosenYear = Form.useWatch('reportYear', form);
  return (
    <Modal
      open
      title="新建年度报告"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText="创建"
      cancelText="取消"
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          action={
            existingId ? (
              <Button size="small" type="primary" onClick={() => navigate(`/app/reports/${existingId}`)}>
                打开该报告
              </Button>
            ) : undefined
          }
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ unitId: me?.unit.id, reportYear: defaultReportYear(new Date()) }}
        onFinish={async (v) => {
          setBusy(true);
          setExistingId(null);
          try {
            // The new report joins the lists and 我的待办 (the hook invalidates them).
            const r = await createReport.mutateAsync(v);
            message.success('报告已创建');
            navigate(`/app/reports/${r.id}`);
          } catch (e) {
            setError(e instanceof ApiError ? e.message : '创建失败');
            setExistingId(existingReportId(e));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item label="报送单位" name="unitId" rules={[{ required: true, message: '请选择单位' }]}>
          <TreeSelect treeData={unitTree(units)} showSearch treeNodeFilterProp="title" treeDefaultExpandAll />
        </Form.Item>
        <Form.Item
          label="报告年度"
          name="reportYear"
          rules={[{ required: true, message: '请填写年度' }]}
          extra={
            typeof chosenYear === 'number' && chosenYear > new Date().getFullYear() ? (
              <span data-testid="year-not-begun" style={{ color: '#874d00' }}>
                {yearNotBegunText(chosenYear)}
              </span>
            ) : undefined
          }
        >
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
