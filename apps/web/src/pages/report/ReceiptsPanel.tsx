import { Alert, App, Button, Card, Checkbox, Form, Input, Modal, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { useAcceptReceipt, useReturnReceipt } from '../../api/mutations';
import { DecisionFindingsField, decisionFindings, type DecisionFindingInput } from './DecisionFindingsField';
import type { Receipt } from '../../api/openapi.gen';
import { errorText, useReceipts, useUnits } from '../../api/queries';
import { issuerLabel } from '../../levelWords';
import { formatDateTime, ToneTag, type Tone } from '../../components/common';
import { correctionLabel, isCorrected, receiptStatusLabel } from './receiptStatus';

/** Each status's colour; its words are receiptStatusLabel's. */
const TONE: Record<Receipt['status'], Tone> = {
  received: 'processing',
  accepted: 'success',
  returned: 'warning',
};

type Decision = 'accept' | 'return';

/**
 * 回执: one row per campaign the report was dispatched to. The issuing office's coordinators accept
 * or return their own receipt here; everyone else reads. The API says who may decide (canDecide,
 * the rule that guards the endpoint), so nobody is offered a button that would be refused.
 * Nothing shows before the first dispatch.
 */
export function ReceiptsPanel({ reportId }: { reportId: string }) {
  const receipts = useReceipts(reportId);
  const units = new Map((useUnits().data ?? []).map((u) => [u.id, u]));
  const [deciding, setDeciding] = useState<{ receipt: Receipt; decision: Decision } | null>(null);
  // What was typed in a dialog closed without sending (Esc, 取消): it is there again when reopened
  // (a walk, stop 44, lost a 退回 reason to Esc).
  const [unsent, setUnsent] = useState<Record<string, DecisionForm>>({});
  const rows = receipts.data ?? [];
  const error = errorText(receipts.error);
  if (rows.length === 0 && !error) return null;

  return (
    <Card size="small" title="回执" data-testid="receipts">
      {error && <Alert type="error" showIcon title={error} />}
      <Table<Receipt>
        rowKey={(r) => r.campaign.id}
        dataSource={rows}
        pagination={false}
        size="small"
        // Every column but 报送任务 has its width, 意见 too: left to share what remained, it was squeezed
        // beside the 接收/退回 buttons until its header stood on end (意/见) at 1366×768 (walk P15).
        columns={[
          { title: '报送任务', render: (_, r) => r.campaign.title },
          {
            title: '下发单位',
            width: 160,
            render: (_, r) => issuerLabel(r.issuingUnit, units.get(r.issuingUnit.id)),
          },
          {
            title: '状态',
            width: 130,
            render: (_, r) => (
              <>
                <Space size={4} wrap>
                  {r.dispatchWithdrawn ? (
                    <ToneTag tone="default" title="报送单位已撤回这次报送，重新报送后再接收或退回">
                      已撤回报送
                    </ToneTag>
                  ) : (
                    <ToneTag tone={TONE[r.status]}>{receiptStatusLabel(r)}</ToneTag>
                  )}
                  {/* Accepted, then corrected and sent again: the recipient sees a newer revision. */}
                  {isCorrected(r) && (
                    <ToneTag tone="warning" title="接收后报送的更正，供知悉，无需再次接收">
                      {correctionLabel(r)}
                    </ToneTag>
                  )}
                </Space>
                {/* When it was decided: 报送时间 moves with every dispatch, a correction's too (walk, stop 39). */}
                {r.status !== 'received' && r.decidedAt && (
                  <div className="rf-whole" style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.55)' }}>
                    {r.status === 'accepted' ? '接收于 ' : '退回于 '}
                    {formatDateTime(r.decidedAt)}
                  </div>
                )}
              </>
            ),
          },
          {
            title: '报送版本',
            width: 90,
            render: (_, r) => <span className="rf-whole">{`第 ${r.revision} 版`}</span>,
          },
          {
            title: '报送时间',
            width: 150,
            render: (_, r) => <span className="rf-whole">{formatDateTime(r.dispatchedAt)}</span>,
          },
          {
            title: '意见',
            width: 180,
            // A receipt received again keeps its last decision's comment: it is the return the fix
            // answers, not a decision on what was sent now (walk, stop 39: it read as already handled).
            render: (_, r) =>
              r.comment === null ? (
                '—'
              ) : r.status === 'received' ? (
                <Typography.Text type="secondary">上次退回：{r.comment}</Typography.Text>
              ) : (
                r.comment
              ),
          },
          {
            title: '操作',
            width: 160,
            render: (_, r) =>
              r.canDecide && (
                <Space>
                  <Button type="primary" onClick={() => setDeciding({ receipt: r, decision: 'accept' })}>
                    接收
                  </Button>
                  {/* Not for a report accepted before it was sent here: nothing takes it back (canReturn). */}
                  {r.canReturn && (
                    <Button danger onClick={() => setDeciding({ receipt: r, decision: 'return' })}>
                      退回
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      {deciding && (
        <DecisionDialog
          reportId={reportId}
          receipt={deciding.receipt}
          decision={deciding.decision}
          typed={unsent[`${deciding.receipt.campaign.id}|${deciding.decision}`]}
          keepTyped={(left) =>
            setUnsent((all) => ({
              ...all,
              [`${deciding.receipt.campaign.id}|${deciding.decision}`]: left ?? {},
            }))
          }
          onDone={() => setDeciding(null)}
        />
      )}
    </Card>
  );
}

interface DecisionForm {
  comment?: string;
  needsRedeliberation?: boolean;
  findings?: DecisionFindingInput[];
}

function DecisionDialog({
  reportId,
  receipt,
  decision,
  typed,
  keepTyped,
  onDone,
}: {
  reportId: string;
  receipt: Receipt;
  decision: Decision;
  /** What was typed the last time this dialog was closed unsent. */
  typed: DecisionForm | undefined;
  /** Closed: what is left typed (nothing once sent). */
  keepTyped: (left: DecisionForm | null) => void;
  onDone: () => void;
}) {
  const { message } = App.useApp();
  const accept = useAcceptReceipt();
  const giveBack = useReturnReceipt();
  const [form] = Form.useForm<DecisionForm>();
  const onClose = (sent = false) => {
    keepTyped(sent ? null : form.getFieldsValue());
    onDone();
  };
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isReturn = decision === 'return';
  const title = isReturn ? '退回修改' : '接收报告';

  const submit = async (values: DecisionForm) => {
    setBusy(true);
    setError(null);
    const target = { reportId, campaignId: receipt.campaign.id };
    const comment = values.comment?.trim() || undefined;
    const findings = decisionFindings(values.findings);
    try {
      if (isReturn) {
        await giveBack.mutateAsync({
          target,
          body: {
            expectedVersion: receipt.version,
            comment: comment ?? '',
            needsRedeliberation: values.needsRedeliberation ?? false,
            findings,
          },
        });
      } else {
        await accept.mutateAsync({ target, body: { expectedVersion: receipt.version, comment, findings } });
      }
      const recorded = findings.length > 0 ? `，并记录 ${findings.length} 条问题` : '';
      message.success(`${isReturn ? '已退回，报告回到起草人修改' : '已接收'}${recorded}`);
      onClose(true);
    } catch (e) {
      // A 403 (a coordinator above the issuer, not of it) or 409 (decided meanwhile) is said in the dialog.
      setError(
        e instanceof ApiError && e.status === 403
          ? `没有权限：只有${issuerLabel(receipt.issuingUnit)}的经办人可以接收或退回此回执。`
          : e instanceof ApiError
            ? e.message
            : '操作失败',
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      onCancel={() => onClose()}
      okText="确定"
      cancelText="取消"
      okButtonProps={{ danger: isReturn }}
      confirmLoading={busy}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          role="alert"
          data-testid="receipt-error"
        />
      )}
      <p>
        {receipt.campaign.title}（{issuerLabel(receipt.issuingUnit)}）：第 {receipt.revision} 版
      </p>
      <Form<DecisionForm> form={form} layout="vertical" onFinish={submit} initialValues={typed}>
        <Form.Item
          label={isReturn ? '退回意见' : '意见（选填）'}
          name="comment"
          rules={isReturn ? [{ required: true, whitespace: true, message: '退回时必须填写意见' }] : []}
        >
          <Input.TextArea rows={3} maxLength={4800} />
        </Form.Item>
        {isReturn && (
          <Form.Item
            name="needsRedeliberation"
            valuePropName="checked"
            extra="不勾选：起草人改正后直接送主要负责人签发；勾选：须重新提交集体审议。"
          >
            <Checkbox>需重新集体审议</Checkbox>
          </Form.Item>
        )}
        <DecisionFindingsField />
      </Form>
    </Modal>
  );
}
