import { Alert, App, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { ApiError } from '../../api/client';
import { useAddCampaignTargets, useWithdrawCampaign } from '../../api/mutations';
import type { Campaign, Unit } from '../../api/openapi.gen';
import { useTargetArea } from '../../api/queries';
import { formatDate } from '../../components/common';
import { keepEnterFromSubmitting } from '../../components/formKeys';
import { TargetUnitsField } from './TargetUnitsField';
import { warnChainShortfalls } from './ChainShortfallsWarning';

/**
 * What the issuing office does to a campaign once issued: 追加报送单位 (a bureau created since, a unit
 * forgotten) and 撤销任务. The issuing form and its confirmation pointed to both, and the console had
 * neither (a walk, stop 55). Shown to the issuing unit's coordinators while the campaign is active.
 */
export function CampaignIssuerActions({
  campaign,
  targetIds,
}: {
  campaign: Campaign;
  /** The units the campaign asks already: not offered again. */
  targetIds: ReadonlySet<string>;
}) {
  const [open, setOpen] = useState<'add' | 'withdraw' | null>(null);
  return (
    <Space>
      <Button onClick={() => setOpen('add')} data-testid="add-targets">
        追加报送单位
      </Button>
      <Button danger onClick={() => setOpen('withdraw')} data-testid="withdraw-campaign">
        撤销任务
      </Button>
      {open === 'add' && (
        <AddTargetsDialog campaign={campaign} targetIds={targetIds} onClose={() => setOpen(null)} />
      )}
      {open === 'withdraw' && <WithdrawDialog campaign={campaign} onClose={() => setOpen(null)} />}
    </Space>
  );
}

function AddTargetsDialog({
  campaign,
  targetIds,
  onClose,
}: {
  campaign: Campaign;
  targetIds: ReadonlySet<string>;
  onClose: () => void;
}) {
  const { message, modal } = App.useApp();
  const add = useAddCampaignTargets();
  const area = useTargetArea(campaign.issuingUnit.id);
  // The demonstration line asks designated governments only, as the issuing form does.
  const units = useMemo<Unit[]>(
    () =>
      (area.data?.units ?? []).filter(
        (u) =>
          !targetIds.has(u.id) &&
          (campaign.reportLine !== 'demonstration_area' || (u.kind === 'government' && u.demonstrationArea)),
      ),
    [area.data, targetIds, campaign.reportLine],
  );
  const [form] = Form.useForm<{ unitIds: string[]; dueDate?: Dayjs }>();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title="追加报送单位"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={add.isPending}
      okText="追加"
      cancelText="取消"
      width={640}
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onKeyDown={keepEnterFromSubmitting}
        onFinish={async (v) => {
          setError(null);
          try {
            const added = await add.mutateAsync({
              campaignId: campaign.id,
              body: { unitIds: v.unitIds, dueDate: v.dueDate?.format('YYYY-MM-DD') },
            });
            message.success(`已向 ${v.unitIds.length} 个单位追加下发本任务`);
            // A report of the year that follows a path without a step this campaign requires.
            warnChainShortfalls(modal, added.chainShortfalls);
            onClose();
          } catch (e) {
            setError(e instanceof ApiError ? e.message : '追加失败');
          }
        }}
      >
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`追加的单位按本任务的要求报送，截止日期默认与本任务相同（${
            campaign.dueDate ? formatDate(campaign.dueDate) : '按法定日期'
          }），起草人立即收到通知。`}
        />
        <TargetUnitsField units={units} />
        <Form.Item
          label="截止日期（选填）"
          name="dueDate"
          extra="不填则与本任务相同；本任务截止日期已过时须填写。"
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function WithdrawDialog({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const { message } = App.useApp();
  const withdraw = useWithdrawCampaign();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<string | null>(null);
  return (
    <Modal
      open
      title="撤销报送任务"
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={withdraw.isPending}
      okText="确认撤销"
      okButtonProps={{ danger: true }}
      cancelText="再看看"
    >
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title="撤销后，本任务及逐级下发的任务停止，各单位报告的截止日期随之取消，起草人收到通知；已报送、接收的记录保留。截止日期过后不能撤销。"
      />
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          setError(null);
          try {
            await withdraw.mutateAsync({ campaignId: campaign.id, reason: v.reason.trim() });
            message.success('报送任务已撤销');
            onClose();
          } catch (e) {
            setError(e instanceof ApiError ? e.message : '撤销失败');
          }
        }}
      >
        <Form.Item
          label="撤销原因"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写撤销原因' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} placeholder="如：通知内容有误，将重新下发" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
