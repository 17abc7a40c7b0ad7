import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Radio,
  Select,
  Space,
  Tag,
} from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { BUILT_IN_DEFINITIONS } from '../../../../../libs/workflow/src/default-definition';
import { isSignedOff } from '../../../../../libs/workflow/src/signed-off';
import { ApiError } from '../../api/client';
import { keepEnterFromSubmitting } from '../../components/formKeys';
import type { Disclosure, DisclosureChannel, ReportDetail, Role } from '../../api/openapi.gen';
import { useCorrectPublication, useRecordDisclosureReview, useRecordPublication } from '../../api/mutations';
import { errorText, useDisclosure } from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { beijingDay, formatDate, formatDateTime, TimeLeftTag } from '../../components/common';
import { disclosureColumn, type DisclosureColumnValue } from './disclosureStatus';
import { DisclosureMarking } from './DisclosureMarking';

export const CHANNEL_LABELS: Record<DisclosureChannel, string> = {
  government_website: '政府网站',
  newspaper: '报刊',
  new_media: '政务新媒体',
  other: '其他',
};

/**
 * The track starts once the report is signed off (签发), in parallel with its numbering and sending:
 * the states the API allows it in (isSignedOff). It started only once sent, and a unit whose dispatch
 * waited for a 文号 could not clear or publish (external QA, stop 52).
 */
const SIGNED_OFF_STATES = new Set(
  BUILT_IN_DEFINITIONS.flatMap((d) => d.states.filter((s) => isSignedOff(d, s.id)).map((s) => s.id)),
);
/** Sent (or further): the publication may be recorded, once cleared (the API's rule). */
const SENT_STATES = new Set(
  BUILT_IN_DEFINITIONS.flatMap((d) => d.states)
    .filter((s) => s.kind === 'external' || s.kind === 'final')
    .map((s) => s.id),
);

/** Why the API refused a field, in the words the form shows beside it. */
const FIELD_MESSAGES: Record<string, string> = {
  url: '请填写以 http:// 或 https:// 开头的公开网址',
  publishedOn: '公开日期不能晚于今天，也不能早于保密审查日期',
  comment: '需修改时请写明需要修改的内容',
};

const COLUMN_TAGS: Record<DisclosureColumnValue, { label: string; color: string }> = {
  published: { label: '已公开', color: 'green' },
  not_published: { label: '未公开', color: 'default' },
  overdue_unpublished: { label: '逾期未公开', color: 'red' },
};

/**
 * `unit`: the reporting unit as the reader says it, 本单位 for its own staff, its name for an office
 * above (a 依法治县办 read "由本单位科室审核人…审查" of a bureau's report, a walk, stop 42).
 */
function reviewText(disclosure: Disclosure, unit: string): string {
  const review = disclosure.review;
  // Who does it, said to everyone (the drafter saw only 待保密审查 and did not know whom to ask).
  if (!review) return `待保密审查（由${unit}科室审核人或主要负责人审查）`;
  const verdict = review.conclusion === 'cleared' ? '通过' : '需修改';
  return `${verdict}（第 ${review.revision} 版，${formatDateTime(review.reviewedAt)}）${review.comment ? `：${review.comment}` : ''}`;
}

/** Puts a refused field's reason beside the field; any other refusal is returned for the form's alert. */
function showRefusal(form: FormInstance, error: unknown): string | null {
  const field = error instanceof ApiError ? error.details.field : undefined;
  if (typeof field === 'string' && FIELD_MESSAGES[field]) {
    form.setFields([{ name: field, errors: [FIELD_MESSAGES[field]] }]);
    return null;
  }
  return error instanceof ApiError ? error.message : '提交失败';
}

