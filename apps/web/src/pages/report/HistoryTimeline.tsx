import { SafetyCertificateFilled, WarningFilled } from '@ant-design/icons';
import { Alert, Descriptions, Tag, Timeline, Typography } from 'antd';
import type { HistoryEvent, ReportHistory, Unit } from '../../api/openapi.gen';
import { formatDateTime } from '../../components/common';
import { actionLabel, FIELD_LABELS, roleLabel, stateLabel } from '../../labels';
import { historyActorLabel } from '../../levelWords';
import type { ActionField } from '../../api/openapi.gen';
import { decodeReturnComment } from './returnNotes';
import { dueDateMove } from './dueDateMove';

const COLORS: Record<string, string> = {
  return: 'red',
  approve: 'green',
  accept: 'green',
  submit: 'blue',
  withdraw: 'gray',
};
const SHOWN_FIELDS: ActionField[] = [
  'meetingBody',
  'meetingDate',
  'minutesNumber',
  'opinion',
  'publicationUrl',
];

/** Every recorded step as a timeline, with the audit chain's verification mark. */
export function HistoryTimeline({
  history,
  units = new Map(),
  campaignIssuer = null,
}: {
  history: ReportHistory;
  /** The units the reader can see, to name a coordinator's office (依法治州办 …). */
  units?: ReadonlyMap<string, Unit>;
  /** The report's campaign's issuer: names the office that created the report when its unit is out of sight. */
  campaignIssuer?: { name: string } | null;
}) {
  return (
    <div>
      {history.chain.verified ? (
        <Alert
          type="success"
          showIcon
          icon={<SafetyCertificateFilled />}
          data-testid="chain-verified"
          title={`流程记录完整：共 ${history.events.length} 步，流程记录完整性校验通过，记录未被篡改`}
          style={{ marginBottom: 16 }}
        />
      ) : (
        <Alert
          type="error"
          showIcon
          icon={<WarningFilled />}
          data-testid="chain-broken"
          title={`流程记录完整性校验未通过${history.chain.brokenAt ? `（第 ${String(history.chain.brokenAt)} 步）` : ''}：流程记录可能被改动，请联系管理员`}
          style={{ marginBottom: 16 }}
        />
      )}
      <Timeline
        items={history.events.map((e, i) => ({
          key: e.seq,
          color: COLORS[e.action] ?? 'blue',
          title: formatDateTime(e.createdAt),
          content: (
            <EventBody
              event={e}
              actor={historyActorLabel(e, { units, campaignIssuer, roleLabel })}
              commentRepeatedNext={repeatsItsComment(e, history.events[i + 1])}
            />
          ),
        }))}
      />
    </div>
  );
}

/**
 * An office's receipt decision is recorded, then the report's own return with the same 意见 (two
 * audit steps): the comment is printed once, on the return (a walk, stop 40: "a return is listed
 * twice"). The receipt's step stays, naming the 报送任务 whose office decided.
 */
function repeatsItsComment(event: HistoryEvent, next: HistoryEvent | undefined): boolean {
  return (
    event.action === 'receipt_returned' &&
    next?.action === 'return' &&
    next.actor.id === event.actor.id &&
    next.comment === event.comment
  );
}

function EventBody({
  event: e,
  actor,
  commentRepeatedNext,
}: {
  event: HistoryEvent;
  actor: string;
  commentRepeatedNext: boolean;
}) {
  const fields = SHOWN_FIELDS.filter((f) => typeof e.fields?.[f] === 'string');
  const comment = e.comment && !commentRepeatedNext ? decodeReturnComment(e.comment) : null;
  const campaignTitle = e.action.startsWith('receipt_') ? e.fields?.campaignTitle : undefined;
  return (
    <div>
      <Typography.Text strong>{actionLabel(e.action, e.fromState ?? undefined, e.toState)}</Typography.Text>
      <span style={{ marginLeft: 8 }}>
        {e.actor.displayName ?? e.actor.username}（{actor}）
      </span>
      {e.fromState !== e.toState && (
        <span style={{ marginLeft: 8 }}>
          <Tag>{stateLabel(e.fromState)}</Tag>→<Tag style={{ marginLeft: 8 }}>{stateLabel(e.toState)}</Tag>
        </span>
      )}
      {e.revision > 0 && <Typography.Text type="secondary">第 {e.revision} 版</Typography.Text>}
      {typeof campaignTitle === 'string' && (
        <div style={{ marginTop: 4 }}>
          报送任务：{campaignTitle}
          {commentRepeatedNext && '；报告随即退回修改（意见见下一步）'}
        </div>
      )}
      {e.action === 'due_date_changed' && <div style={{ marginTop: 4 }}>{dueDateMove(e.fields)}</div>}
      {comment && <div style={{ marginTop: 4 }}>意见：{comment.text}</div>}
      {fields.length > 0 && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginTop: 4, maxWidth: 640 }}
          items={fields.map((f) => ({ key: f, label: FIELD_LABELS[f], children: String(e.fields?.[f]) }))}
        />
      )}
      <div style={{ fontSize: 12, color: '#737373' }}>
        {/* For an auditor comparing records; 哈希 is not a word the offices use (a walk, stop 40). */}
        防篡改校验码 <Typography.Text code>{e.hash.slice(0, 16)}</Typography.Text>
      </div>
    </div>
  );
}
