import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Modal, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { normalizeDocumentNumberYear } from '../../../../../libs/common/src/document-number';
import { useDispatchAddressees } from '../../api/addresseesQueries';
import { writtenMissing } from './writtenAddressee';
import { ApiError } from '../../api/client';
import { useTakeAction } from '../../api/mutations';
import type { ActionField, AllowedAction, ReportDetail, SectionKey } from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';
import { useCalendarYears } from '../../api/calendarQueries';
import { beijingDay, stepDateRange } from '../../components/dates';
import { actionLabel, FIELD_LABELS, SECTION_LABELS, stateLabel } from '../../labels';
import {
  DOCUMENT_NUMBER_HELP,
  documentNumberYearNote,
  documentNumberYearProblem,
  looksLikeDocumentNumber,
} from './documentNumber';
import { encodeReturnComment } from './returnNotes';
import { DISPATCHED_STATE, StampedScanStep, useDispatchBlocked } from './StampedScan';

interface ActionForm {
  comment?: string;
  sections?: SectionKey[];
  meetingBody?: string;
  meetingDate?: Dayjs;
  minutesNumber?: string;
  opinion?: string;
  publicationUrl?: string;
  publicationDate?: Dayjs;
  documentNumber?: string;
  needsRedeliberation?: string;
}

const DANGER = new Set(['return', 'withdraw']);

/** The format itself is the hint under the field: the error said it again (a walk, stop 48). */
const BAD_DOCUMENT_NUMBER = '文号格式不正确，请按下方提示的格式填写';
/**
 * The buttons are exactly the report's allowedActions for me: nothing the API would refuse is offered.
 * Each opens a dialog asking for what that action needs (comment, meeting, opinion).
 */
export function ActionBar({
  report,
  beforeAction,
  onDone,
}: {
  report: ReportDetail;
  /** Save unsaved edits first; false stops the action. */
  beforeAction?: () => Promise<boolean>;
  onDone: (outcome: { conflict: string | null }) => Promise<void>;
}) {
  const [active, setActive] = useState<AllowedAction | null>(null);
  if (report.allowedActions.length === 0) return null;
  const ordered = [...report.allowedActions].sort(
    (a, b) => Number(DANGER.has(a.action)) - Number(DANGER.has(b.action)),
  );
  return (
    <>
      <Space wrap>
        {ordered.map((a) => (
          <Button
            key={a.action}
            type={DANGER.has(a.action) ? 'default' : 'primary'}
            danger={a.action === 'return'}
            onClick={async () => {
              if (beforeAction && !(await beforeAction())) return;
              setActive(a);
            }}
          >
            {actionLabel(a.action, report.state, a.to)}
          </Button>
        ))}
      </Space>
      {active && (
        <ActionDialog report={report} action={active} onClose={() => setActive(null)} onDone={onDone} />
      )}
    </>
  );
}

