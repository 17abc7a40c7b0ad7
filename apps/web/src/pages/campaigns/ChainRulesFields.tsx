import { Card, Checkbox, Form, Space, Typography } from 'antd';
import type { ChainRules } from '../../api/openapi.gen';

/** What the issuing form sends: only 法律顾问审查 is the issuer's choice; the other two are the regulation's. */
export interface ChainRulesChoice {
  legalReview?: boolean;
}

/**
 * 内部审核流程要求 in the issuing form: 集体审议 and 主要负责人签发 are always required (the
 * regulation), 法律顾问审查 is the issuer's to require or leave to each unit. A cascade cannot drop
 * what the campaign above requires, so that box is then fixed. Mounted inside the form as
 * `<ChainRulesFields inherited={parent?.chainRules} />`; the value is the form's `chainRules`.
 */
export function ChainRulesFields({ inherited }: { inherited?: ChainRules | null }) {
  const fixedByParent = inherited?.legalReview === true;
  return (
    <Card size="small" title="内部审核流程要求" style={{ marginBottom: 16 }}>
      <Space orientation="vertical" size={4}>
        <Space size="large" wrap>
          <Checkbox checked disabled>
            集体审议
          </Checkbox>
          <Form.Item
            name={['chainRules', 'legalReview']}
            valuePropName="checked"
            initialValue={inherited ? inherited.legalReview : true}
            noStyle
          >
            <Checkbox disabled={fixedByParent}>法律顾问审查</Checkbox>
          </Form.Item>
          <Checkbox checked disabled>
            主要负责人签发
          </Checkbox>
        </Space>
        <Typography.Text type="secondary">
          单位自选的审核流程缺少勾选的环节时，该单位本任务的报告按本任务的流程办理；集体审议和主要负责人签发不可取消
          {fixedByParent ? '；上级任务要求法律顾问审查，不可取消' : ''}。
        </Typography.Text>
      </Space>
    </Card>
  );
}

/** The rules as one line, for the campaign page: 集体审议、法律顾问审查、主要负责人签发. */
export function chainRulesText(rules: ChainRules): string {
  const required = [
    rules.deliberation ? '集体审议' : null,
    rules.legalReview ? '法律顾问审查' : null,
    rules.signOff ? '主要负责人签发' : null,
  ].filter((label): label is string => label !== null);
  return required.length > 0 ? required.join('、') : '不限';
}
