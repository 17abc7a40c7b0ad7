import { Alert, App, Button, Space } from 'antd';
import { useState } from 'react';
import { useDispatchToCampaign } from '../../api/mutations';
import type { ReportDetail } from '../../api/openapi.gen';
import { errorText, useUnits } from '../../api/queries';
import { issuerLabel } from '../../levelWords';

/**
 * 报送至该任务: a campaign that asked after the report was dispatched has not received it. The
 * drafter sends it the version already signed off and dispatched, with one action and no new
 * review. Offered only where the API says the caller may (`canDispatch`, the endpoint's own rule):
 * until now only the API could do this, and the office that asked later waited for nothing.
 */
export function LaterCampaignDispatch({ report }: { report: ReportDetail }) {
  const { message, modal } = App.useApp();
  const units = new Map((useUnits().data ?? []).map((u) => [u.id, u]));
  const dispatch = useDispatchToCampaign();
  const [busy, setBusy] = useState<string | null>(null);
  const waiting = report.campaigns.filter((c) => c.canDispatch);
  if (waiting.length === 0) return null;

  const send = async (campaign: ReportDetail['campaigns'][number]) => {
    const confirmed = await modal.confirm({
      title: '确认报送至该任务？',
      content: `将已报送的第 ${report.currentRevision} 版报告报送至《${campaign.title}》，无需重新审核。`,
      okText: '确认报送',
      cancelText: '取消',
    });
    if (!confirmed) return;
    setBusy(campaign.campaignId);
    try {
      await dispatch.mutateAsync({
        target: { reportId: report.id, campaignId: campaign.campaignId },
        body: { expectedVersion: report.version },
      });
      message.success(`已报送至《${campaign.title}》`);
    } catch (error) {
      message.error(errorText(error) ?? '报送失败，请稍后重试。');
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }} data-testid="later-dispatch">
      {waiting.map((campaign) => (
        <Alert
          key={campaign.campaignId}
          type="warning"
          showIcon
          title={
            `《${campaign.title}》（${issuerLabel(campaign.issuingUnit, units.get(campaign.issuingUnit.id))}）` +
            '在本报告报送后才下发，尚未收到本报告。'
          }
          action={
            <Button type="primary" loading={busy === campaign.campaignId} onClick={() => void send(campaign)}>
              报送至该任务
            </Button>
          }
        />
      ))}
    </Space>
  );
}