/** 政务公开 on the report page: where the track stands, and the step the user may record next. */
export function DisclosurePanel({ report }: { report: ReportDetail }) {
  const { me } = useAuth();
  // A reader it was sent to (an office once it decided, 主送, 抄送) sees whether and where it was
  // published, not the unit's 保密审查: the block vanished for the issuing office once it had
  // accepted or returned (a walk, stop 53).
  const sentTo = report.copyOnly;
  const signedOff = SIGNED_OFF_STATES.has(report.state);
  const query = useDisclosure(report.id, signedOff);
  if (!signedOff) return null;
  const disclosure = query.data;
  const heldHere = (...roles: Role[]) =>
    (me?.roles ?? []).some((r) => roles.includes(r.role) && r.unitId === report.unit.id);
  const publicPage = `/public/reports?unit=${report.unit.id}&year=${report.reportYear}`;
  // Published, then corrected and signed off again: the new text is reviewed and published in turn,
  // the earlier publication standing meanwhile (an external QA engineer, stop 57: no way to do it).
  const republishing =
    disclosure?.status === 'published' &&
    disclosure.publication !== null &&
    disclosure.publication.revision < report.currentRevision;
  const clearedAsItStands =
    (disclosure?.status === 'cleared_for_publication' ||
      (republishing && disclosure?.review?.conclusion === 'cleared')) &&
    disclosure?.review?.revision === report.currentRevision;
  const unitWord = me?.unit.id === report.unit.id ? '本单位' : report.unit.name;

  return (
    <Card
      id="disclosure"
      size="small"
      title="政务公开"
      data-testid="disclosure-panel"
      loading={query.isPending}
    >
      {query.error && <Alert type="error" showIcon role="alert" title={errorText(query.error)} />}
      {disclosure && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Descriptions
            size="small"
            column={2}
            items={[
              {
                key: 'status',
                label: '公开状态',
                children: <StatusTag disclosure={disclosure} />,
              },
              {
                key: 'due',
                label: '公开截止',
                children:
                  disclosure.status === 'published' ? (
                    formatDate(disclosure.dueDate)
                  ) : (
                    <TimeLeftTag due={disclosure.dueDate} workingDaysLeft={disclosure.workingDaysLeft} />
                  ),
              },
              ...(sentTo
                ? []
                : [
                    { key: 'review', label: '保密审查', span: 2, children: reviewText(disclosure, unitWord) },
                  ]),
              ...(disclosure.publication
                ? [
                    {
                      key: 'publication',
                      label: '公开情况',
                      children: (
                        <span>
                          {formatDate(disclosure.publication.publishedOn)} 于
                          {CHANNEL_LABELS[disclosure.publication.channel]}公开：
                          <a href={disclosure.publication.url} target="_blank" rel="noreferrer">
                            {disclosure.publication.url}
                          </a>
                        </span>
                      ),
                    },
                  ]
                : []),
              {
                key: 'public-page',
                label: '公开页面',
                children: (
                  <a href={publicPage} target="_blank" rel="noreferrer">
                    查看{unitWord}已公开的年度报告
                  </a>
                ),
              },
            ]}
          />
          {republishing && !sentTo && (
            <Alert
              type="warning"
              showIcon
              data-testid="disclosure-republish"
              title={`已公开的是第 ${disclosure.publication!.revision} 版；报告更正后为第 ${report.currentRevision} 版，请对第 ${report.currentRevision} 版重新保密审查并登记公开。登记前，公开页面仍为第 ${disclosure.publication!.revision} 版。`}
            />
          )}
          {!sentTo && heldHere('drafter') && <DisclosureMarking report={report} disclosure={disclosure} />}
          {(disclosure.status !== 'published' || republishing) &&
            heldHere('unit_leader', 'dept_reviewer') &&
            // Cleared for the text as it stands: no second review is asked, and an empty form under
            // 通过 left the reviewer wondering what came next (a walk, stop 53).
            (clearedAsItStands ? (
              !heldHere('drafter', 'unit_leader') && (
                <Alert
                  type="success"
                  showIcon
                  data-testid="disclosure-review-done"
                  title="保密审查已通过。报告报送后，由起草人或主要负责人登记公开。"
                />
              )
            ) : (
              <ReviewForm report={report} disclosure={disclosure} />
            ))}
          {/* A mistyped address or date is corrected with a reason, the record kept in the history
              (a walk, stop 53: 登记后不能修改, and the board and the feed kept the typo). */}
          {disclosure.status === 'published' && heldHere('drafter', 'unit_leader') && (
            <PublicationCorrection report={report} disclosure={disclosure} />
          )}
          {(disclosure.status === 'cleared_for_publication' || (republishing && clearedAsItStands)) &&
            heldHere('drafter', 'unit_leader') &&
            (SENT_STATES.has(report.state) ? (
              <PublicationForm report={report} disclosure={disclosure} />
            ) : (
              // Cleared before it was sent: a text published now could still change (review, stop 52).
              <Alert
                type="info"
                showIcon
                data-testid="disclosure-publish-after-dispatch"
                title="保密审查已通过，无需再次审查。报告报送（完成编号发文）后，即可登记公开。"
              />
            ))}
        </Space>
      )}
    </Card>
  );
}

