import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Button, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { ITEM_SECTION, SECTION_LABELS } from '../../labels';

export const NUMERALS = '一二三四五';
/** The regulation's order of the five items (《法治政府建设与责任落实督察工作规定》第二十五条). */
export const STATUTORY: readonly number[] = [1, 2, 3, 4, 5];
/** The item's name without its statutory number (一、…), which the order here replaces. */
export const itemName = (item: number) =>
  SECTION_LABELS[ITEM_SECTION[item as keyof typeof ITEM_SECTION]].replace(/^[一二三四五]、/, '');
export const sameOrder = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((item, i) => item === b[i]);

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
 * The five statutory items in an order, each moved up or down with buttons (reachable and pressed by
 * keyboard; the focus stays on the item moved, and the move is announced). Controlled: the campaign
 * page's picker (saved with the version read) and the issuing form (sent with the campaign) both use
 * it, so an order is arranged the same way in both.
 */
export function ItemOrderList({
  order,
  onChange,
  disabled = false,
}: {
  order: readonly number[];
  onChange?: (next: number[]) => void;
  disabled?: boolean;
}) {
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ item: number; direction: Direction } | null>(null);
  const buttons = useRef(new Map<string, HTMLElement | null>());

  useEffect(() => {
    if (!focusAfterMove) return;
    const { item, direction } = focusAfterMove;
    const same = buttons.current.get(`${item}-${direction}`);
    // At the top or bottom the button pressed is disabled now: the other one keeps the focus on the item.
    const other = buttons.current.get(`${item}-${direction === 'up' ? 'down' : 'up'}`);
    (same && !same.hasAttribute('disabled') ? same : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  const move = (index: number, direction: Direction) => {
    const to = direction === 'up' ? index - 1 : index + 1;
    const next = [...order];
    [next[index], next[to]] = [next[to], next[index]];
    onChange?.(next);
    setAnnouncement(`${itemName(next[to])}移至第${NUMERALS[to]}项`);
    setFocusAfterMove({ item: next[to], direction });
  };

  return (
    <>
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
              disabled={disabled || index === 0}
              ref={(el) => {
                buttons.current.set(`${item}-up`, el);
              }}
              onClick={() => move(index, 'up')}
            />
            <Button
              size="small"
              icon={<ArrowDownOutlined aria-hidden />}
              aria-label={`下移：${itemName(item)}`}
              disabled={disabled || index === order.length - 1}
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
    </>
  );
}
