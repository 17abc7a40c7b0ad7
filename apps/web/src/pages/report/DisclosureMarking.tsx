import { Alert, App, Button, Form, Input, Modal, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { BUILT_IN_DEFINITIONS } from '../../../../../libs/workflow/src/default-definition';
import { useSaveDisclosureMarking } from '../../api/mutations';
import type { Disclosure, ReportDetail, ReportSections } from '../../api/openapi.gen';
import { errorText, revisionQuery } from '../../api/queries';
import { SECTION_LABELS } from '../../labels';

/** Accepted by the level above: the text is closed, only its 不予公开 marking may still change. */
const ACCEPTED_STATES = new Set([
  'accepted',
  ...BUILT_IN_DEFINITIONS.flatMap((d) => d.states)
    .filter((s) => s.kind === 'final')
    .map((s) => s.id),
]);

const SECTION_ORDER: Array<keyof ReportSections> = [
  'measures',
  'shortcomings',
  'leadersDuty',
  'nextYearPlan',
  'other',
];

type MarkingValues = { title: string } & ReportSections;

/**
 * What the drafter does after a 保密审查 that said 需修改: an accepted report can no longer be edited,
 * and nothing could follow the review (a walk, stop 49). Here the drafter marks the passages the
 * review named (公开版标注): the words stay those the recipients accepted; the review then looks at
 * the re-marked version. A report not yet accepted is fixed by withdrawing the dispatch, as before.
 */
export function DisclosureMarking({ report, disclosure }: { report: ReportDetail; disclosure: Disclosure }) {
  const [open, setOpen] = useState(false);
  const review = disclosure.review;
  // A corrected text after a publication is reviewed and marked the same way (republishing).
  const republishing =
    disclosure.status === 'published' &&
    disclosure.publication !== null &&
    disclosure.publication.revision < report.currentRevision;
  const needsChanges =
    (disclosure.status === 'reviewed' || republishing) &&
    review?.conclusion === 'changes_needed' &&
    review.revision === report.currentRevision;
  if (!needsChanges) return null;
  if (!ACCEPTED_STATES.has(report.state))
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="disclosure-marking-hint"
        title={
          // Signed off but not yet sent, nothing is to be withdrawn from anyone: the leader takes the
          // signature back (review, stop 52: the hint said 撤回报送 of a report never sent).
          report.state === 'dispatching'
            ? '保密审查需修改：报告已签发尚未报送，请主要负责人撤回签发并退回修改，在正文中修改不予公开标注后重新签发。'
            : '保密审查需修改：报告尚未被接收，可撤回报送后在正文中修改不予公开标注，再重新报送。'
        }
      />
    );
  return (
    <>
      <Alert
        type="warning"
        showIcon
        data-testid="disclosure-marking-hint"
        title="保密审查需修改：报告已被接收，正文不能再改，但可以调整不予公开标注，调整后请重新进行保密审查。"
        action={
          <Button type="primary" onClick={() => setOpen(true)}>
            修改不予公开标注
          </Button>
        }
      />
      {open && <MarkingDialog report={report} onClose={() => setOpen(false)} />}
    </>
  );
}

function MarkingDialog({ report, onClose }: { report: ReportDetail; onClose: () => void }) {
  const { message } = App.useApp();
  const current = useQuery(revisionQuery(report.id, report.currentRevision));
  const save = useSaveDisclosureMarking(report.id);
  const [form] = Form.useForm<MarkingValues>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (values: MarkingValues) => {
    setRefusal(null);
    const { title, ...sections } = values;
    try {
      const saved = await save.mutateAsync({ basedOnRevision: report.currentRevision, title, sections });
      message.success(`已保存为第 ${saved.number} 版，请重新进行保密审查`);
      onClose();
    } catch (error) {
      setRefusal(errorText(error));
    }
  };
  return (
    <Modal
      open
      width={900}
      title="修改不予公开标注"
      okText="保存标注"
      cancelText="取消"
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p>
        用【不予公开】和【/不予公开】把不予公开的内容括起来。正文文字不能改动，只能增加、删除或改正标注；保存后为新版本，原报送和接收的版本不变。
      </p>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 8 }} />}
      {current.isPending ? (
        <Skeleton active />
      ) : current.isError ? (
        <Alert type="error" showIcon title={errorText(current.error)} />
      ) : (
        <Form<MarkingValues>
          form={form}
          layout="vertical"
          onFinish={(values) => void submit(values)}
          initialValues={{ title: current.data.title, ...current.data.sections }}
        >
          <Form.Item label="标题" name="title">
            <Input maxLength={200} />
          </Form.Item>
          {SECTION_ORDER.map((key) => (
            <Form.Item key={key} label={SECTION_LABELS[key]} name={key}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} />
            </Form.Item>
          ))}
        </Form>
      )}
    </Modal>
  );
}
