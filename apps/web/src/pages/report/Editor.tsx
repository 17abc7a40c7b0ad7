import { EyeInvisibleOutlined, ImportOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Input, Row, Space, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { useSaveRevision } from '../../api/mutations';
import type { ReportDetail, ReportSections, SectionKey } from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';
import { LeaveGuard } from './LeaveGuard';
import {
  clearDraft,
  mergeStaleDraft,
  readConflicts,
  readDraft,
  sameText,
  writeConflicts,
  writeDraft,
  type DraftConflict,
  type LocalDraft,
} from './localDraft';
import { DraftConflicts } from './DraftConflicts';
import { SECTION_LABELS } from '../../labels';
import { revisionQuery, useDocumentCheck, useUnits } from '../../api/queries';
import { useQueryClient } from '@tanstack/react-query';
import { returnedBy } from './ReturnNotice';
import { formatDateTime } from '../../components/common';
import { CompletenessPanel } from './CompletenessPanel';
import { FindReplace } from './FindReplace';
import { ImportModal } from './ImportModal';
import type { ReturnNote } from './returnNotes';
import { useCompleteness } from './useCompleteness';
import { useWithholdMarking } from './useWithholdMarking';

/**
 * The drafter's editor: the five statutory sections, import by paste or Word upload, the completeness
 * check beside the text, save as a new revision (Ctrl+S); the save re-reads the report before it resolves.
 */
export function Editor({
  report,
  userId,
  returnNote,
  registerFlush,
}: {
  report: ReportDetail;
  /** Whose local draft this is (drafts are never shared between users of one computer). */
  userId: string;
  returnNote: ReturnNote | null;
  /** Lets the page save unsaved edits before an action (提交审核). */
  registerFlush: (flush: () => Promise<boolean>) => void;
}) {
  const { message } = App.useApp();
  const [sections, setSections] = useState<ReportSections>(report.sections);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [title, setTitle] = useState(report.title);
  const areas = useRef<Partial<Record<SectionKey, HTMLTextAreaElement | null>>>({});
  const documentCheck = useDocumentCheck(report.id, report.currentRevision > 0);
  const check = useCompleteness(report.id, sections, title);
  const { mutateAsync: saveRevisionAsync } = useSaveRevision(report.id);
  const dirty = !sameText(sections, report.sections) || title !== report.title;
  /** A draft on an older revision than the current one: offered, never applied silently. */
  const [staleDraft, setStaleDraft] = useState<LocalDraft | null>(null);
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<DraftConflict[]>(() => readConflicts(userId, report.id));
  const queryClient = useQueryClient();

  /** A stale draft comes back part by part onto the current revision, never over it. */
  const restoreStaleDraft = async (draft: LocalDraft) => {
    try {
      const base =
        draft.basedOn > 0
          ? await queryClient.fetchQuery(revisionQuery(report.id, draft.basedOn))
          : { title: report.title, sections: EMPTY_SECTIONS };
      const merged = mergeStaleDraft(base, { title: report.title, sections: report.sections }, draft);
      setSections(merged.sections);
      setTitle(merged.title);
      setStaleDraft(null);
      const kept = [...conflicts, ...merged.conflicts];
      setConflicts(kept);
      writeConflicts(userId, report.id, kept);
      message.info(
        merged.conflicts.length > 0
          ? '已恢复本机修改；有部分内容与已保存的版本冲突，请按提示合并后保存'
          : '已将本机修改恢复到当前版本上，请核对后保存',
      );
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '读取原版本失败，草稿未恢复，请稍后重试');
    }
  };
  const conflictsDone = () => {
    setConflicts([]);
    writeConflicts(userId, report.id, []);
  };

  // A newly saved (or reloaded) revision replaces the text; re-renders of the same revision do not.
  // On opening, unsaved edits kept in this browser come back.
  useEffect(() => {
    const draft = readDraft(userId, report.id);
    const differs = draft && (!sameText(draft.sections, report.sections) || draft.title !== report.title);
    if (draft && !differs) clearDraft(userId, report.id);
    if (draft && differs && draft.basedOn === report.currentRevision) {
      setSections(draft.sections);
      setTitle(draft.title);
      setRestoredAt(draft.savedAt);
      return;
    }
    setSections(report.sections);
    setTitle(report.title);
    setStaleDraft(draft && differs ? draft : null);
    // Keyed by the revision on purpose: the sections and title objects are new on every refetch of the
    // same revision, and re-running then would throw away what the drafter is typing.
  }, [report.id, report.currentRevision]); // eslint-disable-line react-hooks/exhaustive-deps

  // Every edit is kept locally half a second after the last keystroke, until it is saved.
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(
      () =>
        writeDraft(userId, report.id, {
          basedOn: report.currentRevision,
          title,
          sections,
          savedAt: new Date().toISOString(),
        }),
      500,
    );
    return () => window.clearTimeout(timer);
  }, [dirty, userId, report.id, report.currentRevision, title, sections]);

  const discardDraft = () => {
    clearDraft(userId, report.id);
    setSections(report.sections);
    setTitle(report.title);
    setRestoredAt(null);
    setStaleDraft(null);
  };

  const save = useCallback(async (): Promise<boolean> => {
    if (!dirty) return true;
    setSaving(true);
    setError(null);
    // Kept in the browser before it is sent: a save that meets an ended session goes to the login page
    // at once, before the half-second copy was written (a walk, stop 40: the last sentence was lost).
    writeDraft(userId, report.id, {
      basedOn: report.currentRevision,
      title,
      sections,
      savedAt: new Date().toISOString(),
    });
    try {
      const revision = await saveRevisionAsync({ basedOnRevision: report.currentRevision, sections, title });
      clearDraft(userId, report.id);
      setRestoredAt(null);
      setStaleDraft(null);
      message.success(`已保存为第 ${revision.number} 版`);
      return true;
    } catch (e) {
      setError(e instanceof ApiError ? e.message : '保存失败');
      return false;
    } finally {
      setSaving(false);
    }
  }, [dirty, userId, report.id, report.currentRevision, sections, title, message, saveRevisionAsync]);

  useEffect(() => registerFlush(save), [registerFlush, save]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [save]);

  const jump = (key: SectionKey) => areas.current[key]?.focus();
  const withhold = useWithholdMarking(areas, setSections);

  return (
    <Row gutter={16}>
      <Col span={16}>
        <Card
          size="small"
          title="报告正文"
          extra={
            <Space>
              <Typography.Text type="secondary">
                {report.currentRevision > 0 ? `第 ${report.currentRevision} 版` : '尚未保存'}
                {dirty ? '（有未保存的修改）' : ''}
              </Typography.Text>
              <Button icon={<ImportOutlined aria-hidden />} onClick={() => setImporting(true)}>
                粘贴/上传导入
              </Button>
              <Tooltip title="选中正文中不宜向社会公开的内容后点击：公开版将删去这段，报送上级的版本不受影响">
                <Button
                  icon={<EyeInvisibleOutlined aria-hidden />}
                  // Keeps the text area's selection: the click must not take the focus first.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={withhold.mark}
                >
                  标注不予公开
                </Button>
              </Tooltip>
              <Button
                type="primary"
                icon={<SaveOutlined aria-hidden />}
                loading={saving}
                disabled={!dirty}
                onClick={() => void save()}
              >
                保存 (Ctrl+S)
              </Button>
            </Space>
          }
        >
          <LeaveGuard dirty={dirty} onSave={save} />
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} role="alert" />}
          {restoredAt && (
            <Alert
              type="info"
              showIcon
              data-testid="draft-restored"
              style={{ marginBottom: 12 }}
              title={`已恢复 ${formatDateTime(restoredAt)} 未保存的修改（本机草稿），请核对后保存`}
              action={
                <Button size="small" onClick={discardDraft}>
                  放弃这些修改
                </Button>
              }
            />
          )}
          {staleDraft && (
            <Alert
              type="warning"
              showIcon
              data-testid="draft-stale"
              style={{ marginBottom: 12 }}
              title={`本机有 ${formatDateTime(staleDraft.savedAt)} 未保存的修改，基于第 ${staleDraft.basedOn} 版；报告现已是第 ${report.currentRevision} 版`}
              action={
                <Space>
                  <Button size="small" onClick={() => void restoreStaleDraft(staleDraft)}>
                    恢复草稿
                  </Button>
                  <Button size="small" onClick={discardDraft}>
                    放弃
                  </Button>
                </Space>
              }
            />
          )}
          <DraftConflicts conflicts={conflicts} onDone={conflictsDone} />
          {returnNote && returnNote.sections.length === 0 && <ReturnAlert note={returnNote} />}
          <FindReplace
            sections={sections}
            title={title}
            onReplace={(next, nextTitle, count) => {
              setSections(next);
              setTitle(nextTitle);
              message.success(`已替换 ${count} 处`);
            }}
          />
          <Form layout="vertical">
            <Form.Item label="报告标题" htmlFor="report-title">
              <Input
                id="report-title"
                value={title}
                maxLength={200}
                onChange={(e) => setTitle(e.target.value)}
              />
            </Form.Item>
            {sectionKeyValues.map((key) => (
              <Form.Item key={key} label={SECTION_LABELS[key]} htmlFor={`section-${key}`}>
                {returnNote?.sections.includes(key) && <ReturnAlert note={returnNote} />}
                <Input.TextArea
                  id={`section-${key}`}
                  data-section={key}
                  ref={(el) => {
                    areas.current[key] = el?.resizableTextArea?.textArea ?? null;
                  }}
                  value={sections[key]}
                  onFocus={() => withhold.focused(key)}
                  onChange={(e) => setSections((s) => ({ ...s, [key]: e.target.value }))}
                  autoSize={{ minRows: key === 'measures' ? 8 : 4, maxRows: 24 }}
                  placeholder={key === 'other' ? '如无其他需要报告的情况，可填写“无”' : undefined}
                />
              </Form.Item>
            ))}
          </Form>
        </Card>
      </Col>
      <Col span={8}>
        <div style={{ position: 'sticky', top: 16 }}>
          <CompletenessPanel
            result={check.result}
            checking={check.checking}
            error={check.error}
            empty={check.empty}
            onJump={jump}
            documentIssues={documentCheck.data?.headings.length ?? 0}
          />
        </div>
      </Col>
      <ImportModal
        open={importing}
        onClose={() => setImporting(false)}
        onApply={(imported, importedTitle) => {
          setSections(imported);
          if (importedTitle) setTitle(importedTitle);
          setImporting(false);
          message.info('已导入到编辑器，请核对后保存');
        }}
      />
    </Row>
  );
}

const EMPTY_SECTIONS = Object.fromEntries(sectionKeyValues.map((k) => [k, ''])) as ReportSections;

function ReturnAlert({ note }: { note: ReturnNote }) {
  const unitList = useUnits().data;
  const units = useMemo(() => new Map((unitList ?? []).map((u) => [u.id, u])), [unitList]);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 8 }}
      data-testid="return-note"
      title={`${note.kind === 'in_principle' ? '原则通过的修改意见' : '退回意见'}（${returnedBy(note, units)}，${formatDateTime(note.at)}）`}
      description={note.text}
    />
  );
}