function StatusTag({ disclosure }: { disclosure: Disclosure }) {
  const tag = COLUMN_TAGS[disclosureColumn(disclosure, beijingDay(new Date()))];
  return (
    <Tag color={tag.color} data-testid="disclosure-status">
      {tag.label}
    </Tag>
  );
}

interface StepProps {
  report: ReportDetail;
  disclosure: Disclosure;
}

function ReviewForm({ report, disclosure }: StepProps) {
  const { message, modal } = App.useApp();
  const review = useRecordDisclosureReview(report.id);
  const [form] = Form.useForm<{ conclusion: 'cleared' | 'changes_needed'; comment?: string }>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const needsChanges = Form.useWatch('conclusion', form) === 'changes_needed';
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label="保密审查"
      onKeyDown={keepEnterFromSubmitting}
      // No conclusion is chosen beforehand, and 通过 is confirmed: one click on the only button
      // recorded 通过 for a reviewer who read it as "send for review" (a walk, stop 40).
      onFinish={async (values) => {
        if (
          values.conclusion === 'cleared' &&
          !(await modal.confirm({
            title: '确认保密审查通过？',
            content: '通过后，报告报送后即可登记公开：除标注不予公开的内容外，报告将向社会公开。',
            okText: '确认通过',
            cancelText: '再看看',
          }))
        )
          return;
        setBusy(true);
        setRefusal(null);
        try {
          await review.mutateAsync({
            expectedVersion: disclosure.version,
            conclusion: values.conclusion,
            comment: values.comment?.trim() || undefined,
          });
          message.success('保密审查结论已记录');
          form.resetFields();
        } catch (error) {
          // Someone recorded a step first (409): the hook re-read the track, shown beside the message.
          setRefusal(showRefusal(form, error));
        } finally {
          setBusy(false);
        }
      }}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 8 }} />}
      <Form.Item
        label="保密审查结论"
        name="conclusion"
        rules={[{ required: true, message: '请选择保密审查结论：通过或需修改' }]}
      >
        <Radio.Group
          options={[
            { value: 'cleared', label: '通过' },
            { value: 'changes_needed', label: '需修改' },
          ]}
        />
      </Form.Item>
      <Form.Item
        label="审查意见"
        name="comment"
        rules={[{ required: needsChanges, whitespace: true, message: FIELD_MESSAGES.comment }]}
      >
        <Input.TextArea rows={2} maxLength={2000} placeholder="如：第三部分案件当事人姓名应标注不予公开" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        记录审查结论
      </Button>
    </Form>
  );
}

interface PublicationValues {
  channel: DisclosureChannel;
  url: string;
  publishedOn: Dayjs;
  /** 更正 only: why the record is corrected. */
  reason?: string;
}

/** 更正公开信息: a button, then the publication form filled with the record, and the reason. */
function PublicationCorrection({ report, disclosure }: StepProps) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <Button size="small" onClick={() => setOpen(true)} data-testid="correct-publication">
        更正公开信息
      </Button>
    );
  return <PublicationForm report={report} disclosure={disclosure} correcting onDone={() => setOpen(false)} />;
}

