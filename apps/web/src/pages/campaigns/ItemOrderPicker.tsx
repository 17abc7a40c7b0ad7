import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import type { CampaignItemOrder } from '../../api/openapi.gen';
import { errorText } from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { ITEM_SECTION, SECTION_LABELS } from '../../labels';
import { useItemOrder, useSaveItemOrder } from '../../api/itemOrderQueries';

const NUMERALS = '一二三四五';
const STATUTORY: number[] = [1, 2, 3, 4, 5];
/** The item's name without its statutory number (一、…), which the order here replaces. */
const itemName = (item: number) =>
  SECTION_LABELS[ITEM_SECTION[item as keyof typeof ITEM_SECTION]].replace(/^[一二三四五]、/, '');
const sameOrder = (a: readonly number[], b: readonly number[]) => a.every((item, i) => item === b[i]);

/** Why the order no longer changes, in the coordinator's words (null: it still may). */
function lockedText(read: CampaignItemOrder): string | null {
  if (read.lockedBecause === 'withdrawn') return '任务已撤回，报告事项顺序不能再调整。';
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

type Direction = 'up' | 'down';

/** Read by screen readers, not shown: the announcement of a move. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * 报告事项顺序 of a campaign (#18 item 7): the order its reports' exports print the five statutory
 * items in (some provinces want item 3 first). The issuing office's coordinators move any item up or
 * down with buttons (reachable and pressed by keyboard; the focus stays on the item moved, and the
 * move is announced), then save with the version read. Once a report has been dispatched to the
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
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ item: number; direction: Direction } | null>(null);
  const buttons = useRef(new Map<string, HTMLElement | null>());
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

  useEffect(() => {
    if (!focusAfterMove) return;
    const { item, direction } = focusAfterMove;
    const same = buttons.current.get(`${item}-${direction}`);
    // At the top or bottom the button pressed is disabled now: the other one keeps the focus on the item.
    const other = buttons.current.get(`${item}-${direction === 'up' ? 'down' : 'up'}`);
    (same && !same.hasAttribute('disabled') ? same : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  if (query.isPending) return null;
  if (!read) return <Alert type="error" showIcon title={errorText(query.error) ?? '无法读取报告事项顺序'} />;

  const order = draft ?? read.itemOrder;
  const locked = lockedText(read);
  const editable = issuer && locked === null;
  const changed = !sameOrder(order, read.itemOrder);

  const move = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const next = [...order];
    [next[index], next[to]] = [next[to], next[index]];
    setDraft(next);
    setAnnouncement(`${itemName(next[to])}移至第${NUMERALS[to]}项`);
    setFocusAfterMove({ item: next[to], direction });
  };
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
      <ol aria-label="报告事项顺序" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {order.map((item, index) => (
          <li
            key={item}
            style={{
              display: 'flex',
              alignItems: 'center',
              gap: 8,
              padding: '4px 0',
              borderBottom: '1px solid #f0f0f0',
            }}
          >
            <span style={{ flex: 1 }}>
              {NUMERALS[index]}、{itemName(item)}
              {item !== index + 1 && (
                <Typography.Text type="secondary">（条例第{NUMERALS[item - 1]}项）</Typography.Text>
              )}
            </span>
            <Button
              size="small"
              icon={<ArrowUpOutlined aria-hidden />}
              aria-label={`上移：${itemName(item)}`}
              disabled={!editable || index === 0 || saveOrder.isPending}
              ref={(el) => {
                buttons.current.set(`${item}-up`, el);
              }}
              onClick={() => move(index, 'up')}
            />
            <Button
              size="small"
              icon={<ArrowDownOutlined aria-hidden />}
              aria-label={`下移：${itemName(item)}`}
              disabled={!editable || index === order.length - 1 || saveOrder.isPending}
              ref={(el) => {
                buttons.current.set(`${item}-down`, el);
              }}
              onClick={() => move(index, 'down')}
            />
          </li>
        ))}
      </ol>
      <div aria-live="polite" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
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
