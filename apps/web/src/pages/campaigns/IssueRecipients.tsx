import { Alert, Col, Form, Row, Select } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { ApiError } from '../../api/client';
import { duplicateCampaignMessage } from '../../api/errors';
import type { DefaultRecipients, Unit } from '../../api/openapi.gen';
import { useDefaultRecipients } from '../../api/queries';
import { externalOptions, externalValue } from './externalRecipients';
import type { ReportLine } from './issueRules';
import { recipientGroupText, unresolvedText } from './recipientGroups';
import { UnstaffedTargetsAlert } from './UnstaffedTargetsAlert';

/** What the preview's `source` means to the issuer, in its words. */
export function recipientSourceText(preview: Pick<DefaultRecipients, 'source' | 'reason'>): string {
  if (preview.source === 'routing_table')
    return '已按《法治政府建设与责任落实督察工作规定》报送路径预填主送、抄送单位，可修改。';
  if (preview.source === 'per_target')
    return '所选单位的报送路径不同，将按各单位的报送路径分别报送（见下）；如在此指定主送单位，则所有单位统一报送给指定单位。';
  return '本单位不在所选单位的报送路径上，默认由本单位接收；可在此指定主送、抄送单位。';
}

/**
 * 主送 and 抄送 of the campaign being issued: filled from the routing table for the chosen targets
 * (POST /campaigns/default-recipients) until the issuer changes them; any unit it can see that is
 * not a target may be chosen (the API checks whom it may name, RECIPIENT_INVALID), and the bodies
 * outside the tree the regulation names (党中央、国务院 for a province's report).
 */
export function IssueRecipients({
  issuingUnitId,
  reportLine,
  reportYear,
  targetIds,
  units,
  onEdited,
  edited,
}: {
  issuingUnitId: string | undefined;
  /** The line asked for: its recipients (a demonstration area's go to the 依法治省办). */
  reportLine: ReportLine;
  /** The year asked for: units a campaign of the issuer already asks for it are named at once. */
  reportYear: number | undefined;
  targetIds: string[];
  units: Unit[];
  /** Called once the issuer changes either list: the preview no longer overwrites them. */
  onEdited: () => void;
  edited: boolean;
}) {
  const form = Form.useFormInstance();
  const editedRef = useRef(edited);
  editedRef.current = edited;
  const key = targetIds.join(',');
  // The key stands for the target list, so a re-render with the same targets asks nothing.
  const unitIds = useMemo(() => (key ? key.split(',') : []), [key]);
  const query = useDefaultRecipients(issuingUnitId, unitIds, reportLine, reportYear);
  const preview = unitIds.length > 0 ? (query.data ?? null) : null;
  const failure = query.error
    ? query.error instanceof ApiError
      ? query.error.message
      : '无法读取默认收件单位'
    : null;
  // A fresh answer for these targets fills the lists, until the issuer has changed them.
  const answer = unitIds.length > 0 && !query.isPlaceholderData ? query.data : undefined;
  useEffect(() => {
    if (!answer || editedRef.current) return;
    form.setFieldsValue({
      recipientMain: [
        ...answer.main.map((u) => u.id),
        ...answer.external.main.map((b) => externalValue(b.body)),
      ],
      recipientCopy: [
        ...answer.copy.map((u) => u.id),
        ...answer.external.copy.map((b) => externalValue(b.body)),
      ],
    });
  }, [answer, form]);

  const targets = new Set(targetIds);
  // Bodies outside the tree (党中央、国务院…) are offered beside the units: nobody here acts for them.
  const options = [
    {
      label: '本系统单位',
      options: units.filter((u) => !targets.has(u.id)).map((u) => ({ value: u.id, label: u.name })),
    },
    { label: '系统外机关（由本单位报送）', options: externalOptions },
  ];

  return (
    <>
      {preview?.alreadyAsked && (
        // Said while the units are chosen: issuing them refuses the whole form (a walk, stop 55).
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          data-testid="already-asked"
          title={duplicateCampaignMessage(
            {
              title: preview.alreadyAsked.title,
              documentNumber: preview.alreadyAsked.documentNumber,
            },
            preview.alreadyAsked.units.map((u) => u.name),
          )}
        />
      )}
      <UnstaffedTargetsAlert unstaffed={preview?.unstaffed} />
      {preview && (
        <Alert
          type={preview.source === 'issuer' ? 'warning' : 'info'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="recipient-source"
          title={recipientSourceText(preview)}
          description={
            preview.groups ? (
              <ul data-testid="recipient-groups" style={{ margin: 0, paddingInlineStart: 20 }}>
                {preview.groups.map((group) => (
                  <li key={group.targets.map((t) => t.id).join(',')}>{recipientGroupText(group)}</li>
                ))}
              </ul>
            ) : undefined
          }
        />
      )}
      {preview && unresolvedText(preview.unresolved) && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="recipient-unresolved"
          title={unresolvedText(preview.unresolved)}
        />
      )}
      {failure && <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }} title={failure} />}
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            label="主送单位"
            name="recipientMain"
            extra="报告报送给这些单位，供其查阅；接收、退回由下发本任务的单位（即本单位）办理"
          >
            <Select
              mode="multiple"
              options={options}
              optionFilterProp="label"
              onChange={onEdited}
              placeholder="选择报送单位后按报送路径预填"
              data-testid="recipient-main"
              aria-label="主送单位"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            label="抄送单位"
            name="recipientCopy"
            // The routing table copies the 依法治X办, often the issuer itself: it still decides (a walk, stop 57).
            extra="只阅读报送给其的版本，不办理；本单位在抄送之列的，仍由本单位接收、退回"
          >
            <Select
              mode="multiple"
              options={options}
              optionFilterProp="label"
              onChange={onEdited}
              data-testid="recipient-copy"
              aria-label="抄送单位"
            />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
