import { Alert, App, Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { CampaignItemOrder } from '../../api/openapi.gen';
import { errorText } from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { useItemOrder, useSaveItemOrder } from '../../api/itemOrderQueries';
import { ItemOrderList, STATUTORY, sameOrder } from './ItemOrderList';

/** Why the order no longer changes, in the coordinator's words (null: it still may). */
function lockedText(read: CampaignItemOrder): string | null {
  if (read.lockedBecause === 'withdrawn') return '任务已撤销，报告事项顺序不能再调整。';
  if (read.lockedBecause === 'dispatched')
    return `已有${read.dispatched}份报告按此顺序报送，报告事项顺序不能再调整。`;
  return null;
}

function refusalText(e: unknown): string {
  if (e instanceof ApiError && e.code === 'ITEM_ORDER_STALE_VERSION')
    return `他人已调整顺序（当前为第${String(e.details.currentVersion ?? '')}版），请重新载入后再调整`;
  if (e instanceof ApiError && e.code === 'ITEM_ORDER_LOCKED') return '已有报告报送，报告事项顺序不能再调整';
  return e instanceof ApiError ? e.message : '保存失败';
}

/**
 * 报告事项顺序 of a campaign (#18 item 7): the order its reports' exports print the five statutory
 * items in (some provinces want item 3 first). The issuing office's coordinators move any item up or
 * down (ItemOrderList, as in the issuing form), then save with the version read. Once a report has been dispatched to the
 * campaign (or it was withdrawn) the order is shown with the reason and the controls disabled; other
 * readers of the board see it read-only.
 */
export function ItemOrderPicker({
  campaignId,
  issuingUnitId,
}: {
  campaignId: string;
  issuingUnitId: string;
}) {
  const { me } = useAuth();
  const { message } = App.useApp();
  const query = useItemOrder(campaignId);
  const read = query.data;
  /** The order being arranged; null: the stored one, untouched. */
  const [draft, setDraft] = useState<number[] | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const issuer = (me?.roles ?? []).some((r) => r.role === 'coordinator' && r.unitId === issuingUnitId);

  const saveOrder = useSaveItemOrder(campaignId);
  const save = (order: number[]) => {
    if (!read) return;
    saveOrder.mutate(
      { read, itemOrder: order },
      {
        onSuccess: () => {
          setDraft(null);
          setRefusal(null);
          void message.success('报告事项顺序已保存');
        },
        onError: (e) => setRefusal(refusalText(e)),
      },
    );
  };

  if (query.isPending) return null;
  if (!read) return <Alert type="error" showIcon title={errorText(query.error) ?? '无法读取报告事项顺序'} />;

  const order = draft ?? read.itemOrder;
  const locked = lockedText(read);
  const editable = issuer && locked === null;
  const changed = !sameOrder(order, read.itemOrder);

  const reload = () => {
    setDraft(null);
    setRefusal(null);
    void query.refetch();
  };

  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={
        <Typography.Title level={3} style={{ fontSize: 15, margin: 0 }}>
          报告事项顺序
        </Typography.Title>
      }
      extra={read.isStatutory && !changed ? <Tag>条例规定的顺序</Tag> : null}
    >
      <Typography.Paragraph type="secondary">
        导出的报告按此顺序排列五项内容并依次编号（一、二、三……）。
      </Typography.Paragraph>
      {locked && <Alert type="info" showIcon title={locked} style={{ marginBottom: 12 }} />}
      {!locked && !issuer && (
        <Alert type="info" showIcon title="仅下发单位的经办人可以调整顺序。" style={{ marginBottom: 12 }} />
      )}
      {refusal && (
        <Alert
          type="error"
          showIcon
          title={refusal}
          action={
            <Button size="small" onClick={reload}>
              重新载入
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      <ItemOrderList order={order} onChange={setDraft} disabled={!editable || saveOrder.isPending} />
      {editable && (
        <Space style={{ marginTop: 12 }}>
          <Button
            type="primary"
            disabled={!changed}
            loading={saveOrder.isPending}
            onClick={() => save(order)}
          >
            保存顺序
          </Button>
          <Button disabled={!changed || saveOrder.isPending} onClick={() => setDraft(null)}>
            撤销调整
          </Button>
          <Button
            disabled={sameOrder(order, STATUTORY) || saveOrder.isPending}
            onClick={() => setDraft([...STATUTORY])}
          >
            恢复条例顺序
          </Button>
        </Space>
      )}
    </Card>
  );
}