function PublicationForm({
  report,
  disclosure,
  correcting = false,
  onDone,
}: StepProps & { correcting?: boolean; onDone?: () => void }) {
  const { message, modal } = App.useApp();
  const publication = useRecordPublication(report.id);
  const correction = useCorrectPublication(report.id);
  const recorded = disclosure.publication;
  const [form] = Form.useForm<PublicationValues>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const today = beijingDay(new Date());
  return (
    <Form
      form={form}
      layout="vertical"
      aria-label={correcting ? '更正公开信息' : '登记公开'}
      onKeyDown={keepEnterFromSubmitting}
      initialValues={
        correcting && recorded
          ? { channel: recorded.channel, url: recorded.url, publishedOn: dayjs(recorded.publishedOn) }
          : undefined
      }
      onFinish={async (values) => {
        // A public, dated fact: said back before it is recorded (a walk, stop 49).
        const stated = `${values.publishedOn.format('YYYY-MM-DD')} 于${CHANNEL_LABELS[values.channel]}公开：${values.url.trim()}。`;
        if (
          !(await modal.confirm({
            title: correcting ? '确认更正公开信息？' : '确认登记公开？',
            content: correcting
              ? `更正为：${stated}更正前的登记和更正原因记入流程记录。`
              : `${stated}登记后如有错误，可填写原因更正。`,
            okText: correcting ? '确认更正' : '确认登记',
            cancelText: '再看看',
          }))
        )
          return;
        setBusy(true);
        setRefusal(null);
        try {
          const body = {
            expectedVersion: disclosure.version,
            channel: values.channel,
            url: values.url.trim(),
            publishedOn: values.publishedOn.format('YYYY-MM-DD'),
          };
          if (correcting) {
            await correction.mutateAsync({ ...body, reason: values.reason?.trim() ?? '' });
            message.success('公开信息已更正');
            onDone?.();
            return;
          }
          await publication.mutateAsync(body);
          message.success('公开情况已登记');
        } catch (error) {
          // Someone recorded a step first (409): the hook re-read the track, shown beside the message.
          setRefusal(showRefusal(form, error));
        } finally {
          setBusy(false);
        }
      }}
    >
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 8 }} />}
      <Space wrap align="start">
        <Form.Item label="公开渠道" name="channel" rules={[{ required: true, message: '请选择公开渠道' }]}>
          <Select
            style={{ width: 160 }}
            options={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Form.Item>
        <Form.Item
          label="公开网址"
          name="url"
          rules={[
            { required: true, message: '请填写公开网址' },
            { pattern: /^https?:\/\/\S+$/i, message: FIELD_MESSAGES.url },
            // The API's rule: characters no web address has (scenario test, stop 53).
            { pattern: /^[^"<>`{}|\\^]*$/, message: '网址中不能有引号、尖括号等字符，请从浏览器地址栏复制' },
          ]}
        >
          <Input style={{ width: 380 }} placeholder="https://www.example.gov.cn/zwgk/…" />
        </Form.Item>
        <Form.Item
          label="公开日期"
          name="publishedOn"
          rules={[{ required: true, message: '请选择公开日期' }]}
        >
          <DatePicker
            format="YYYY-MM-DD"
            // The API refuses a date after today (Beijing): do not offer one.
            disabledDate={(day) => day.isAfter(dayjs(today), 'day')}
          />
        </Form.Item>
      </Space>
      {correcting && (
        <Form.Item
          label="更正原因"
          name="reason"
          rules={[{ required: true, whitespace: true, message: '请填写更正原因' }]}
        >
          <Input maxLength={500} placeholder="如：网址录入有误，更正为实际发布地址" />
        </Form.Item>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={busy}>
          {correcting ? '保存更正' : '登记公开'}
        </Button>
        {correcting && <Button onClick={onDone}>取消</Button>}
      </Space>
    </Form>
  );
}
