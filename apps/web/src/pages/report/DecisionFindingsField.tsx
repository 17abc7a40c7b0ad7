import { Button, Form, Input, Space } from 'antd';

/** One 问题清单 line of the accept/return dialog, as the API takes it. */
export interface DecisionFindingInput {
  text?: string;
  dueOn?: string;
}

/** The lines the coordinator filled in, blank ones dropped, in the request's shape. */
export function decisionFindings(
  lines: DecisionFindingInput[] | undefined,
): Array<{ text: string; dueOn?: string }> {
  return (lines ?? [])
    .filter((line) => line.text?.trim())
    .map((line) => ({
      text: line.text!.trim(),
      ...(line.dueOn ? { dueOn: line.dueOn } : {}),
    }));
}

/**
 * 问题清单 in the 接收/退回 dialog: findings recorded with the decision itself (one request, one
 * Idempotency-Key). Each line is a problem and an optional 整改期限 (default: 30 days on).
 */
export function DecisionFindingsField() {
  return (
    <Form.List name="findings">
      {(fields, { add, remove }) => (
        <fieldset style={{ border: 0, padding: 0, margin: 0 }} data-testid="decision-findings">
          <legend style={{ fontSize: 14, marginBottom: 8 }}>问题清单（选填，单位须逐条整改）</legend>
          {fields.map((field, index) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }} wrap>
              <Form.Item
                name={[field.name, 'text']}
                label={`问题 ${index + 1}`}
                rules={[{ required: true, whitespace: true, message: '请填写问题，或删除此条' }]}
                style={{ width: 280, marginBottom: 8 }}
              >
                <Input.TextArea rows={2} maxLength={4800} />
              </Form.Item>
              <Form.Item
                name={[field.name, 'dueOn']}
                label="整改期限"
                style={{ marginBottom: 8 }}
                extra="不填：30 日后"
              >
                <Input type="date" />
              </Form.Item>
              <Button type="link" danger onClick={() => remove(field.name)} style={{ marginTop: 30 }}>
                删除问题 {index + 1}
              </Button>
            </Space>
          ))}
          <Button type="dashed" onClick={() => add({})} block>
            添加问题
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}
