import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { UnsentFormGuard } from '../../components/UnsentFormGuard';
import { useNavigate, useSearchParams } from 'react-router-dom';
// Import-free, shared with the API, which stores the same 〔〕 (see vite.config.ts fs.allow).
import { normalizeDocumentNumberYear } from '../../../../../libs/common/src/document-number';
import { ApiError } from '../../api/client';
import { duplicateCampaignMessage } from '../../api/errors';
import type { Unit } from '../../api/openapi.gen';
import { useIssueCampaign } from '../../api/mutations';
import { useCampaign, useDefaultRecipients, useTargetArea, useUnits } from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { formatDate } from '../../components/common';
import { JointReportsField } from './JointReportsField';
import { jointCandidates, jointPairLabel, jointReportsOf } from './jointPairs';
import { IssueConfirm } from './IssueConfirm';
import { ChainRulesFields, type ChainRulesChoice } from './ChainRulesFields';
import { warnChainShortfalls } from './ChainShortfallsWarning';
import { IssueRecipients } from './IssueRecipients';
import { TargetUnitsField } from './TargetUnitsField';
import { ItemOrderField, itemOrderText } from './ItemOrderField';
import { STATUTORY, sameOrder } from './ItemOrderList';
import { recipientName, splitRecipients } from './externalRecipients';
import { recipientGroupText } from './recipientGroups';
import {
  disclosureRange,
  dueDateRange,
  dueRangeMessage,
  fieldOfError,
  outside,
  regulationDisclosure,
  regulationDueDate,
  type ReportLine,
} from './issueRules';
import { defaultCampaignYear } from '../../components/dates';
import { DueDayNote } from './DueDayNote';

interface CampaignForm {
  /** 下发单位: the unit whose coordinator issues (a 司法局 officer may also run the 依法治X办). */
  issuingUnitId?: string;
  title: string;
  documentNumber?: string;
  reportYear: number;
  /** 年度报告, or a demonstration area's additional 示范地区年度报告 (its own report, by 31 January). */
  reportLine: ReportLine;
  body: string;
  unitIds: string[];
  /** 主送 and 抄送: filled from the routing table, changeable. */
  recipientMain: string[];
  recipientCopy: string[];
  useRegulationDate: boolean;
  dueDate?: Dayjs;
  disclosureDate?: Dayjs;
  /** The order the reports print the five items in, e.g. [3, 1, 2, 4, 5]. */
  itemOrder: number[];
  /** 报送时须上传盖章扫描件. */
  requiresStampedScan: boolean;
  chainRules?: ChainRulesChoice;
  /** 联合报告: the 党委 (by id) whose place's 政府 writes one report for both. */
  jointPartyCommitteeIds?: string[];
  deptReview: number;
  legalReview: number;
  partyApproval: number;
  leaderSignoff: number;
  dispatching: number;
  dueBefore: number[];
  onTheDay: boolean;
  escalateToLeaderAfter: number;
  escalateToCoordinatorAfter: number;
}

/**
 * 下发报送任务: the notice (title, 文号, text), target units from the unit tree, the due date
 * pre-filled from the regulation, stage limits and the reminder policy. With ?parentId= it cascades
 * a campaign received from above one level down (an earlier due date).
 */
