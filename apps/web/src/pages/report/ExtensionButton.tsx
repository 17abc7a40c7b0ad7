import { Alert, App, Button, DatePicker, Form, Input, Modal, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useRequestExtension } from '../../api/mutations';
import { useExtensions } from '../../api/queries';
import { formatDate } from '../../components/common';
import type { ReportDetail } from '../../api/openapi.gen';

/** 申请延期: for the drafter or unit leader of a campaign report still in the unit. */
export function ExtensionButton({ report }: { report: ReportDetail }) {
  if (!report.campaignId) return null;
  return <ExtensionRequest report={report} campaignId={report.campaignId} />;
}

/**
 * A request already waiting is shown in its place and the button is off: the walk (P8) asked again
 * because nothing said the first request was pending, and the API refuses a second one.
 */
function ExtensionRequest({ report, campaignId }: { report: ReportDetail; campaignId: string }) {
  const extensions = useExtensions(campaignId);
  const waiting = (extensions.data ?? []).find((x) => x.unitId === report.unit.id && x.status === 'pending');
  const { message } = App.useApp();
  const request = useRequestExtension();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ requestedDueDate: Dayjs; reason: string }>();
  if (waiting)
    return (
      <Tag color="purple" data-testid="extension-pending">
        延期待批：申请延至 {formatDate(waiting.requestedDueDate)}
      </Tag>
    );
  return (
    <>
      <Button onClick={() => setOpen(true)}>申请延期</Button>
      <Modal
        open={open}
        title="申请延期报送"
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okText="提交申请"
        cancelText="取消"
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            setBusy(true);
            setError(null);
            try {
              // The issuer's 延期申请 list and board (pending count) follow (the hook refreshes them).
              await request.mutateAsync({
                campaignId,
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
          <Form.Item
            label="申请延至"
            name="requestedDueDate"
            rules={[{ required: true, message: '请选择日期' }]}
          >
            <DatePicker style={{ width: '100%' }} />
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
