import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useEnterSchedule, useWithdrawSchedule } from '../../api/adminMutations';
import { useCalendarOverview } from '../../api/adminQueries';
import type { ScheduleYearStatus } from '../../api/calendar';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/queries';
import { formatDateTime } from '../../components/common';
import { scopeLabel } from '../../layout/CalendarMissingBanner';

interface EntryForm {
  scope: string;
  year: number;
  json: string;
}

const NATIONAL = 'national';

/**
 * 节假日安排: the years in force (built-in file or entered here), what is missing, and a form that
 * takes the JSON of a config/calendar file (pasted or chosen) for a year. The API validates it
 * like a file at load and names the bad entry; it counts for deadlines within seconds.
 */
export default function CalendarPage() {
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryForm>();
  const enterSchedule = useEnterSchedule();
  const withdrawSchedule = useWithdrawSchedule();
  const overviewQuery = useCalendarOverview();
  const overview = overviewQuery.data;
  const loadError = errorText(overviewQuery.error);
  const [entryError, setEntryError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const scopes = [
    ...(overview?.national ? [{ value: NATIONAL, label: '国务院节假日安排（全国）' }] : []),
    ...[
      ...new Set([
        ...(overview?.regions ?? []).map((r) => r.region),
        ...(overview?.places ?? []).map((p) => p.region),
      ]),
    ]
      .filter((r): r is string => r !== null)
      .map((r) => ({ value: r, label: scopeLabel(r) })),
  ];

  const readFile = async (file: File | undefined) => {
    if (file) form.setFieldValue('json', await file.text());
  };

  const submit = async (values: EntryForm) => {
    setEntryError(null);
    let schedule: Record<string, unknown>;
    try {
      schedule = JSON.parse(values.json) as Record<string, unknown>;
    } catch (e) {
      setEntryError(`不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    setSaving(true);
    try {
      const region = values.scope === NATIONAL ? null : values.scope;
      const saved = await enterSchedule.mutateAsync({ region, year: values.year, schedule });
      message.success(
        saved.replaced === 'file'
          ? `已录入 ${values.year} 年安排，替代内置文件，立即生效`
          : `已录入 ${values.year} 年安排，立即生效`,
      );
      form.resetFields(['json']);
    } catch (e) {
      // The server names the file-style path of the bad entry, e.g. holidays[3].date.
      setEntryError(e instanceof ApiError ? e.serverMessage || e.message : '录入失败');
    } finally {
      setSaving(false);
    }
  };

  const withdraw = async (region: string | null, year: number) => {
    try {
      await withdrawSchedule.mutateAsync({ region, year });
      message.success(`已撤销 ${year} 年录入的安排`);
    } catch (e) {
      message.error(e instanceof ApiError ? e.message : '撤销失败');
    }
  };

  const yearTable = (region: string | null, years: ScheduleYearStatus[]) => (
    <Table<ScheduleYearStatus>
      rowKey="year"
      size="small"
      dataSource={years}
      pagination={false}
      columns={[
        { title: '年份', dataIndex: 'year', width: 90 },
        {
          title: '来源',
          render: (_, y) =>
            y.origin === 'file' ? (
              <Tag>内置文件</Tag>
            ) : (
              <Tag color="blue">{y.overridesFile ? '系统录入（替代内置文件）' : '系统录入'}</Tag>
            ),
        },
        { title: '录入时间', dataIndex: 'enteredAt', render: (v?: string) => (v ? formatDateTime(v) : '—') },
        {
          title: '操作',
          width: 100,
          render: (_, y) =>
            y.origin === 'entered' ? (
              <Popconfirm
                title="撤销后该年恢复使用内置文件或按周一至周五计算，确定？"
                onConfirm={() => void withdraw(region, y.year)}
              >
                <Button size="small">撤销</Button>
              </Popconfirm>
            ) : null,
        },
      ]}
    />
  );

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          节假日安排
        </Typography.Title>
      }
    >
      <Typography.Paragraph type="secondary">
        环节期限、催办时间和“剩余工作日”按工作日计算。缺少某年的国务院节假日安排时按周一至周五计算。国务院办公厅每年
        10—12
        月公布下一年的安排，可在此录入，无需重新部署，几秒内对所有服务生效；录入的年份替代同年的内置文件。
      </Typography.Paragraph>
      {loadError && <Alert type="error" showIcon title={loadError} />}
      {overviewQuery.isPending && !loadError && <Skeleton active paragraph={{ rows: 6 }} />}
      {overview && overview.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`缺少：${overview.missing.map((m) => `${m.year}年${scopeLabel(m.region)}`).join('、')}`}
        />
      )}
      <Space direction="vertical" style={{ width: '100%' }} size="large">
        {overview?.national && (
          <div>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              国务院节假日安排
            </Typography.Title>
            {yearTable(null, overview.national)}
          </div>
        )}
        {overview?.regions.map((r) => (
          <div key={r.region}>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {scopeLabel(r.region)}
            </Typography.Title>
            {yearTable(r.region, r.years)}
          </div>
        ))}
        {scopes.length === 0 && overview && (
          <Alert type="info" showIcon title="您的管理员角色不在顶级单位或省级单位，无需维护节假日安排。" />
        )}
        {scopes.length > 0 && (
          <Form<EntryForm>
            form={form}
            layout="vertical"
            onFinish={(v) => void submit(v)}
            initialValues={{ scope: scopes[0]?.value, year: Number(overview?.today.slice(0, 4) ?? 2026) + 1 }}
          >
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              录入或替换一年的安排
            </Typography.Title>
            <Space wrap>
              <Form.Item name="scope" label="范围" rules={[{ required: true }]}>
                <Select options={scopes} style={{ width: 280 }} />
              </Form.Item>
              <Form.Item name="year" label="年份" rules={[{ required: true }]}>
                <InputNumber min={2000} max={2999} precision={0} />
              </Form.Item>
              <Form.Item label="从文件读取（与 config/calendar 中的文件格式相同）">
                <input
                  type="file"
                  accept="application/json,.json"
                  aria-label="选择节假日安排 JSON 文件"
                  onChange={(e) => void readFile(e.target.files?.[0])}
                />
              </Form.Item>
            </Space>
            <Form.Item
              name="json"
              label="安排（JSON）"
              rules={[{ required: true, message: '请粘贴或选择节假日安排 JSON' }]}
            >
              <Input.TextArea rows={12} spellCheck={false} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
            {entryError && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={entryError} />}
            <Button type="primary" htmlType="submit" loading={saving}>
              校验并录入
            </Button>
          </Form>
        )}
      </Space>
    </Card>
  );
}
