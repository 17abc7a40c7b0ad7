import { Alert, App, Button, Form, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useForwardings, useRecordForwarding, type ForwardingEntry } from '../../api/forwardingQueries';
import type { ForwardingRecord, Forwardings } from '../../api/openapi.gen';
import { formatDate, formatDateTime } from '../../components/common';

type Target = Forwardings['targets'][number];
type BodyStatus = Target['bodies'][number];

const CHANNELS: Array<{ value: ForwardingRecord['channel']; label: string }> = [
  { value: 'confidential_courier', label: '机要交通' },
  { value: 'confidential_mail', label: '机要邮寄' },
  { value: 'e_document_system', label: '电子公文系统' },
  { value: 'other', label: '其他' },
];

/** What the office must fix, in its words (the API answers in English). */
function errorText(e: unknown): string {
  if (!(e instanceof ApiError)) return '登记失败，请重试';
  if (e.code === 'FORWARDING_NOT_ACCEPTED') return '该单位的报告尚未采用：采用后才能登记报送外部机关';
  if (e.code === 'FORWARDING_CHANGED') return '这条报送记录已被他人登记或更正，请关闭后刷新再更正';
  if (e.code === 'FORWARDING_INVALID') {
    const field = e.details.field;
    if (field === 'sentOn') return '报送日期须在采用报告之日至今天之间';
    if (field === 'channelNote') return '报送方式为“其他”时，请写明具体方式';
    if (field === 'body') return '本任务没有列出这个外部机关';
  }
  return e.message;
}

interface Editing {
  target: Target;
  status: BodyStatus;
}

/**
 * 报送外部机关 on the campaign page: nobody acts for 党中央、国务院、中央依法治国办 in the system, so
 * the issuing office sends the accepted report on itself and records it here (per target and body:
 * 已报送 with date and channel, or 待报送). A correction is a new record; the old one stays listed.
 */
export function ForwardingPanel({ campaignId }: { campaignId: string }) {
  const query = useForwardings(campaignId);
  const [editing, setEditing] = useState<Editing | null>(null);
  if (query.error)
    return (
      <Alert
        type="error"
        showIcon
        title={query.error instanceof ApiError ? query.error.message : '加载失败'}
      />
    );
  const view = query.data;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">
        以下机关不在本系统内，由本单位在采用报告后报送，并在此登记报送日期、方式和文号。
      </Typography.Text>
      <Table<Target>
        rowKey={(t) => t.unit.id}
        size="small"
        loading={query.isFetching}
        dataSource={view?.targets ?? []}
        pagination={false}
        scroll={{ y: 360 }}
        data-testid="forwarding-table"
        locale={{ emptyText: '没有报送单位' }}
        columns={[
          { title: '报送单位', width: 200, render: (_, t) => t.unit.name },
          {
            title: '采用日期',
            width: 110,
            render: (_, t) => (t.acceptedOn ? formatDate(t.acceptedOn) : <Tag>尚未采用</Tag>),
          },
          ...(view?.bodies ?? []).map((b, i) => ({
            title: `${b.kind === 'main' ? '主送' : '抄送'}：${b.name}`,
            key: b.body,
            render: (_: unknown, t: Target) => {
              const status = t.bodies[i];
              return (
                <BodyCell
                  status={status}
                  mayRecord={Boolean(view?.mayRecord && t.acceptedOn)}
                  onRecord={() => setEditing({ target: t, status })}
                />
              );
            },
          })),
        ]}
      />
      {editing && (
        <ForwardingDialog campaignId={campaignId} editing={editing} onClose={() => setEditing(null)} />
      )}
    </Space>
  );
}

function BodyCell(props: { status: BodyStatus; mayRecord: boolean; onRecord: () => void }) {
  const { status, mayRecord, onRecord } = props;
  const current = status.current;
  const corrected = status.history.length - 1;
  return (
    <Space orientation="vertical" size={2}>
      {current ? (
        <span>
          <Tag color="green">已报送</Tag>
          {formatDate(current.sentOn)} {current.channelLabel}
          {current.documentNumber ? `（${current.documentNumber}）` : ''}
        </span>
      ) : (
        <Tag color="orange">待报送</Tag>
      )}
      {current && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {current.recordedBy.displayName ?? ''} 于 {formatDateTime(current.recordedAt)} 登记
          {corrected > 0 ? `，已更正 ${corrected} 次` : ''}
        </Typography.Text>
      )}
      {mayRecord && (
        <Button size="small" onClick={onRecord} aria-label={`${current ? '更正' : '登记'}报送${status.name}`}>
          {current ? '更正' : '登记报送'}
        </Button>
      )}
    </Space>
  );
}

type FormValues = {
  sentOn: string;
  channel: ForwardingRecord['channel'];
  channelNote?: string;
  documentNumber?: string;
};

function ForwardingDialog(props: { campaignId: string; editing: Editing; onClose: () => void }) {
  const { campaignId, editing, onClose } = props;
  const { message } = App.useApp();
  const record = useRecordForwarding();
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<FormValues>();
  const channel = Form.useWatch('channel', form);
  const current = editing.status.current;
  return (
    <Modal
      open
      title={`${current ? '更正' : '登记'}报送外部机关：${editing.target.unit.name} → ${editing.status.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      okText={current ? '保存更正' : '登记'}
      cancelText="取消"
      destroyOnHidden
    >
      {current && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`更正不会删除原记录：原登记为 ${formatDate(current.sentOn)} ${current.channelLabel}，仍保留在任务记录中`}
        />
      )}
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form
        form={form}
        layout="vertical"
        initialValues={
          current
            ? {
                sentOn: current.sentOn,
                channel: current.channel,
                channelNote: current.channelNote ?? undefined,
                documentNumber: current.documentNumber ?? undefined,
              }
            : { channel: 'confidential_courier' }
        }
        onFinish={async (v) => {
          setError(null);
          const body: ForwardingEntry = {
            unitId: editing.target.unit.id,
            body: editing.status.body,
            sentOn: v.sentOn,
            channel: v.channel,
            channelNote: v.channel === 'other' ? (v.channelNote?.trim() ?? null) : null,
            documentNumber: v.documentNumber?.trim() || null,
            supersedes: current?.id ?? null,
          };
          try {
            await record.mutateAsync({ campaignId, body });
            message.success(current ? '已更正报送记录' : '已登记报送');
            onClose();
          } catch (e) {
            setError(errorText(e));
          }
        }}
      >
        <Form.Item
          label={`报送日期（不早于采用日期 ${editing.target.acceptedOn ?? ''}，不晚于今天）`}
          name="sentOn"
          rules={[{ required: true, message: '请填写报送日期' }]}
        >
          <Input type="date" min={editing.target.acceptedOn ?? undefined} />
        </Form.Item>
        <Form.Item label="报送方式" name="channel" rules={[{ required: true, message: '请选择报送方式' }]}>
          <Select aria-label="报送方式" options={CHANNELS} />
        </Form.Item>
        {channel === 'other' && (
          <Form.Item
            label="具体方式"
            name="channelNote"
            rules={[{ required: true, whitespace: true, message: '报送方式为“其他”时请写明具体方式' }]}
          >
            <Input maxLength={200} placeholder="如：专人送达" />
          </Form.Item>
        )}
        <Form.Item label="文号（如有）" name="documentNumber">
          <Input maxLength={100} placeholder="如：新法治办〔2026〕12号" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