export default function CampaignNewPage() {
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const { me } = useAuth();
  const [params] = useSearchParams();
  const parentId = params.get('parentId') ?? undefined;
  const parentQuery = useCampaign(parentId);
  const parent = parentQuery.data ?? null;
  const unitsQuery = useUnits();
  const units = useMemo(() => unitsQuery.data ?? [], [unitsQuery.data]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** The checked form awaiting "确认下发"; nothing is sent before. */
  const [pending, setPending] = useState<CampaignForm | null>(null);
  const [form] = Form.useForm<CampaignForm>();
  /** Something typed or chosen that 下发 has not sent yet: leaving asks first. */
  const typed = useRef(false);
  const reportYear = Form.useWatch('reportYear', form) ?? new Date().getFullYear();
  // A cascade asks for the line the campaign above asked for.
  const chosenLine = Form.useWatch('reportLine', form);
  const reportLine: ReportLine = parent?.reportLine ?? chosenLine ?? 'annual';
  const dueDate = Form.useWatch('dueDate', form);
  const disclosureDate = Form.useWatch('disclosureDate', form);
  const watchedTargetIds = Form.useWatch('unitIds', form);
  const targetIds = useMemo(() => watchedTargetIds ?? [], [watchedTargetIds]);
  /** Once the issuer changes 主送/抄送, choosing other targets no longer refills them. */
  const [recipientsEdited, setRecipientsEdited] = useState(false);
  const dueRange = dueDateRange({ reportYear, reportLine, parentDue: parent?.dueDate });
  const disclosure = disclosureRange({ reportYear, dueDate });
  // Every unit the user may issue for: a 州司法局 officer often runs the 依法治州办 housed there too,
  // and a notice goes out in one of their names (walk, stop 44: the form took the first role).
  const issuingUnits = useMemo(() => coordinatedUnitsOf(me?.roles ?? []), [me]);
  const chosenIssuer = Form.useWatch('issuingUnitId', form);
  const coordinatorUnit = chosenIssuer ?? issuingUnits[0]?.id;
  // The session may arrive after the form: the first unit is shown as chosen, not left blank.
  useEffect(() => {
    if (!form.getFieldValue('issuingUnitId') && issuingUnits[0])
      form.setFieldValue('issuingUnitId', issuingUnits[0].id);
  }, [form, issuingUnits]);
  // The same preview IssueRecipients shows (one cache entry): per-target lists for the confirmation.
  const pendingQuery = useDefaultRecipients(coordinatorUnit, pending?.unitIds ?? [], reportLine, reportYear);
  // Never the previous selection's answer while this one loads (it would name the wrong conflict).
  const pendingPreview = pendingQuery.isPlaceholderData ? undefined : pendingQuery.data;

  // The parent's notice fills the form once, when it arrives (later refetches keep the user's edits).
  const filledFrom = useRef<string | null>(null);
  useEffect(() => {
    if (!parent || filledFrom.current === parent.id) return;
    filledFrom.current = parent.id;
    form.setFieldsValue({
      title: parent.notice.title,
      reportYear: parent.reportYear,
      body: parent.notice.body,
      useRegulationDate: false,
      dueDate: parent.dueDate
        ? dayjs(parent.dueDate).subtract(7, 'day')
        : regulationDueDate(parent.reportYear, parent.reportLine).subtract(7, 'day'),
      disclosureDate: dayjs(parent.disclosureDate),
      itemOrder: [...parent.itemOrder],
      requiresStampedScan: parent.requiresStampedScan,
    });
  }, [parent, form]);
  const parentError = parentQuery.error
    ? parentQuery.error instanceof ApiError
      ? parentQuery.error.message
      : '加载上级任务失败'
    : null;

  // Targets: the units the server says this issuer may ask (below it, and for a department or a
  // 依法治X办 its level's units too), which /units does not show a 司法局 clerk running the office.
  const area = useTargetArea(coordinatorUnit);
  const areaUnits = useMemo(() => area.data?.units ?? [], [area.data]);
  // The demonstration line is asked only of governments designated demonstration areas.
  const below = useMemo(
    () =>
      reportLine === 'demonstration_area'
        ? areaUnits.filter((u) => u.kind === 'government' && u.demonstrationArea)
        : areaUnits,
    [areaUnits, reportLine],
  );
  /** Every unit this page can name: the visible ones and the ones it may ask. */
  const known = useMemo(() => {
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const unit of areaUnits) byId.set(unit.id, unit);
    return [...byId.values()];
  }, [units, areaUnits]);
  const thisYear = new Date().getFullYear();
  const defaultReportYear = defaultCampaignYear();
  const jointChoices = useMemo(
    () => jointCandidates(known.filter((u) => targetIds.includes(u.id))),
    [known, targetIds],
  );

  const issue = useIssueCampaign();
  const submit = async (v: CampaignForm) => {
    setBusy(true);
    setError(null);
    try {
      const campaign = await issue.mutateAsync({
        issuingUnitId: coordinatorUnit,
        parentId,
        reportYear: parentId ? undefined : v.reportYear,
        reportLine: parentId ? undefined : v.reportLine,
        title: v.title.trim(),
        documentNumber: v.documentNumber?.trim() || undefined,
        body: v.body,
        dueDate: v.useRegulationDate ? undefined : v.dueDate?.format('YYYY-MM-DD'),
        disclosureDate: v.disclosureDate?.format('YYYY-MM-DD'),
        // Sent only when it differs from what the campaign would get anyway (the cascade's, else the regulation's).
        itemOrder: sameOrder(v.itemOrder, parent?.itemOrder ?? STATUTORY) ? undefined : v.itemOrder,
        requiresStampedScan: v.requiresStampedScan,
        chainRules: v.chainRules,
        stageLimits: {
          dept_review: v.deptReview,
          legal_review: v.legalReview,
          party_approval: v.partyApproval,
          leader_signoff: v.leaderSignoff,
          dispatching: v.dispatching,
        },
        reminderPolicy: {
          dueBefore: [...new Set(v.dueBefore)].sort((a, b) => b - a),
          onTheDay: v.onTheDay,
          escalateToLeaderAfter: v.escalateToLeaderAfter,
          escalateToCoordinatorAfter: v.escalateToCoordinatorAfter,
        },
        targets: {
          unitIds: v.unitIds,
          jointReports: jointReportsOf(
            jointCandidates(known.filter((u) => v.unitIds.includes(u.id))),
            v.jointPartyCommitteeIds ?? [],
          ),
        },
        // Nothing chosen yet (the preview had not answered): the server applies the same defaults.
        recipients: v.recipientMain?.length ? recipientsOf(v.recipientMain, v.recipientCopy) : undefined,
      });
      setPending(null);
      typed.current = false;
      // Shown at once and long enough to be read while the board loads (it may take a few seconds).
      message.success({ content: `已向 ${campaign.targetCount} 个单位下发报送任务`, duration: 6 });
      navigate(`/app/campaigns/${campaign.id}`);
      // Adopted reports without a step this campaign requires: a warning the issuer dismisses.
      warnChainShortfalls(modal, campaign.chainShortfalls);
    } catch (e) {
      // A refusal about one field is shown beside it. Anything else stays where the user is looking:
      // in the open confirmation (the alert above the form is scrolled out of view), and as a toast.
      const field = e instanceof ApiError ? fieldOfError(e) : null;
      if (field && e instanceof ApiError) {
        setPending(null);
        form.setFields([{ name: field, errors: [e.message] }]);
        message.error(e.message);
      } else {
        const text = e instanceof ApiError ? issueRefusalText(e, known) : '下发失败，请稍后重试。';
        setError(text);
        message.error(text);
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          {parent ? '逐级下发报送任务' : '下发报送任务'}
        </Typography.Title>
      }
    >
      <UnsentFormGuard typed={typed} what="报送任务（通知标题、正文、报送单位等）" />
      {parent && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`转发上级任务：${parent.notice.title}${parent.notice.documentNumber ? `（${parent.notice.documentNumber}）` : ''}，上级截止 ${formatDate(parent.dueDate)}。本级截止日期应早于上级。`}
        />
      )}
      {(error ?? parentError) && !pending && (
        <Alert type="error" showIcon title={error ?? parentError} style={{ marginBottom: 12 }} role="alert" />
      )}
      <Form<CampaignForm>
        form={form}
        layout="vertical"
        // 下发 sits at the foot of a long form: an error far above it must come into view, not pass unseen.
        scrollToFirstError={{ block: 'center', focus: true }}
        onFinish={(v) => {
          setError(null);
          setPending(v);
        }}
        // Enter in a field (a date, the title) must never issue a campaign: only the button does.
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !(e.target instanceof HTMLTextAreaElement)) e.preventDefault();
        }}
        initialValues={{
          reportYear: defaultReportYear,
          reportLine: 'annual',
          issuingUnitId: issuingUnits[0]?.id,
          useRegulationDate: false,
          dueDate: regulationDueDate(defaultReportYear),
          disclosureDate: regulationDisclosure(defaultReportYear),
          deptReview: 3,
          legalReview: 3,
          partyApproval: 5,
          // The API's default for a stage the campaign leaves out (DEFAULT_STAGE_LIMIT_WORKING_DAYS):
          // shown, so the 签发 and 编号发文 limits are the campaign's own (a walk, stop 50: they
          // read as a deadline nobody had set).
          leaderSignoff: 5,
          dispatching: 5,
          dueBefore: [5, 3, 1],
          onTheDay: true,
          escalateToLeaderAfter: 1,
          escalateToCoordinatorAfter: 3,
          unitIds: [],
          recipientMain: [],
          recipientCopy: [],
          requiresStampedScan: false,
        }}
        onValuesChange={(changed: Partial<CampaignForm>) => {
          typed.current = true;
          // A refusal was about the form as sent: once the units, year or line change it no longer
          // holds (a walk, stop 55: 「…已在…中」 stayed pinned after the unit was unticked).
          if (changed.unitIds || changed.reportYear || changed.reportLine || changed.issuingUnitId)
            setError(null);
          if (changed.issuingUnitId) {
            // Another issuer asks other units, on other lines: its targets and lists are chosen anew.
            form.setFieldsValue({ unitIds: [], recipientMain: [], recipientCopy: [] });
            setRecipientsEdited(false);
          }
          if (changed.reportYear && !parent) {
            form.setFieldsValue({
              dueDate: regulationDueDate(changed.reportYear, form.getFieldValue('reportLine') as ReportLine),
              disclosureDate: regulationDisclosure(changed.reportYear),
            });
          }
          if (changed.reportLine && !parent) {
            const designated = new Set(
              areaUnits.filter((u) => u.kind === 'government' && u.demonstrationArea).map((u) => u.id),
            );
            form.setFieldsValue({
              dueDate: regulationDueDate(reportYear, changed.reportLine),
              // Units chosen for the annual report that owe no additional one leave the selection.
              ...(changed.reportLine === 'demonstration_area'
                ? { unitIds: (form.getFieldValue('unitIds') as string[]).filter((id) => designated.has(id)) }
                : {}),
            });
          }
        }}
      >
        {issuingUnits.length > 1 && (
          <Form.Item
            label="下发单位"
            name="issuingUnitId"
            extra="您在多个单位担任协调员：通知以所选单位的名义下发，由该单位接收、退回各单位的报告"
          >
            <Select
              data-testid="issuing-unit"
              style={{ maxWidth: 480 }}
              options={issuingUnits.map((u) => ({ value: u.id, label: u.name }))}
            />
          </Form.Item>
        )}
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item
              label="通知标题"
              name="title"
              rules={[{ required: true, whitespace: true, message: '请填写通知标题' }]}
            >
              <Input maxLength={200} placeholder={`关于报送${reportYear}年度法治政府建设情况报告的通知`} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item label="文号" name="documentNumber">
              <Input
                maxLength={100}
                placeholder={`如：昌州政办通〔${thisYear}〕1号`}
                // [2026]、（2026） typed on a PC become 〔2026〕 as the user leaves the field (the API does the same).
                onBlur={(e) => {
                  const typed = e.target.value;
                  const normalized = normalizeDocumentNumberYear(typed);
                  if (normalized !== typed) form.setFieldValue('documentNumber', normalized);
                }}
              />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item label="报告年度" name="reportYear" rules={[{ required: true, message: '请填写年度' }]}>
              <InputNumber min={2000} max={2200} style={{ width: '100%' }} disabled={!!parent} />
            </Form.Item>
          </Col>
        </Row>
        {/* Not refused (the API takes any year), but said: a walk (stop 46) issued 2093, and the units
            found at 集体审议 that no meeting date of a year not yet begun is accepted. */}
        {!parent && reportYear > thisYear && (
          <Alert
            type="warning"
            showIcon
            data-testid="future-year-warning"
            style={{ marginBottom: 12 }}
            title={`${reportYear}年度尚未开始：集体审议须在该年度内召开会议，各单位现在无法完成报告。请确认报告年度（通常为本年度或刚结束的年度）。`}
          />
        )}
        <Form.Item
          label="报告类型"
          name="reportLine"
          extra={
            parent
              ? '逐级下发沿用上级任务的报告类型'
              : reportLine === 'demonstration_area'
                ? '全国法治政府建设示范地区另行报送的报告，经依法治省（区）办报中央依法治国办，1月31日前报送；只能向示范地区的人民政府下发，不影响其年度报告的报送时间。'
                : undefined
          }
        >
          <Radio.Group
            disabled={!!parent}
            data-testid="report-line"
            options={[
              { value: 'annual', label: '法治政府建设年度报告' },
              { value: 'demonstration_area', label: '示范地区年度报告（另行报送）' },
            ]}
          />
        </Form.Item>
        <Form.Item label="通知正文" name="body" rules={[{ required: true, message: '请填写通知正文' }]}>
          <Input.TextArea rows={4} />
        </Form.Item>
        <TargetUnitsField units={below} />
        <JointReportsField candidates={jointChoices} />
        <IssueRecipients
          issuingUnitId={coordinatorUnit}
          reportLine={reportLine}
          reportYear={reportYear}
          targetIds={targetIds}
          units={known}
          edited={recipientsEdited}
          onEdited={() => setRecipientsEdited(true)}
        />
        <Row gutter={16}>
          <Col span={6}>
            <Form.Item
              label="按各单位法定日期"
              name="useRegulationDate"
              valuePropName="checked"
              tooltip="次年3月1日；示范地区1月31日；省级政府4月1日"
            >
              <Switch />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item noStyle shouldUpdate={(a, b) => a.useRegulationDate !== b.useRegulationDate}>
              {({ getFieldValue }) => (
                <Form.Item
                  label="报送截止日期"
                  name="dueDate"
                  rules={[
                    { required: !getFieldValue('useRegulationDate'), message: '请选择截止日期' },
                    {
                      validator: (_, value?: Dayjs) =>
                        !value || getFieldValue('useRegulationDate') || !outside(value, dueRange)
                          ? Promise.resolve()
                          : Promise.reject(new Error(dueRangeMessage(dueRange, reportYear))),
                    },
                  ]}
                  extra={
                    <>
                      <div>
                        {parent
                          ? '不晚于上级任务的截止日期'
                          : reportLine === 'demonstration_area'
                            ? '示范地区年度报告预填为次年1月31日，只能提前'
                            : '依据督察工作规定预填为次年3月1日，只能提前'}
                      </div>
                      <DueDayNote value={dueDate} testId="due-day-note" />
                    </>
                  }
                >
                  <DatePicker
                    style={{ width: '100%' }}
                    disabled={getFieldValue('useRegulationDate') as boolean}
                    disabledDate={(d) => outside(d, dueRange)}
                  />
                </Form.Item>
              )}
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              label="公开截止日期"
              name="disclosureDate"
              extra={
                <>
                  <div>依规定于次年4月1日前公开，不早于报送截止日期</div>
                  <DueDayNote value={disclosureDate} testId="disclosure-day-note" />
                </>
              }
              dependencies={['dueDate']}
              rules={[
                {
                  validator: (_, value?: Dayjs) =>
                    !value || !outside(value, disclosure)
                      ? Promise.resolve()
                      : Promise.reject(new Error('公开日期应在报送截止之后、次年4月1日之前')),
                },
              ]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => outside(d, disclosure)} />
            </Form.Item>
          </Col>
        </Row>
        <ItemOrderField cascaded={Boolean(parent)} />
        <Form.Item
          label="报送时须上传盖章扫描件"
          name="requiresStampedScan"
          valuePropName="checked"
          extra="开启后，各单位编号发文（报送）时须上传本次报送版本加盖公章后的扫描件（PDF），否则无法报送。下发后不能更改。"
        >
          <Switch data-testid="requires-stamped-scan" />
        </Form.Item>
        <ChainRulesFields inherited={parent?.chainRules} />
        <Card size="small" title="各环节时限（工作日）" style={{ marginBottom: 16 }}>
          <Space size="large" wrap>
            <Form.Item label="科室审核" name="deptReview" rules={[{ required: true }]}>
              <InputNumber min={1} max={60} />
            </Form.Item>
            <Form.Item label="法律顾问审查" name="legalReview" rules={[{ required: true }]}>
              <InputNumber min={1} max={60} />
            </Form.Item>
            <Form.Item
              label="集体审议（党组会议/常务会议等）"
              name="partyApproval"
              rules={[{ required: true }]}
            >
              <InputNumber min={1} max={60} />
            </Form.Item>
            <Form.Item label="主要负责人签发" name="leaderSignoff" rules={[{ required: true }]}>
              <InputNumber min={1} max={60} />
            </Form.Item>
            <Form.Item label="编号发文" name="dispatching" rules={[{ required: true }]}>
              <InputNumber min={1} max={60} />
            </Form.Item>
          </Space>
        </Card>
        <Card size="small" title="催办提醒" style={{ marginBottom: 16 }}>
          <Space size="large" wrap>
            <Form.Item label="截止前提醒（工作日）" name="dueBefore">
              <Checkbox.Group options={[10, 5, 3, 1].map((d) => ({ value: d, label: `前 ${d} 天` }))} />
            </Form.Item>
            <Form.Item label="截止当天提醒" name="onTheDay" valuePropName="checked">
              <Switch />
            </Form.Item>
            <Form.Item label="逾期几日报单位负责人" name="escalateToLeaderAfter">
              <InputNumber min={0} max={60} />
            </Form.Item>
            <Form.Item label="逾期几日督办（报下发单位经办人）" name="escalateToCoordinatorAfter">
              <InputNumber min={0} max={60} />
            </Form.Item>
          </Space>
        </Card>
        <Space>
          <Button type="primary" htmlType="submit" loading={busy}>
            下发
          </Button>
          <Button onClick={() => navigate('/app/campaigns')}>取消</Button>
        </Space>
      </Form>
      {pending && (
        <IssueConfirm
          title={pending.title}
          demonstrationLine={reportLine === 'demonstration_area'}
          drafterCounts={area.data?.drafterCounts}
          documentNumber={
            pending.documentNumber ? normalizeDocumentNumberYear(pending.documentNumber.trim()) : null
          }
          dueDate={pending.useRegulationDate ? null : (pending.dueDate?.format('YYYY-MM-DD') ?? null)}
          targets={known.filter((u) => pending.unitIds.includes(u.id))}
          jointPairs={jointCandidates(known.filter((u) => pending.unitIds.includes(u.id)))
            .filter((pair) => (pending.jointPartyCommitteeIds ?? []).includes(pair.partyCommittee.id))
            .map(jointPairLabel)}
          jointPartyCommitteeIds={jointReportsOf(
            jointCandidates(known.filter((u) => pending.unitIds.includes(u.id))),
            pending.jointPartyCommitteeIds ?? [],
          ).map((pair) => pair.partyCommitteeUnitId)}
          requiresStampedScan={pending.requiresStampedScan}
          itemOrder={{
            text: itemOrderText(pending.itemOrder),
            statutory: sameOrder(pending.itemOrder, STATUTORY),
          }}
          recipients={{
            main: (pending.recipientMain ?? []).map((value) => recipientName(known, value)),
            copy: (pending.recipientCopy ?? []).map((value) => recipientName(known, value)),
            // No 主送 named and the targets' lines differ: each group goes to its own (a named 抄送 to all).
            groups:
              !pending.recipientMain?.length && pendingPreview?.groups
                ? pendingPreview.groups.map((group) =>
                    recipientGroupText(
                      group,
                      pending.recipientCopy?.length
                        ? pending.recipientCopy.map((value) => recipientName(known, value))
                        : undefined,
                    ),
                  )
                : undefined,
          }}
          busy={busy}
          error={error}
          conflict={
            pendingPreview?.alreadyAsked
              ? duplicateCampaignMessage(
                  {
                    title: pendingPreview.alreadyAsked.title,
                    documentNumber: pendingPreview.alreadyAsked.documentNumber,
                  },
                  pendingPreview.alreadyAsked.units.map((u) => u.name),
                )
              : null
          }
          unstaffed={pendingPreview?.unstaffed}
          onConfirm={() => void submit(pending)}
          onCancel={() => setPending(null)}
        />
      )}
    </Card>
  );
}

