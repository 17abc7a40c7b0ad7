import { FileWordOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, download } from '../../api/client';
import type { CampaignNotice } from '../../api/openapi.gen';
import { errorText, useCampaign } from '../../api/queries';
import { useAuth } from '../../auth/AuthContext';
import { formatChinaDate } from '../../components/dates';
import { Loading } from '../../components/Loading';
import { NoticeTextBeforeRefresh } from './NoticeTextBeforeRefresh';
import {
  noticePath,
  useCampaignNotice,
  useCreateNotice,
  useIssueNotice,
  useRefreshNotice,
  useSaveNotice,
} from '../../api/noticeQueries';

interface NoticeForm {
  title: string;
  documentNumber: string;
  body: string;
  namedUnitIds: string[];
  /** 主送 and 抄送, one unit (or group: 州直各部门) a line. */
  addressees: string;
  copiesTo: string;
}

const lines = (text: string) => text.split('\n');

const formOf = (n: CampaignNotice): NoticeForm => ({
  title: n.title,
  documentNumber: n.documentNumber ?? '',
  body: n.paragraphs.join('\n'),
  namedUnitIds: n.namedUnits.map((u) => u.id),
  addressees: n.addressees.join('\n'),
  copiesTo: n.copiesTo.join('\n'),
});

/**
 * Whether the form differs from the saved 通报. Not "touched": a field once typed in stays touched
 * after 保存, and 印发 then warned of unsaved changes that were saved (a civil servant's walk, stop 40).
 */
export function differsFromSaved(values: Partial<NoticeForm>, saved: CampaignNotice): boolean {
  const stored = formOf(saved);
  return (Object.keys(stored) as Array<keyof NoticeForm>).some(
    (key) => values[key] !== undefined && JSON.stringify(values[key]) !== JSON.stringify(stored[key]),
  );
}

/** A refusal in the coordinator's words: the version conflict says what to do. */
function refusalText(e: unknown, fallback: string): string {
  if (e instanceof ApiError && e.code === 'NOTICE_STALE_VERSION')
    return `他人已修改通报（当前为第${String(e.details.currentVersion ?? '')}版），请刷新后重新修改`;
  if (e instanceof ApiError && e.code === 'NOTICE_ALREADY_ISSUED') return '通报已印发，不能再修改';
  return e instanceof ApiError ? e.message : fallback;
}

/**
 * 通报 (报送情况通报) of a campaign: the issuing office generates the draft from the board, edits title,
 * 文号, text and the units named, saves it (with the version read), downloads it as Word and issues it
 * (印发) after a confirmation listing the units named. The units named read the issued 通报 here.
 */