function ActionDialog({
  report,
  action,
  onClose,
  onDone,
}: {
  report: ReportDetail;
  action: AllowedAction;
  onClose: () => void;
  onDone: (outcome: { conflict: string | null }) => Promise<void>;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ActionForm>();
  const typedDocumentNumber = Form.useWatch('documentNumber', form);
  // Today in China as the server says it (the browser's clock may be wrong), else the browser's.
  const today = useCalendarYears().data?.today ?? beijingDay(new Date());
  const typedNumber = typedDocumentNumber?.trim()
    ? normalizeDocumentNumberYear(typedDocumentNumber.trim())
    : null;
  // A year that cannot be is refused by the field's rule; only a possible one is questioned beside it.
  const yearNote =
    typedNumber && !documentNumberYearProblem(typedNumber, report.reportYear, today)
      ? documentNumberYearNote(typedNumber, today)
      : null;
  const [busy, setBusy] = useState(false);
  const step = useTakeAction(report.id);
  const [error, setError] = useState<string | null>(null);
  const isReturn = action.action === 'return';
  // 原则通过（按意见修改）: a comment too, but what to change, not why it was sent back (a walk, stop 49).
  const inPrinciple = action.action === 'approve_in_principle';
  const needsComment = action.commentRequired;
  // A field with a default (the meeting's body) is asked for too, filled in with it.
  const fields = [...action.requiredFields, ...(action.fieldDefaults ? (['meetingBody'] as const) : [])];
  const label = actionLabel(action.action, report.state, action.to);
  // The step that sends the report out (报送): a campaign may require the stamped scan of this version.
  const goesUp = action.to === DISPATCHED_STATE && report.state !== DISPATCHED_STATE;
  // The typed 主送 line is said at the first submit too: at 编号发文, after 签发, fixing it costs a new
  // signature (a walk, stop 53).
  const firstSubmit = action.action === 'submit' && report.state === 'drafting';
  const addressees = useDispatchAddressees(report.id, goesUp || firstSubmit);
  const missingInText = addressees.data ? writtenMissing(addressees.data) : [];
  // Nobody would receive it: no campaign asks for it and there is no unit above it to send to.
  const nobody = goesUp && addressees.data !== undefined && addressees.data.main.length === 0;
  // A date the step asks for lies between 1 January of the report year and today: other days are
  // not offered, and a report year not yet begun has no such day, which the dialog says before 确定.
  const asksDate = fields.includes('meetingDate') || fields.includes('publicationDate');
  const dateRange = stepDateRange(report.reportYear);
  const outsideRange = (day: Dayjs) => {
    const d = day.format('YYYY-MM-DD');
    return dateRange === null || d < dateRange.from || d > dateRange.to;
  };
  const blocked =
    useDispatchBlocked(report, goesUp) ??
    (nobody
      ? '本报告没有主送单位（没有报送任务要求本单位报送，也没有上级接收单位），报送后无人接收'
      : null) ??
    (asksDate && dateRange === null
      ? `${report.reportYear}年度尚未开始：${fields.includes('meetingDate') ? '会议' : '公开'}日期须在${report.reportYear}年1月1日至今天之间，今天还不能办理此步骤`
      : null);

  const submit = async (values: ActionForm) => {
    setBusy(true);
    setError(null);
    const filled: Partial<Record<ActionField, string>> = {};
    for (const field of fields) {
      const value = values[field];
      if (value === undefined) continue;
      filled[field] = typeof value === 'string' ? value.trim() : value.format('YYYY-MM-DD');
    }
    const comment = isReturn
      ? encodeReturnComment(values.sections ?? [], values.comment ?? '')
      : values.comment?.trim() || undefined;
    try {
      await step.mutateAsync({
        action: action.action,
        expectedVersion: report.version,
        comment,
        fields: fields.length > 0 ? filled : undefined,
      });
      message.success(`已${label}，报告进入“${stateLabel(action.to)}”`);
      onClose();
      await onDone({ conflict: null });
    } catch (e) {
      const text = e instanceof ApiError ? e.message : '操作失败';
      if (e instanceof ApiError && e.status === 409) {
        // Someone acted first: close the dialog, say so on the page and show the report as it is now.
        onClose();
        await onDone({ conflict: text });
        return;
      }
      // A malformed 文号 is said beside the field, where it is corrected.
      if (
        e instanceof ApiError &&
        e.code === 'FIELD_INVALID' &&
        e.details.invalidFields?.includes('documentNumber')
      ) {
        form.setFields([{ name: 'documentNumber', errors: [BAD_DOCUMENT_NUMBER] }]);
        return;
      }
      setError(text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={label}
      onCancel={onClose}
      okText="确定"
      cancelText="取消"
      confirmLoading={busy}
      onOk={() => form.submit()}
      okButtonProps={{
        disabled: blocked !== null,
        'aria-describedby': blocked ? 'dispatch-blocked' : undefined,
      }}
      destroyOnHidden
    >
      {error && (
        <Alert
          type="error"
          showIcon
          title={error}
          style={{ marginBottom: 12 }}
          role="alert"
          data-testid="action-error"
        />
      )}
      <p>
        报告将从“{stateLabel(report.state)}”进入“{stateLabel(action.to)}”。
      </p>
      {action.nobodyActsNext && (
        // A walk (stop 46) submitted into 科室审核 in a unit without a reviewer: nobody was told.
        <Alert
          type="warning"
          showIcon
          data-testid="nobody-acts-next"
          style={{ marginBottom: 12 }}
          title={`本单位尚无可办理“${stateLabel(action.to)}”的人员，提交后将无人办理。`}
          description="请先联系本单位管理员设置相应人员；确需现在提交的，提交后由管理员尽快设置。"
        />
      )}
      {action.action === 'submit' && action.to === 'leader_signoff' && (
        // Why the review steps are skipped (a walk, stop 43: it went straight to 签发 without a word).
        <p data-testid="skips-review">
          集体审议的结论仍然有效（原则通过，或上级退回时未要求重新审议）：修改后直接送主要负责人签发，不再经科室审核、法律审查和集体审议。
        </p>
      )}
      {goesUp && addressees.data && addressees.data.main.length > 0 && (
        <div data-testid="dispatch-addressees" style={{ marginBottom: 12 }}>
          <div>主送：{addressees.data.main.join('、')}</div>
          {addressees.data.copy.length > 0 && <div>抄送：{addressees.data.copy.join('、')}</div>}
        </div>
      )}
      {goesUp && addressees.data?.statutory && addressees.data.main.length > 0 && (
        // No notice asks for it: the default (the unit above) is not the regulation's line, which the
        // drafter should see before sending (a walk, stop 57: a county bureau's report went to the 州政府).
        <Alert
          type="warning"
          showIcon
          data-testid="no-campaign-addressees"
          style={{ marginBottom: 12 }}
          title="没有报送通知要求本单位报送这份报告，以上是系统默认的接收单位。"
          description={
            <>
              {statutoryLine(addressees.data.statutory)}
              一般应等上级下发报送通知后按通知报送：通知下发后，这份报告自动列入该通知，主送、抄送按通知确定。
            </>
          }
        />
      )}
      {(goesUp || firstSubmit) && addressees.data && missingInText.length > 0 && (
        // The 公文 prints the line the drafter typed (external QA, stop 53: sent to 州委、州政府, it
        // named only 县委、县人大常委会).
        <Alert
          type="warning"
          showIcon
          data-testid="written-addressee"
          style={{ marginBottom: 12 }}
          title={`正文中写有主送“${addressees.data.writtenInText}”，导出的公文按此印制，未写本次报送的主送机关：${missingInText.join('、')}。`}
          description={
            goesUp
              ? '如需按本次报送的主送机关印制，请在正文中改正该行（修改正文后须重新签发）。'
              : '如需改正，请在提交前修改正文；签发后再改须重新签发。'
          }
        />
      )}
      {goesUp && <StampedScanStep report={report} canUpload={action.actingRole === 'drafter'} />}
      {blocked && (
        <p id="dispatch-blocked" role="status" data-testid="dispatch-blocked" style={{ color: '#ad4e00' }}>
          “确定”暂不可用：{blocked}
        </p>
      )}
      <Form<ActionForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        // The unit's own deliberating body (政府常务会议 for a government): 党组会议 was filled in for
        // every unit (a walk, stop 49).
        initialValues={{
          meetingBody: fields.includes('meetingBody')
            ? action.fieldDefaults?.meetingBody || report.deliberation.body || '党组会议'
            : undefined,
        }}
      >
        {isReturn && (
          <Form.Item label="涉及的部分（可多选，起草人将在对应部分看到意见）" name="sections">
            <Checkbox.Group
              options={sectionKeyValues.map((k) => ({ value: k, label: SECTION_LABELS[k] }))}
              style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            />
          </Form.Item>
        )}
        {fields.includes('meetingBody') && (
          <Form.Item
            label={FIELD_LABELS.meetingBody}
            name="meetingBody"
            rules={[{ required: true, whitespace: true, message: '请填写会议名称' }]}
          >
            <Input maxLength={100} placeholder="如：党组会议、政府常务会议" />
          </Form.Item>
        )}
        {fields.includes('meetingDate') && (
          <Form.Item
            label={FIELD_LABELS.meetingDate}
            name="meetingDate"
            // A date outside the range is cleared as it is typed: the range is said beforehand and in
            // the message (a walk, stop 49: a future date vanished with only 请选择会议日期).
            extra={dateRange ? `须在 ${dateRange.from} 至 ${dateRange.to}（今天）之间` : undefined}
            rules={[
              {
                required: true,
                message: dateRange
                  ? `请选择会议日期（${dateRange.from} 至 ${dateRange.to}，不能晚于今天）`
                  : '请选择会议日期',
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={outsideRange} />
          </Form.Item>
        )}
        {fields.includes('minutesNumber') && (
          <Form.Item
            label={FIELD_LABELS.minutesNumber}
            name="minutesNumber"
            rules={[{ required: true, whitespace: true, message: '请填写会议纪要编号' }]}
          >
            <Input
              maxLength={100}
              placeholder={`如：党组会纪要〔${new Date().getFullYear()}〕3号`}
              // [2026]、（2026） typed on a PC become 〔2026〕 on leaving the field, as the 文号 does (walk P12).
              onBlur={(e) => {
                const typed = e.target.value;
                const normalized = normalizeDocumentNumberYear(typed);
                if (normalized !== typed) form.setFieldValue('minutesNumber', normalized);
              }}
            />
          </Form.Item>
        )}
        {fields.includes('opinion') && (
          <Form.Item
            label={FIELD_LABELS.opinion}
            name="opinion"
            rules={[{ required: true, whitespace: true, message: '请填写法律审查意见' }]}
          >
            <Input.TextArea
              rows={4}
              maxLength={5000}
              placeholder="如：经审查，报告内容合法合规，同意报送。"
            />
          </Form.Item>
        )}
        {fields.includes('publicationDate') && (
          <Form.Item
            label={FIELD_LABELS.publicationDate}
            name="publicationDate"
            rules={[{ required: true, message: '请选择公开日期' }]}
          >
            <DatePicker style={{ width: '100%' }} format="YYYY-MM-DD" disabledDate={outsideRange} />
          </Form.Item>
        )}
        {fields.includes('publicationUrl') && (
          <Form.Item
            label={FIELD_LABELS.publicationUrl}
            name="publicationUrl"
            rules={[{ required: true, whitespace: true, message: '请填写公开网址' }]}
          >
            <Input maxLength={500} />
          </Form.Item>
        )}
        {fields.includes('documentNumber') && (
          <Form.Item
            label={FIELD_LABELS.documentNumber}
            name="documentNumber"
            extra={
              <>
                {DOCUMENT_NUMBER_HELP}
                {/* Sent again after a return: the last 文号 offered, not filled in (a new number is
                    as common), so nobody types it again from memory (a walk, stop 40). */}
                {report.deliberation.documentNumber && (
                  <div data-testid="last-document-number">
                    上次报送文号：{report.deliberation.documentNumber}
                    <Button
                      type="link"
                      size="small"
                      onClick={() => form.setFieldValue('documentNumber', report.deliberation.documentNumber)}
                    >
                      沿用
                    </Button>
                  </div>
                )}
                {/* A corrected text sent under the number of the one it replaces leaves the recipients
                    two documents under one 文号 (a walk, stop 49): said, not refused (a dispatch withdrawn
                    and sent again unchanged keeps its number). */}
                {report.deliberation.documentNumber &&
                  typedDocumentNumber?.trim() &&
                  normalizeDocumentNumberYear(typedDocumentNumber.trim()) ===
                    report.deliberation.documentNumber && (
                    <div data-testid="document-number-reused" style={{ color: '#ad4e00' }}>
                      此文号已用于上次报送。报告内容修改后重新签发的，一般应另编文号；仅撤回后原样重新报送的，可沿用。
                    </div>
                  )}
                {yearNote && (
                  <div data-testid="document-number-year" style={{ color: '#ad4e00' }}>
                    {yearNote}
                  </div>
                )}
              </>
            }
            validateTrigger="onBlur"
            rules={[
              { required: true, whitespace: true, message: '请填写文号' },
              {
                // [2026] and （2026） are what a PC types: read as 〔2026〕, as the API stores them.
                validator: (_, value?: string) =>
                  !value?.trim() || looksLikeDocumentNumber(normalizeDocumentNumberYear(value))
                    ? Promise.resolve()
                    : Promise.reject(new Error(BAD_DOCUMENT_NUMBER)),
              },
              {
                validator: (_, value?: string) => {
                  const problem = value?.trim()
                    ? documentNumberYearProblem(
                        normalizeDocumentNumberYear(value.trim()),
                        report.reportYear,
                        today,
                      )
                    : null;
                  return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                },
              },
            ]}
          >
            <Input
              maxLength={100}
              // As the 会议纪要编号 and the campaign's 文号 do: 呼交发[2026]3号 was refused here (walk, stop 39).
              onBlur={(e) => {
                const typed = e.target.value;
                const normalized = normalizeDocumentNumberYear(typed);
                if (normalized !== typed) form.setFieldValue('documentNumber', normalized);
              }}
            />
          </Form.Item>
        )}
        {/* The legal adviser writes one opinion: the written opinion is it, no second box beside it. */}
        {!(fields.includes('opinion') && !needsComment) && (
          <Form.Item
            label={needsComment ? (inPrinciple ? '修改意见' : '退回意见') : '意见（选填）'}
            name="comment"
            rules={
              needsComment
                ? [
                    {
                      required: true,
                      whitespace: true,
                      message: inPrinciple ? '原则通过时必须写明修改意见' : '退回时必须填写意见',
                    },
                  ]
                : []
            }
          >
            <Input.TextArea rows={3} maxLength={4800} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The routing table's line for a report no notice asks for, in one sentence. */
function statutoryLine(statutory: { main: string[]; copy: string[] }): string {
  if (statutory.main.length === 0) return '';
  const copy = statutory.copy.length > 0 ? `，抄送${statutory.copy.join('、')}` : '';
  return `按规定，本单位的年度报告应主送${statutory.main.join('、')}${copy}。`;
}
