import { Alert, Button, List, Modal, Space, Typography } from 'antd';
import type { DefaultRecipients, DrafterCount, Unit } from '../../api/openapi.gen';
import { formatDate } from '../../components/common';
import { unitsWithoutDrafter } from './unitsWithoutDrafter';
import { UnstaffedTargetsAlert } from './UnstaffedTargetsAlert';

/**
 * 下发 asks first: the notice, the due date, the 主送/抄送, the item order and every unit it goes to, with the units where
 * nobody can draft, from the drafter counts of the issuer's target area (a 依法治州办's coordinator was told
 * every county had none when they were counted over its own office only: a walk, stop 40); if they cannot
 * be read the dialog says the check could not be made rather than claiming every unit is staffed.
 */
export function IssueConfirm({
  title,
  documentNumber = null,
  demonstrationLine = false,
  dueDate,
  targets,
  recipients,
  jointPairs = [],
  jointPartyCommitteeIds = [],
  itemOrder,
  requiresStampedScan,
  busy,
  error = null,
  onConfirm,
  onCancel,
  drafterCounts,
  conflict = null,
  unstaffed,
}: {
  title: string;
  /** 文号 as it will be stored (normalised); null when none was given. */
  documentNumber?: string | null;
  /** 示范地区年度报告: a report of its own, beside the targets' annual report. */
  demonstrationLine?: boolean;
  dueDate: string | null;
  targets: Unit[];
  /**
   * Names of the 主送 and 抄送 units, as they will be stored; `groups`: when the targets' lines
   * differ and no 主送 is named, each group of targets' own lists, one line each.
   */
  recipients: { main: string[]; copy: string[]; groups?: string[] };
  /** The joint reports (联合报告) chosen, as sentences. */
  jointPairs?: string[];
  /** The 党委s of those joint reports: their government's people draft, so they need no drafter. */
  jointPartyCommitteeIds?: string[];
  /** 报告事项顺序 as chosen, in one line, and whether it is the regulation's. */
  itemOrder: { text: string; statutory: boolean };
  /** 报送时须上传盖章扫描件. */
  requiresStampedScan: boolean;
  busy: boolean;
  /** Why the last 确认下发 was refused, shown here where the user clicked (not above the form, out of view). */
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  /** Active drafters per unit of the issuer's area (GET /campaigns/target-area); undefined: not read. */
  drafterCounts: readonly DrafterCount[] | undefined;
  /**
   * Another active campaign of the office already asks some of these units for the year (the form
   * says it in red): 确认下发 would be refused, so it is said here and the button is off (a walk,
   * stop 56: the dialog offered 确认下发（7 个单位）and the 409 came after the click).
   */
  conflict?: string | null;
  /** The units whose review steps nobody can take (POST /campaigns/default-recipients). */
  unstaffed?: DefaultRecipients['unstaffed'];
}) {
  const cannotSee = drafterCounts === undefined;
  const missing = drafterCounts ? unitsWithoutDrafter(targets, drafterCounts, jointPartyCommitteeIds) : [];
  const missingIds = new Set(missing.map((u) => u.id));

  return (
    <Modal
      open
      title="确认下发报送任务"
      onCancel={onCancel}
      width={640}
      // Many units (and the warning naming those without a drafter) made it 843 px tall at 1366×768,
      // 确认下发 below the screen (a walk, stop 46): the body scrolls, the buttons stay in view.
      style={{ top: 24 }}
      footer={
        <Space>
          <Button onClick={onCancel}>返回修改</Button>
          <Button
            type="primary"
            loading={busy}
            onClick={onConfirm}
            disabled={conflict !== null}
            data-testid="confirm-issue"
          >
            确认下发（{targets.length} 个单位）
          </Button>
        </Space>
      }
    >
      {/* The body scrolls, the buttons stay in view; a keyboard user can scroll it too (WCAG 2.1.1). */}
      <div
        tabIndex={0}
        role="region"
        aria-label="下发内容"
        style={{ maxHeight: 'calc(100vh - 200px)', overflowY: 'auto' }}
      >
        {conflict && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="issue-conflict"
            style={{ marginBottom: 12 }}
            title={conflict}
            description="请返回修改，取消勾选这些单位后再下发。"
          />
        )}
        {error && (
          <Alert
            type="error"
            showIcon
            role="alert"
            data-testid="issue-error"
            style={{ marginBottom: 12 }}
            title={`未能下发：${error}`}
          />
        )}
        <Typography.Paragraph>
          《{title}》，报送截止 {dueDate ? formatDate(dueDate) : '按各单位法定日期'}
          。下发后各单位起草人立即收到通知，任务只能撤销、不能修改。
        </Typography.Paragraph>
        {demonstrationLine && (
          <Typography.Paragraph data-testid="issue-report-line">
            报告类型：示范地区年度报告（各单位另起一份报告，不影响其年度报告）
          </Typography.Paragraph>
        )}
        <Typography.Paragraph data-testid="issue-document-number">
          文号：{documentNumber ?? '无'}
        </Typography.Paragraph>
        {recipients.groups ? (
          <div data-testid="issue-recipients" style={{ marginBottom: 12 }}>
            <Typography.Text>各单位报送路径不同，按各自路径报送：</Typography.Text>
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {recipients.groups.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : (
          <Typography.Paragraph data-testid="issue-recipients">
            主送：{recipients.main.length > 0 ? recipients.main.join('、') : '按报送路径（由系统确定）'}
            <br />
            抄送：{recipients.copy.length > 0 ? recipients.copy.join('、') : '无'}
          </Typography.Paragraph>
        )}
        {jointPairs.length > 0 && (
          <Typography.Paragraph data-testid="issue-joint-reports">
            联合报告：{jointPairs.join('；')}
          </Typography.Paragraph>
        )}
        <Typography.Paragraph data-testid="issue-item-order">
          报告事项顺序{itemOrder.statutory ? '（条例规定的顺序）' : ''}：{itemOrder.text}
        </Typography.Paragraph>
        <Typography.Paragraph data-testid="issue-stamped-scan">
          盖章扫描件：{requiresStampedScan ? '报送时须上传（本次报送版本加盖公章后的扫描件，PDF）' : '不要求'}
        </Typography.Paragraph>
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            data-testid="no-drafter-warning"
            style={{ marginBottom: 12 }}
            title={`${missing.length} 个单位尚无起草人：${missing.map((u) => u.name).join('、')}`}
            // The notice still reaches their principal leader and, for a government, its 依法治X办 (walk, stop 57).
            description="任务下发后将通知这些单位的主要负责人（已有账号的）和人民政府的依法治办经办人；没有这些账号的单位无人接收。报告须由起草人起草，请管理员为其设置起草人账号。"
          />
        )}
        <UnstaffedTargetsAlert unstaffed={unstaffed} />
        {cannotSee && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 12 }}
            title="暂时无法核对各单位是否已有起草人，请稍后重试。"
          />
        )}
        <List
          size="small"
          bordered
          data-testid="issue-targets"
          style={{ maxHeight: 240, overflowY: 'auto' }}
          dataSource={targets}
          renderItem={(u) => (
            <List.Item>
              {u.name}
              {missingIds.has(u.id) && <span style={{ color: '#874d00' }}>（无起草人）</span>}
            </List.Item>
          )}
        />
      </div>
    </Modal>
  );
}
