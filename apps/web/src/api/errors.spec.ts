import type { ReceivedError } from './client';
import { chineseMessage, duplicateCampaignMessage } from './errors';

const conflict = (error: string, extra: Partial<ReceivedError> = {}): ReceivedError =>
  ({ statusCode: 409, error, message: 'server words', ...extra }) as ReceivedError;

describe('409 wording (walk report P1, P8)', () => {
  it('says "someone acted first" only for a real version conflict', () => {
    expect(chineseMessage(conflict('NOTICE_STALE_VERSION'))).toBe('其他人已先一步处理，请刷新后重试。');
    expect(chineseMessage(conflict('CONFLICT'))).toBe('其他人已先一步处理，请刷新后重试。');
  });

  it('tells a drafter asking twice that a request already waits', () => {
    const text = chineseMessage(conflict('EXTENSION_PENDING', { details: { extensionId: 'x' } }));
    expect(text).toContain('已有延期申请等待上级批准');
    expect(text).not.toContain('先一步');
  });

  it('names the campaign that already asks the units, and what to do instead', () => {
    const body = conflict('CAMPAIGN_DUPLICATE', {
      details: { campaignId: 'c', title: 'P15测试任务', documentNumber: null, unitIds: ['a', 'b'] },
    });
    expect(chineseMessage(body)).toBe(
      '所选单位中有 2 个单位已在《P15测试任务》中，本年度不能重复下发。请取消勾选这些单位，或在该任务中追加单位。',
    );
    expect(
      duplicateCampaignMessage(
        { title: 'P15测试任务', documentNumber: '昌州法办通〔2026〕9号', unitIds: ['a', 'b'] },
        ['阜康市交通运输局', '玛纳斯县交通运输局'],
      ),
    ).toBe(
      '阜康市交通运输局、玛纳斯县交通运输局已在《P15测试任务》（昌州法办通〔2026〕9号）中，本年度不能重复下发。请取消勾选这些单位，或在该任务中追加单位。',
    );
  });

  it('shows the server’s reason for a 409 the console has no wording for', () => {
    expect(chineseMessage(conflict('SOMETHING_NEW'))).toBe('server words');
  });
});

describe('429 wording', () => {
  it('tells a colleague behind a guessed-at address when to retry and that a known computer still works', () => {
    const body = {
      statusCode: 429,
      error: 'TOO_MANY_REQUESTS',
      message: 'server words',
      details: { scope: 'address', retryAfterSeconds: 42 },
    } as ReceivedError;
    expect(chineseMessage(body)).toBe(
      '本单位网络登录失败次数过多，已暂停陌生浏览器登录，请 42 秒后再试；在以前登录过本账号的电脑上可以照常登录。',
    );
    expect(chineseMessage({ ...body, details: undefined })).toBe('操作过于频繁，请稍后再试。');
  });

  it('tells someone typing passwords too fast how many seconds to wait', () => {
    const body = {
      statusCode: 429,
      error: 'TOO_MANY_REQUESTS',
      message: 'server words',
      details: { scope: 'account', retryAfterSeconds: 37 },
    } as ReceivedError;
    expect(chineseMessage(body)).toBe('该账号登录尝试过于频繁，请 37 秒后再试。');
  });
});

describe('dates a campaign from above caps (a scenario test, stop 49)', () => {
  const refused = (error: string, details: Record<string, unknown>): ReceivedError =>
    ({ statusCode: 400, error, message: 'server words', details }) as ReceivedError;

  it('tells a unit asking past the date above to ask the office above', () => {
    expect(
      chineseMessage(
        refused('EXTENSION_TOO_LATE', { latestDate: '2027-02-15', parentDueDate: '2027-02-15' }),
      ),
    ).toBe(
      '本任务转发自上级任务，上级截止日期为2027年2月15日，延期后的截止日期不能晚于该日期；如需更晚，请与下发本任务的单位联系。',
    );
    expect(chineseMessage(refused('EXTENSION_TOO_LATE', { latestDate: '2027-12-31' }))).toContain(
      '不能晚于2027-12-31（届时下一年度的报告也已到期）',
    );
  });

  it('names the date above when a grant or a cascade goes past it', () => {
    expect(chineseMessage(refused('DUE_DATE_AFTER_PARENT', { parentDueDate: '2027-02-15' }))).toBe(
      '截止日期不能晚于上级任务的截止日期（2027年2月15日），请选择不晚于该日期的日期。',
    );
  });
});

describe('公开版标注 refused for changed words (a walk, stop 53)', () => {
  it('names the parts whose words changed', () => {
    const body = {
      statusCode: 422,
      error: 'DISCLOSURE_MARKING_CHANGES_TEXT',
      message: 'server words',
      details: { parts: ['measures', 'title'] },
    } as ReceivedError;
    expect(chineseMessage(body)).toBe(
      '已接收的报告只能调整不予公开标注，正文文字不能修改（文字改动在：一、主要举措和成效；标题），请恢复改动的文字后再保存。',
    );
  });
});
