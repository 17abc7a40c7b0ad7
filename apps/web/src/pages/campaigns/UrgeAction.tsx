import { Alert, App, Button, Form, Input, Modal, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import type { BoardRow } from '../../api/openapi.gen';
import { useUrgeTarget } from '../../api/urgeQueries';
import { formatBeijingDateTime } from '../../components/dates';
import { urgedTodayText, waitsForUnit } from './urgeRules';

/** The longest 催办说明 the API takes (characters, trimmed). */
const MESSAGE_MAX = 200;

/** What the board needs to offer 催办: the campaign, today in China, and whether the viewer may press. */
export interface UrgeContext {
  campaignId: string;
  /** The board's `today` (YYYY-MM-DD, China). */
  today: string;
  /** A coordinator of the issuing unit, on an active campaign (the rule the API applies). */
  mayUrge: boolean;
}

/** 最近催办 of a row (Beijing time and how many), in the 操作 column; nothing if never pressed. */
export function LastUrged({ row }: { row: Pick<BoardRow, 'lastUrgedAt' | 'urgeCount'> }) {
  if (!row.lastUrgedAt) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="last-urged">
      最近催办 {formatBeijingDateTime(row.lastUrgedAt).slice(5)}
      {row.urgeCount > 1 ? `（${row.urgeCount}次）` : ''}
    </Typography.Text>
  );
}

/**
 * 催办 on a board row: the issuing office presses a unit that has not reported, with an optional
 * word (催办说明). Once a China day per unit: a row pressed today shows the action disabled.
 */
export function UrgeAction({ row, urge }: { row: BoardRow; urge: UrgeContext }) {
  const [open, setOpen] = useState(false);
  if (!urge.mayUrge || !waitsForUnit(row)) return null;
  const pressedToday = urgedTodayText(row, urge.today);
  if (pressedToday)
    return (
      <Tooltip title={pressedToday}>
        {/* A disabled button does not fire hover events: the span carries the tooltip. */}
        <span>
          <Button size="small" type="link" disabled aria-label={`催办${row.unit.name}（${pressedToday}）`}>
            催办
          </Button>
        </span>
      </Tooltip>
    );
  return (
    <>
      <Button
        size="small"
        type="link"
        className="rf-action-link"
        onClick={() => setOpen(true)}
        aria-label={`催办${row.unit.name}`}
      >
        催办
      </Button>
      {open && <UrgeDialog row={row} campaignId={urge.campaignId} onClose={() => setOpen(false)} />}
    </>
  );
}

function UrgeDialog({
  row,
  campaignId,
  onClose,
}: {
  row: BoardRow;
  campaignId: string;
  onClose: () => void;
}) {
  const { message } = App.useApp();
  const press = useUrgeTarget();
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<{ message?: string }>();
  return (
    <Modal
      open
      title={`催办：${row.unit.name}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={press.isPending}
      okText="确认催办"
      cancelText="取消"
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {/* Nobody holds the stage (办理人 未配置): the worker tells whoever writes or answers for the
            report instead, and the dialog says so (a walk, stop 46, was told 当前办理人). */}
        {urgeAudienceText(row)}
        。站内消息即时送达，邮件和工作群机器人消息在工作时间发出（夜间、节假日催办的，于下一个工作日上班时发出）。每个单位每天只能催办一次。
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
      <Form
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          setError(null);
          try {
            await press.mutateAsync({ campaignId, unitId: row.unit.id, message: v.message?.trim() || null });
            message.success(`已催办 ${row.unit.name}`);
            onClose();
          } catch (e) {
            setError(e instanceof ApiError ? e.message : '催办失败，请重试');
          }
        }}
      >
        <Form.Item label="催办说明（可不填）" name="message">
          <Input.TextArea rows={3} maxLength={MESSAGE_MAX} showCount placeholder="如：请于本周五前完成报送" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/**
 * Who a 催办 reaches, as the worker sends it (target-urged.handler): the stage's holders, and the
 * unit's leader when overdue (督办); with nobody holding the stage, the leader when overdue, else
 * whoever writes or answers for the report.
 */
function urgeAudienceText(row: BoardRow): string {
  const overdue = row.progress === 'overdue';
  if (row.holders.names.length > 0)
    return `将通知该单位当前办理人（${row.holders.names.join('、')}）${overdue ? '，已逾期，同时报单位负责人（督办；该单位设有负责人账号时）' : ''}`;
  return overdue
    ? '该单位当前环节无人办理，已逾期，将通知单位负责人（督办；该单位未设负责人账号时通知起草人、审核人）'
    : // Said before 确认催办 (a walk, stop 53): a unit with none of them gets no press at all.
      '该单位当前环节无人办理，将通知该单位的起草人、审核人和主要负责人；如该单位尚未设置这些人员的账号，系统将不予催办，请电话联系该单位';
}
