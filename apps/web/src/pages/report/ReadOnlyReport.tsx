import { Alert, Card, Col, Empty, Row, Spin, Switch, Typography } from 'antd';
import { useState } from 'react';
import type { HistoryEvent, ReportDetail } from '../../api/openapi.gen';
import { useDiff, useDocumentCheck } from '../../api/queries';
import { sectionKeyValues } from '../../api/openapi.gen';
import { SECTION_LABELS } from '../../labels';
import { CompletenessPanel } from './CompletenessPanel';
import { DiffView } from './DiffView';
import { lastSeenRevision } from './lastSeen';
import { splitOwnHeading } from './ownHeading';
import { SectionText } from './SectionText';
import { useCompleteness } from './useCompleteness';

/** The report for reviewers: read-only text, with what changed since they last saw it. */
export function ReadOnlyReport({
  report,
  events,
  userId,
}: {
  report: ReportDetail;
  events: HistoryEvent[];
  userId: string;
}) {
  const seen = lastSeenRevision(events, userId, report.copy);
  const changed = seen !== null && seen.revision < report.currentRevision;
  const [showDiff, setShowDiff] = useState(true);
  const diff = useDiff(
    report.id,
    changed && seen ? { from: seen.revision, to: report.currentRevision } : null,
  ).data;

  const documentCheck = useDocumentCheck(report.id, report.currentRevision > 0);
  const check = useCompleteness(report.id, report.sections, report.title);

  return (
    <Row gutter={16}>
      <Col span={16}>
        <Card size="small" title="报告正文（只读）">
          {changed && seen && (
            <Alert
              type="info"
              showIcon
              data-testid="changes-since"
              style={{ marginBottom: 12 }}
              title={`自${seen.why}（第 ${seen.revision} 版）以来，报告已修改为第 ${report.currentRevision} 版`}
              action={
                <span>
                  <label htmlFor="show-diff" style={{ marginRight: 8 }}>
                    显示修改对照
                  </label>
                  <Switch id="show-diff" checked={showDiff} onChange={setShowDiff} />
                </span>
              }
            />
          )}
          {changed &&
            showDiff &&
            (diff ? (
              <DiffView diff={diff} />
            ) : (
              <Spin description="正在比较版本…">
                <div style={{ height: 40 }} />
              </Spin>
            ))}
          {seen && !changed && (
            <Alert
              type="success"
              showIcon
              style={{ marginBottom: 12 }}
              title={`自${seen.why}（第 ${seen.revision} 版）以来正文没有修改`}
            />
          )}
          {report.currentRevision === 0 ? (
            <Empty description="起草人尚未保存正文" />
          ) : (
            sectionKeyValues.map((key) => {
              const own = splitOwnHeading(report.sections[key], key === 'measures');
              return (
                <section key={key} data-section={key} style={{ marginBottom: 16 }}>
                  {own.preamble && (
                    <div style={{ marginBottom: 8 }}>
                      <SectionText text={own.preamble} testId="report-preamble" />
                    </div>
                  )}
                  <Typography.Title level={3} style={{ fontSize: 16 }}>
                    {own.heading ?? SECTION_LABELS[key]}
                  </Typography.Title>
                  {own.body.trim() ? (
                    <SectionText text={own.body} />
                  ) : (
                    <Typography.Text type="secondary">（未填写）</Typography.Text>
                  )}
                </section>
              );
            })
          )}
        </Card>
      </Col>
      <Col span={8}>
        {/* The same check the drafter saw, so reviewers can check the figures it lists for them. */}
        <div style={{ position: 'sticky', top: 16 }}>
          <CompletenessPanel
            result={check.result}
            checking={check.checking}
            error={check.error}
            empty={check.empty}
            documentIssues={documentCheck.data?.headings.length ?? 0}
          />
        </div>
      </Col>
    </Row>
  );
}