export default function CampaignNoticePage() {
  const { id = '' } = useParams();
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const query = useCampaignNotice(id);
  const notice = query.data ?? null;
  const waiting = notice?.notYetDue?.count ?? 0;
  const unpublished = notice?.disclosureNotYetDue?.count ?? 0;
  const disclosureDate = notice?.disclosureNotYetDue?.disclosureDate;
  // Issued now, the one 通报 cannot name who then fails to publish (scenario test, stop 53).
  const beforeDisclosureText =
    unpublished > 0 && disclosureDate
      ? `还有 ${unpublished} 个单位尚未向社会公开报告，公开截止日期为${formatChinaDate(disclosureDate)}：现在印发，通报不能列出未按期公开的单位（每个报送任务只印发一次通报）。`
      : null;
  const [form] = Form.useForm<NoticeForm>();
  const [busy, setBusy] = useState<'create' | 'save' | 'issue' | 'download' | 'refresh' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const missing = query.error instanceof ApiError && query.error.code === 'NOTICE_NOT_FOUND';
  const coordinates = (me?.roles ?? []).some((r) => r.role === 'coordinator');
  // Only the issuing office drafts (the API's rule): a coordinator above reads the board, not the draft.
  const issuingUnitId = useCampaign(id).data?.issuingUnit.id;
  const draftsHere = (me?.roles ?? []).some((r) => r.role === 'coordinator' && r.unitId === issuingUnitId);

  useEffect(() => {
    if (notice) form.setFieldsValue(formOf(notice));
  }, [notice, form]);

  const createNotice = useCreateNotice();
  const saveNotice = useSaveNotice();
  const issueNotice = useIssueNotice();
  const refreshNotice = useRefreshNotice();
  const stored = () => setRefusal(null);
  const run = async (what: NonNullable<typeof busy>, action: () => Promise<void>, fallback: string) => {
    setBusy(what);
    try {
      await action();
    } catch (e) {
      const text = refusalText(e, fallback);
      setRefusal(text);
      // Also where the reader is: the alert is at the top of the page, off-screen at 1366×768 when
      // 印发 at the bottom was refused, and nothing seemed to happen (a walk, stop 48).
      void message.error(text);
    } finally {
      setBusy(null);
    }
  };

  const create = () =>
    run(
      'create',
      async () => {
        await createNotice.mutateAsync({ campaignId: id });
        stored();
      },
      '生成失败',
    );
  /** Stores the form over `current`; the 通报 as stored is returned (its next version). */
  const saveForm = async (current: CampaignNotice): Promise<CampaignNotice> => {
    const values = await form.validateFields();
    return saveNotice.mutateAsync({
      campaignId: id,
      notice: current,
      text: {
        title: values.title,
        documentNumber: values.documentNumber,
        paragraphs: lines(values.body),
        namedUnitIds: values.namedUnitIds,
        addressees: lines(values.addressees),
        copiesTo: lines(values.copiesTo),
      },
    });
  };
  const save = () =>
    run(
      'save',
      async () => {
        if (!notice) return;
        await saveForm(notice);
        stored();
        void message.success('已保存');
      },
      '保存失败',
    );
  const fetchWord = () =>
    run(
      'download',
      async () => {
        const { blob, filename } = await download(noticePath(id));
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = filename;
        link.click();
        URL.revokeObjectURL(link.href);
      },
      '下载失败',
    );
  const refresh = (current: CampaignNotice) =>
    modal.confirm({
      title: '按最新报送情况更新正文',
      okText: '更新正文',
      cancelText: '取消',
      content: (
        <p>
          将按看板当前情况重新生成正文和被通报单位，正文中已作的修改将被替换（已保存的原正文会保留在页面上，可将本单位撰写的段落加回）；标题、文号、主送、抄送保持不变。
          {differsFromSaved(form.getFieldsValue(), current) && '页面上未保存的修改也将丢失。'}
        </p>
      ),
      onOk: () =>
        run(
          'refresh',
          async () => {
            await refreshNotice.mutateAsync({ campaignId: id, notice: current });
            stored();
            void message.success('正文已按最新情况更新，请核对后印发');
          },
          '更新失败',
        ),
    });
  const issue = (current: CampaignNotice) => {
    const values = form.getFieldsValue();
    const dirty = differsFromSaved(values, current);
    // The units the form names now: those notified once it is issued.
    const named = dirty
      ? current.namedUnits.filter((u) => (values.namedUnitIds ?? []).includes(u.id))
      : current.namedUnits;
    modal.confirm({
      title: '印发通报',
      // Unsaved edits are saved and issued, not left out: the saved version lacked the 文号 just typed
      // (a walk, stop 48).
      okText: dirty ? '保存并印发' : '确认印发',
      cancelText: '取消',
      content: (
        <div>
          {dirty && <Alert type="info" showIcon title="页面上有未保存的修改，将先保存再印发" />}
          {/* Issued without one, the 通报 printed 文号（无） with no way back (a walk, stop 52). */}
          {!(dirty ? values.documentNumber : current.documentNumber)?.trim() && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 8 }}
              title="尚未填写文号：通报一经印发不能再改，将没有文号"
            />
          )}
          {beforeDisclosureText && (
            <Alert type="warning" showIcon style={{ marginTop: 8 }} title={beforeDisclosureText} />
          )}
          {current.factsChanged && (
            <Alert
              type="warning"
              showIcon
              style={{ marginTop: 8 }}
              title="正文生成后报送情况有变化：确认印发即按现有正文印发，请确认其中的数字和单位无误"
            />
          )}
          {/* Every unit the campaign asked is told and reads it; the units named are also asked to put
              things right. It said 不发送通知 when none was named, and nobody heard of it (walk, stop 51). */}
          <p>印发后通报不能再修改。本任务的全部报送单位都会收到通知并可查阅通报。</p>
          {named.length > 0 ? (
            <>
              <p>以下被通报单位另收到整改要求：</p>
              <ul aria-label="被通报单位">
                {named.map((u) => (
                  <li key={u.id}>{u.name}</li>
                ))}
              </ul>
            </>
          ) : (
            <p>（无被通报单位：各单位只收到印发通知）</p>
          )}
        </div>
      ),
      onOk: () =>
        run(
          'issue',
          async () => {
            const issuing = dirty ? await saveForm(current) : current;
            // Only what this dialog showed is confirmed: figures that changed while the office typed
            // are refused (NOTICE_FACTS_CHANGED) and said, never issued unseen (review, stop 48).
            await issueNotice.mutateAsync({
              campaignId: id,
              notice: issuing,
              confirmChangedFacts: current.factsChanged,
              // Only what the dialog said is confirmed: the count is the one read with the draft.
              confirmBeforeDisclosureDate: (current.disclosureNotYetDue?.count ?? 0) > 0,
            });
            stored();
            void message.success('通报已印发');
          },
          '印发失败',
        ),
    });
  };

  const header = (
    <Space>
      <Link to={`/app/campaigns/${id}`}>返回看板</Link>
    </Space>
  );
  if (query.isPending) return <Loading />;
  if (!notice)
    return (
      <Card
        title={
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            通报
          </Typography.Title>
        }
        extra={coordinates ? header : null}
      >
        {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
        {missing ? (
          <Space orientation="vertical">
            <Typography.Paragraph>
              {draftsHere
                ? '尚无通报。可按看板当前情况生成通报草稿，修改后印发。'
                : '暂无可查阅的通报：通报印发后，本任务的各报送单位可在此查阅。'}
            </Typography.Paragraph>
            {draftsHere && (
              <Button type="primary" loading={busy === 'create'} onClick={() => void create()}>
                生成草稿
              </Button>
            )}
          </Space>
        ) : (
          <Alert type="error" showIcon title={errorText(query.error) ?? '无法读取通报'} />
        )}
      </Card>
    );

  const status =
    notice.status === 'issued' ? (
      <Tag color="green">已印发（{notice.issuedOn}）</Tag>
    ) : (
      <Tag>草稿（第{notice.version}版）</Tag>
    );
  return (
    <Card
      title={
        <Space>
          <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
            通报
          </Typography.Title>
          {status}
        </Space>
      }
      extra={
        <Space>
          <Button
            icon={<FileWordOutlined aria-hidden />}
            loading={busy === 'download'}
            onClick={() => void fetchWord()}
          >
            下载 Word
          </Button>
          {coordinates && header}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary">
        {notice.issuingUnit.name}《{notice.campaignTitle}》
      </Typography.Paragraph>
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} />}
      {notice.canEdit && notice.factsChanged && (
        // Scenario test, stop 47: a draft stored while a unit had not reported was issued saying so.
        <Alert
          type="warning"
          showIcon
          data-testid="notice-facts-changed"
          style={{ marginBottom: 12 }}
          title="正文生成后，看板上的报送情况有了变化，正文中的数字和被通报单位可能已过时。"
          action={
            <Button size="small" loading={busy === 'refresh'} onClick={() => refresh(notice)}>
              按最新情况更新正文
            </Button>
          }
        />
      )}
      {notice.canEdit && notice.textBeforeRefresh && (
        <NoticeTextBeforeRefresh
          before={notice.textBeforeRefresh}
          onAppend={(paragraph) => {
            const body = (form.getFieldValue('body') as string | undefined) ?? '';
            form.setFieldValue('body', body.trimEnd() === '' ? paragraph : `${body.trimEnd()}\n${paragraph}`);
            void message.success('已加到正文末尾，保存后生效');
          }}
        />
      )}
      {notice.canEdit ? (
        <Form form={form} layout="vertical" initialValues={formOf(notice)}>
          <Form.Item
            name="title"
            label="标题"
            rules={[{ required: true, message: '请填写标题' }, { max: 200 }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="documentNumber" label="文号" rules={[{ max: 64 }]}>
            <Input placeholder={`如：某某依法办〔${new Date().getFullYear()}〕5号`} />
          </Form.Item>
          <Form.Item
            name="addressees"
            label="主送（每行一个）"
            extra="印在标题下一行。如：各县（市）依法治县（市）办、州直各部门；至多20个"
            rules={[{ required: true, whitespace: true, message: '请填写主送单位' }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item
            name="copiesTo"
            label="抄送（每行一个，印在版记；可不填）"
            extra="如：州委、州政府；至多20个"
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
          <Form.Item name="body" label="正文（每行一段）" rules={[{ required: true, message: '请填写正文' }]}>
            <Input.TextArea autoSize={{ minRows: 10, maxRows: 24 }} />
          </Form.Item>
          <Form.Item name="namedUnitIds" label="被通报单位（印发后另收到整改要求；可取消勾选）">
            <Checkbox.Group options={notice.namedUnits.map((u) => ({ value: u.id, label: u.name }))} />
          </Form.Item>
          {waiting === 0 && beforeDisclosureText && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="notice-before-disclosure"
              title={beforeDisclosureText}
            />
          )}
          <Space wrap>
            <Button loading={busy === 'save'} onClick={() => void save()}>
              保存
            </Button>
            <Button
              type="primary"
              icon={<SendOutlined aria-hidden />}
              loading={busy === 'issue'}
              // Said before anyone confirms (a walk, stop 49: 印发 was confirmed, then refused).
              disabled={waiting > 0}
              aria-describedby={waiting > 0 ? 'notice-not-yet-due' : undefined}
              onClick={() => issue(notice)}
            >
              印发
            </Button>
            {waiting > 0 && (
              <Typography.Text type="warning" id="notice-not-yet-due" data-testid="notice-not-yet-due">
                还有 {waiting} 个单位尚未报送且未到截止日期
                {notice.notYetDue?.latestDueDate
                  ? `（最晚 ${formatChinaDate(notice.notYetDue.latestDueDate)}）`
                  : ''}
                ，待其报送或截止日期过后才能印发；通报稿可以先保存。
              </Typography.Text>
            )}
          </Space>
        </Form>
      ) : (
        <article aria-label="通报全文">
          <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
            <Descriptions.Item label="文号">{notice.documentNumber ?? '（无）'}</Descriptions.Item>
            <Descriptions.Item label="主送">{notice.addressees.join('、')}</Descriptions.Item>
            <Descriptions.Item label="抄送">{notice.copiesTo.join('，') || '（无）'}</Descriptions.Item>
            <Descriptions.Item label="被通报单位">
              {notice.namedUnits.map((u) => u.name).join('、') || '（无）'}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={3} style={{ fontSize: 18, textAlign: 'center' }}>
            {notice.title}
          </Typography.Title>
          {notice.paragraphs.map((p, i) => (
            <Typography.Paragraph key={i}>{p}</Typography.Paragraph>
          ))}
        </article>
      )}
    </Card>
  );
}
