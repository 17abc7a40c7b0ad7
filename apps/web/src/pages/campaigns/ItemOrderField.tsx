import { Button, Card, Form, Space, Tag, Typography } from 'antd';
import { ItemOrderList, NUMERALS, STATUTORY, itemName, sameOrder } from './ItemOrderList';

/**
 * 报告事项顺序 in the issuing form (#18 item 7): any order of the five statutory items, arranged as on
 * the campaign page, sent with the campaign. The form's `itemOrder` starts at the regulation's; a
 * cascade's form fills it from the campaign cascaded from (its order is the cascade's unless changed).
 */
export function ItemOrderField({ cascaded }: { cascaded: boolean }) {
  return (
    <Card
      size="small"
      title={
        <Typography.Title level={3} style={{ fontSize: 14, margin: 0 }}>
          报告事项顺序
        </Typography.Title>
      }
      style={{ marginBottom: 16, maxWidth: 720 }}
    >
      <Form.Item
        name="itemOrder"
        initialValue={[...STATUTORY]}
        extra={`导出的报告按此顺序排列五项内容并依次编号；下级单位报送后不能再改${cascaded ? '。已按上级任务的顺序预填' : ''}`}
        style={{ marginBottom: 0 }}
      >
        <ItemOrderInput />
      </Form.Item>
    </Card>
  );
}

/** The form control: Form.Item hands it the value and onChange. */
function ItemOrderInput({
  value = STATUTORY,
  onChange,
}: {
  value?: readonly number[];
  onChange?: (next: number[]) => void;
}) {
  const statutory = sameOrder(value, STATUTORY);
  return (
    <Space orientation="vertical" size={8} style={{ width: '100%' }}>
      <ItemOrderList order={value} onChange={onChange} />
      <Space>
        <Button size="small" disabled={statutory} onClick={() => onChange?.([...STATUTORY])}>
          恢复条例顺序
        </Button>
        {statutory && <Tag>条例规定的顺序</Tag>}
      </Space>
    </Space>
  );
}

/** The order in one line for the confirmation: 一、主要负责人…；二、主要举措和成效；… */
export function itemOrderText(order: readonly number[]): string {
  return order.map((item, index) => `${NUMERALS[index]}、${itemName(item)}`).join('；');
}
