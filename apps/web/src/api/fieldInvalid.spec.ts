import { fieldInvalidMessage } from './fieldInvalid';

describe('FIELD_INVALID in the field’s and the rule’s words', () => {
  it('says a report year not yet begun cannot have its meeting recorded, not that the date is malformed', () => {
    expect(
      fieldInvalidMessage(
        'meetingDate must be between 2027-01-01 (the start of report year 2027) and 2026-12-05 (today, China time), got 2026-12-04',
      ),
    ).toBe('2027年度尚未开始，今天还不能填写会议日期：会议日期应在2027年1月1日之后。');
  });

  it('says a re-deliberation asked from above is a new meeting, with its own date and minutes', () => {
    expect(
      fieldInvalidMessage(
        'meetingDate must not be before 2026-12-07, the meeting whose record the return cleared: the report is deliberated again at a new meeting, got 2026-01-05; ' +
          'minutesNumber "党组会纪要〔2026〕40号" is the number of the meeting whose record the return cleared: the new meeting\'s minutes have their own number',
      ),
    ).toBe(
      '上级要求重新集体审议：会议日期不得早于原审议会议的日期（2026年12月7日），请填写重新审议会议的日期。' +
        '上级要求重新集体审议：“党组会纪要〔2026〕40号”是原审议会议的纪要编号，请填写重新审议会议的纪要编号。',
    );
  });

  it('names the range when the date lies outside it', () => {
    expect(
      fieldInvalidMessage(
        'meetingDate must be between 2026-01-01 (the start of report year 2026) and 2026-12-05 (today, China time), got 2025-12-30',
      ),
    ).toBe('会议日期应在2026年1月1日（2026年度开始）至2026年12月5日（今天）之间，所填为2025年12月30日。');
  });

  it('words a malformed date and 文号, and keeps what it does not know in the server’s words', () => {
    expect(
      fieldInvalidMessage(
        'publicationDate must be a real date as YYYY-MM-DD, got "2026-02-30"; documentNumber must look like 呼交发〔2026〕3号 (issuer code, year in 〔〕, number, 号), got "呼交发3号"',
      ),
    ).toBe(
      '公开日期不是有效日期，请按“年-月-日”填写（如 2026-03-01），所填为“2026-02-30”。' +
        '文号格式应如“×交发〔2026〕3号”：本单位发文机关代字、〔年份〕、序号和“号”。',
    );
    expect(fieldInvalidMessage('The 整改 due date cannot lie before today')).toBe(
      'The 整改 due date cannot lie before today',
    );
  });
});
