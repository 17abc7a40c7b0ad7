import { Alert, App, Button, Card, DatePicker, Form, Input, List, Popconfirm, Space, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { ListedReviewFinding, ReportDetail, ReviewFindingStatus } from '../../api/openapi.gen';
import { useFindingStep, type FindingStep } from '../../api/mutations';
import { errorText, useFindings } from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { formatDate, TimeLeftTag } from '../../components/common';

const STATUS_TAGS: Record<ReviewFindingStatus, { label: string; color: string }> = {
  open: { label: '待整改', color: 'orange' },
  answered: { label: '已反馈', color: 'blue' },
  closed: { label: '已销号', color: 'green' },
};

const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');

/**
 * 问题清单 on the report page: the findings this user may see, and the step they may take. The API
 * decides who may act; the buttons only follow the roles so nobody is offered a step that would be refused.
 */
export function FindingsPanel({ report }: { report: ReportDetail }) {
  const { me } = useAuth();
  const findingStep = useFindingStep(report.id);
  const { message } = App.useApp();
  // Asked of copy readers too: the office that issued the campaign reads the report as sent once it
  // has decided its receipt, and follows up the findings it raised (a walk, stop 40: the panel went
  // with the decision). The API answers 404 to a reader who may see none of them.
  const query = useFindings(report.id);
  const [error, setError] = useState<string | null>(null);
  const roles = me?.roles ?? [];
  const answers = roles.some((r) => r.role === 'drafter' && r.unitId === report.unit.id);
  const coordinates = roles.some((r) => r.role === 'coordinator' && r.unitId !== report.unit.id);
  if (query.isError) return null;
  const findings = query.data?.items ?? [];
  if (findings.length === 0 && !coordinates) return null;

  const run = async (step: FindingStep, done: string) => {
    setError(null);
    try {
      await findingStep.mutateAsync(step);
      void message.success(done);
    } catch (e) {
      setError(errorText(e));
    }
  };

  return (
    <Card id="findings" size="small" title="问题清单" data-testid="findings-panel" loading={query.isPending}>
      {error && <Alert type="error" showIcon role="alert" title={error} />}
      <List
        dataSource={findings}
        locale={{ emptyText: '暂无问题' }}
        renderItem={(finding) => (
          <FindingItem
            finding={finding}
            answers={answers}
            coordinates={coordinates}
            onAnswer={(measures, completedOn) =>
              run(
                {
                  kind: 'answer',
                  findingId: finding.id,
                  body: { expectedVersion: finding.version, measures, completedOn },
                },
                '已反馈整改情况',
              )
            }
            onClose={() =>
              run(
                { kind: 'close', findingId: finding.id, body: { expectedVersion: finding.version } },
                '已销号',
              )
            }
            onReopen={(comment) =>
              run(
                {
                  kind: 'reopen',
                  findingId: finding.id,
                  body: { expectedVersion: finding.version, comment },
                },
                '已重新交办',
              )
            }
          />
        )}
      />
      {coordinates && (
        <Form
          layout="inline"
          style={{ marginTop: 8 }}
          onFinish={(values: { text: string; dueOn?: Dayjs }) =>
            run({ kind: 'raise', body: { text: values.text, dueOn: day(values.dueOn) } }, '已记录问题')
          }
        >
          <Form.Item name="text" rules={[{ required: true, message: '请填写问题' }]} style={{ flex: 1 }}>
            <Input placeholder="问题描述" aria-label="问题描述" />
          </Form.Item>
          <Form.Item name="dueOn">
            <DatePicker placeholder="整改期限（默认30天）" aria-label="整改期限" />
          </Form.Item>
          <Button htmlType="submit">记录问题</Button>
        </Form>
      )}
    </Card>
  );
}

function FindingItem(props: {
  finding: ListedReviewFinding;
  answers: boolean;
  coordinates: boolean;
  onAnswer: (measures: string, completedOn: string) => Promise<void>;
  onClose: () => Promise<void>;
  onReopen: (comment: string) => Promise<void>;
}) {
  const { finding, answers, coordinates } = props;
  const tag = STATUS_TAGS[finding.status];
  const [text, setText] = useState('');
  const [date, setDate] = useState<Dayjs | null>(null);
  return (
    <List.Item>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Tag color={tag.color}>{tag.label}</Tag>
          <span>{finding.text}</span>
          {finding.status === 'open' ? (
            <span>
              整改期限 <TimeLeftTag due={finding.dueOn} workingDaysLeft={finding.workingDaysLeft} />
            </span>
          ) : (
            <span>整改期限 {formatDate(finding.dueOn)}</span>
          )}
        </Space>
        {finding.answer && (
          <span>
            整改措施：{finding.answer.measures}（完成日期 {formatDate(finding.answer.completedOn)}）
          </span>
        )}
        {finding.decision?.comment && <span>意见：{finding.decision.comment}</span>}
        {answers && finding.status !== 'closed' && (
          <Space wrap>
            <Input.TextArea
              aria-label="整改措施"
              placeholder="整改措施"
              value={text}
              onChange={(e) => setText(e.target.value)}
              autoSize
            />
            <DatePicker aria-label="完成日期" placeholder="完成日期" value={date} onChange={setDate} />
            <Button
              disabled={!text.trim() || !date}
              onClick={() => void props.onAnswer(text, day(date ?? undefined)!)}
            >
              反馈整改情况
            </Button>
          </Space>
        )}
        {coordinates && finding.status !== 'open' && (
          <Space wrap>
            {finding.status === 'answered' && (
              // Said back before it is recorded (a walk, stop 49: one click closed it): it tells the
              // unit the 整改 is accepted, and only 重新交办 undoes it.
              <Popconfirm
                title="确认销号？"
                description="销号表示认可上述整改情况，此问题不再列入待整改。"
                okText="确认销号"
                cancelText="取消"
                onConfirm={() => props.onClose()}
              >
                <Button>销号</Button>
              </Popconfirm>
            )}
            <Input
              aria-label="重新交办意见"
              placeholder="重新交办意见"
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
            <Button disabled={!text.trim()} onClick={() => void props.onReopen(text)}>
              重新交办
            </Button>
          </Space>
        )}
      </Space>
    </List.Item>
  );
}