/** The form's lists (units and `external:` bodies side by side) as the API takes them. */
function recipientsOf(main: string[], copy: string[] | undefined) {
  const m = splitRecipients(main);
  const c = splitRecipients(copy);
  return { main: m.units, copy: c.units, external: { main: m.bodies, copy: c.bodies } };
}

/** A refusal of 下发 in the user's words; a duplicate names the units already asked (the API sends ids). */
function issueRefusalText(error: ApiError, known: Unit[]): string {
  if (error.code !== 'CAMPAIGN_DUPLICATE') return error.message;
  const ids = Array.isArray(error.details.unitIds) ? (error.details.unitIds as string[]) : [];
  const names = ids.map((id) => known.find((u) => u.id === id)?.name).filter((n): n is string => !!n);
  return duplicateCampaignMessage(error.details, names.length === ids.length ? names : []);
}

/** The units the user holds coordinator in, once each, by name (a role's unit may be unnamed: its id). */
function coordinatedUnitsOf(roles: ReadonlyArray<{ role: string; unitId: string; unitName: string | null }>) {
  const byId = new Map<string, { id: string; name: string }>();
  for (const r of roles) {
    if (r.role === 'coordinator' && !byId.has(r.unitId))
      byId.set(r.unitId, { id: r.unitId, name: r.unitName ?? r.unitId });
  }
  return [...byId.values()];
}
