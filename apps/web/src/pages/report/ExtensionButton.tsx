import { Alert, App, Button, DatePicker, Form, Input, Modal, Select, Tag, Tooltip } from 'antd';
import { keepEnterFromSubmitting } from '../../components/formKeys';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useRequestExtension } from '../../api/mutations';
import { useExtensions } from '../../api/queries';
import { formatDate } from '../../components/common';
import type { ExtensionWithUnit, ReportDetail } from '../../api/openapi.gen';
import { issuerLabel } from '../../levelWords';

type Asking = ReportDetail['campaigns'][number];

/**
 * 申请延期: for the drafter or unit leader of a campaign report still in the unit. A report asked for
 * by two campaigns asks the one the drafter picks: the request went to the first campaign whatever
 * the office pressing was (a civil servant's walk, stop 40), so the dialog names each with its date.
 */
export function ExtensionButton({ report }: { report: ReportDetail }) {
  const active = report.campaigns.filter((c) => c.active);
  if (active.length === 0) return null;
  return <ExtensionRequest report={report} active={active} />;
}

/**
 * A request already waiting is shown in its place and the button is off: the walk (P8) asked again
 * because nothing said the first request was pending, and the API refuses a second one. With two
 * campaigns the dialog says it of the campaign chosen.
 */
function ExtensionRequest({ report, active }: { report: ReportDetail; active: Asking[] }) {
  const [chosenId, setChosenId] = useState(active[0].campaignId);
  const chosen = active.find((c) => c.campaignId === chosenId) ?? active[0];
  const extensions = useExtensions(chosen.campaignId);
  const waiting = (extensions.data ?? []).find((x) => x.unitId === report.unit.id && x.status === 'pending');
  const { message } = App.useApp();
  const request = useRequestExtension();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ requestedDueDate: Dayjs; reason: string }>();
  const single = active.length === 1;
  if (waiting && single)
    return (
      <Tag color="purple" data-testid="extension-pending">
        延期待批：申请延至 {formatDate(waiting.requestedDueDate)}
      </Tag>
    );
  const named = (c: Asking) => `${issuerLabel(c.issuingUnit)}《${c.title}》`;
  return (
    <>
      {/* With two campaigns, each request waiting is shown too (a walk, stop 40: after the toast
          nothing on the page said one was pending). */}
      {!single &&
        active.map((c) => <PendingExtensionTag key={c.campaignId} campaign={c} unitId={report.unit.id} />)}
      {single && <RefusalTag requests={extensions.data ?? []} unitId={report.unit.id} />}
      <Button onClick={() => setOpen(true)}>申请延期</Button>
      <Modal
        open={open}
        title="申请延期报送"
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        okButtonProps={{ disabled: Boolean(waiting) }}
        confirmLoading={busy}
        okText="提交申请"
        cancelText="取消"
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
        <Form
          form={form}
          layout="vertical"
          onKeyDown={keepEnterFromSubmitting}
          onFinish={async (v) => {
            setBusy(true);
            setError(null);
            try {
              // The issuer's 延期申请 list and board (pending count) follow (the hook refreshes them).
              await request.mutateAsync({
                campaignId: chosen.campaignId,
                body: {
                  requestedDueDate: v.requestedDueDate.format('YYYY-MM-DD'),
                  reason: v.reason.trim(),
                  unitId: report.unit.id,
                },
              });
              message.success('延期申请已提交，等待上级批准');
              setOpen(false);
            } catch (e) {
              setError(e instanceof ApiError ? e.message : '提交失败');
            } finally {
              setBusy(false);
            }
          }}
        >
          {single ? (
            <Form.Item label="报送任务">{named(chosen)}</Form.Item>
          ) : (
            <Form.Item label="向哪个报送任务申请" required>
              <Select
                data-testid="extension-campaign"
                value={chosen.campaignId}
                onChange={(id: string) => {
                  setChosenId(id);
                  form.resetFields(['requestedDueDate']);
                }}
                options={active.map((c) => ({
                  value: c.campaignId,
                  label: `${named(c)}，截止${formatDate(c.dueDate)}`,
                }))}
              />
            </Form.Item>
          )}
          <Form.Item label="现截止日期">
            <span data-testid="extension-current-due">{formatDate(chosen.dueDate)}</span>
          </Form.Item>
          {waiting && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              title={`该任务已有延期申请等待批准（申请延至${formatDate(waiting.requestedDueDate)}），请等待处理结果。`}
            />
          )}
          <Form.Item
            label="申请延至"
            name="requestedDueDate"
            rules={[{ required: true, message: '请选择日期' }]}
            extra="须晚于现截止日期"
          >
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) =>
                !day.isAfter(dayjs(chosen.dueDate), 'day') || day.isBefore(dayjs(), 'day')
              }
            />
          </Form.Item>
          <Form.Item
            label="延期理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={2000}
              placeholder="如：党组会议因主要负责人外出学习推迟召开"
            />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

/** One campaign's request of this unit still waiting, named by its issuer; nothing otherwise. */
function PendingExtensionTag({ campaign, unitId }: { campaign: Asking; unitId: string }) {
  const extensions = useExtensions(campaign.campaignId);
  const waiting = (extensions.data ?? []).find((x) => x.unitId === unitId && x.status === 'pending');
  if (!waiting)
    return (
      <RefusalTag
        requests={extensions.data ?? []}
        unitId={unitId}
        issuer={issuerLabel(campaign.issuingUnit)}
      />
    );
  return (
    <Tag color="purple" data-testid="extension-pending">
      延期待批（{issuerLabel(campaign.issuingUnit)}）：申请延至 {formatDate(waiting.requestedDueDate)}
    </Tag>
  );
}

/**
 * The unit's last request, when the office refused it, with its reason: after a refusal the report
 * page showed no trace of it (a walk, stop 47), and the drafter had only the bell's message to go by.
 */
function RefusalTag({
  requests,
  unitId,
  issuer,
}: {
  requests: ExtensionWithUnit[];
  unitId: string;
  issuer?: string;
}) {
  const own = requests.filter((x) => x.unitId === unitId);
  const last = own[own.length - 1];
  if (!last || last.status !== 'refused') return null;
  return (
    <Tooltip title={last.decisionComment ? `理由：${last.decisionComment}` : undefined}>
      <Tag color="red" data-testid="extension-refused" style={{ whiteSpace: 'normal' }}>
        延期申请未获批准{issuer ? `（${issuer}）` : ''}
        {last.decidedAt ? `，${formatDate(last.decidedAt)}` : ''}
        {last.decisionComment ? `：${last.decisionComment}` : ''}
      </Tag>
    </Tooltip>
  );
}
