import { Alert, App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useOverrideCheck } from '../../api/mutations';
import type { ReportDetail } from '../../api/openapi.gen';

/** The department reviewer lets the current revision leave drafting although 形式审查 fails, with a reason. */
export function OverrideButton({ report }: { report: ReportDetail }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const override = useOverrideCheck(report.id);
  return (
    <>
      <Button onClick={() => setOpen(true)}>准予提交（形式审查）</Button>
      <Modal
        open={open}
        title="准予当前版本提交"
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={busy}
        okText="确定"
        cancelText="取消"
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
        <p>
          形式审查未通过时，可说明理由后准予第 {report.currentRevision}{' '}
          版提交；起草人再次修改保存后需重新审查。
        </p>
        <Form
          form={form}
          layout="vertical"
          onFinish={async (v) => {
            setBusy(true);
            setError(null);
            try {
              await override.mutateAsync(v.reason.trim());
              message.success('已准予提交，理由已记入流程记录');
              setOpen(false);
            } catch (e) {
              setError(e instanceof ApiError ? e.message : '操作失败');
            } finally {
              setBusy(false);
            }
          }}
        >
          <Form.Item
            label="理由"
            name="reason"
            rules={[{ required: true, whitespace: true, message: '请填写理由' }]}
          >
            <Input.TextArea rows={3} maxLength={1000} placeholder="如：往年报告补报，年度按实际填写" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
