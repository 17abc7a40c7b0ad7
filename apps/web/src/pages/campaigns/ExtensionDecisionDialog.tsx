import { Alert, App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useDecideExtension } from '../../api/mutations';
import type { ExtensionWithUnit } from '../../api/openapi.gen';
import { formatDate, formatDateTime } from '../../components/common';
import { keepEnterFromSubmitting } from '../../components/formKeys';

/** The two buttons that open the decision dialog, on the campaign's 延期申请 and in 我的待办. */
export function DecisionButtons({ onDecide }: { onDecide: (decision: 'grant' | 'refuse') => void }) {
  return (
    <Space>
      <Button size="small" type="primary" onClick={() => onDecide('grant')}>
        批准
      </Button>
      <Button size="small" danger onClick={() => onDecide('refuse')}>
        不批准
      </Button>
    </Space>
  );
}

/** 批准 or 不批准 one request, with the date and the 意见 (also from 我的待办's 待审批延期申请). */
export function DecisionDialog({
  ext,
  decision,
  onClose,
  onDone,
}: {
  ext: ExtensionWithUnit;
  decision: 'grant' | 'refuse';
  onClose: () => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  // Refreshes the due dates on lists, boards and 我的待办 before it resolves.
  const decide = useDecideExtension();
  const [form] = Form.useForm<{ dueDate?: Dayjs; comment?: string }>();
  const chosen = Form.useWatch('dueDate', form);
  const [busy, setBusy] = useState(false);
  // A grant past the regulation's date is allowed, but the office should know it makes the unit's
  // report late against the regulation (a walk, stop 47: nothing said so).
  const pastRegulation =
    decision === 'grant' && chosen ? chosen.format('YYYY-MM-DD') > ext.regulationDueDate : false;
  // A report is published once sent: a date past the campaign's 公开期限 leaves the unit late to
  // publish as well (an external QA engineer, stop 55: granted to 30 June, 公开期限 1 April).
  const pastDisclosure =
    decision === 'grant' && chosen ? chosen.format('YYYY-MM-DD') > ext.disclosureDate : false;
  // Another notice holds the unit to an earlier date: the report stays due by it (external QA, stop 57).
  const heldEarlier =
    decision === 'grant' && chosen && ext.otherCampaignsDueDate !== null
      ? ext.otherCampaignsDueDate < chosen.format('YYYY-MM-DD')
      : false;
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title={decision === 'grant' ? `批准 ${ext.unitName} 的延期申请` : `不批准 ${ext.unitName} 的延期申请`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={busy}
      okText="确定"
      cancelText="取消"
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      {ext.sentAt && (
        // Asked before the report went out; the office should know it is in (a walk, stop 48).
        <Alert
          type="info"
          showIcon
          data-testid="extension-sent-note"
          style={{ marginBottom: 12 }}
          title={`该单位已于${formatDateTime(ext.sentAt)}报送本任务的报告，通常无需延期；如不予批准，请在意见中说明。`}
        />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ dueDate: dayjs(ext.requestedDueDate) }}
        onKeyDown={keepEnterFromSubmitting}
        onFinish={async (v) => {
          setBusy(true);
          setError(null);
          try {
            await decide.mutateAsync({
              campaignId: ext.campaignId,
              extensionId: ext.id,
              body: {
                decision,
                dueDate: decision === 'grant' ? v.dueDate?.format('YYYY-MM-DD') : undefined,
                comment: v.comment?.trim() || undefined,
              },
            });
            message.success(decision === 'grant' ? '已批准延期' : '已答复不予延期');
            onDone();
          } catch (e) {
            setError(e instanceof ApiError ? e.message : '操作失败');
          } finally {
            setBusy(false);
          }
        }}
      >
        {decision === 'grant' && (
          <Form.Item label="延至日期" name="dueDate" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {pastRegulation && (
          <Alert
            type="warning"
            showIcon
            data-testid="grant-past-regulation"
            style={{ marginBottom: 12 }}
            title={`所选日期晚于规定的报送期限（${formatDate(ext.regulationDueDate)}）。批准后该单位可在此日期前报送，但按规定已属逾期，请确认。`}
          />
        )}
        {heldEarlier && (
          <Alert
            type="warning"
            showIcon
            data-testid="grant-held-earlier"
            style={{ marginBottom: 12 }}
            title={`该单位的报告另有报送任务要求于${formatDate(ext.otherCampaignsDueDate)}前报送：批准后本任务的截止日期延后，报告仍须按较早的日期报送。`}
          />
        )}
        {pastDisclosure && (
          <Alert
            type="warning"
            showIcon
            data-testid="grant-past-disclosure"
            style={{ marginBottom: 12 }}
            title={`所选日期晚于本任务的公开期限（${formatDate(ext.disclosureDate)}）。报告报送后方可公开，该单位将无法按期公开，请确认。`}
          />
        )}
        <Form.Item
          label={decision === 'refuse' ? '不予批准的理由' : '意见（选填）'}
          name="comment"
          rules={decision === 'refuse' ? [{ required: true, whitespace: true, message: '请填写理由' }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
