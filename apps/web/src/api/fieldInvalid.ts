import { FIELD_LABELS } from '../labels';
import type { ActionField } from './openapi.gen';

/**
 * FIELD_INVALID in the words of the field and the rule that failed, from the server's message
 * (one problem per `; `). The walk (round 16) met 「日期请使用年-月-日格式」 for a 会议日期 typed
 * exactly so: the real rule was the report year's range, which no date met for a year not begun.
 * A problem the console does not know is shown in the server's words, never as another rule.
 */
export function fieldInvalidMessage(message: string): string {
  return message
    .split('; ')
    .map((problem) => problem.trim())
    .filter(Boolean)
    .map(oneProblem)
    .join('');
}

const label = (field: string) => FIELD_LABELS[field as ActionField] ?? field;
/** 2027-01-01 → 2027年1月1日 */
const day = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
};

const RANGE =
  /^(\w+) must be between (\d{4}-\d{2}-\d{2}) \(the start of report year (\d+)\) and (\d{4}-\d{2}-\d{2}) \(today, China time\), got (\S+)$/;
const NOT_A_DATE = /^(\w+) must be a real date as YYYY-MM-DD, got "(.*)"$/;
const DOCUMENT_NUMBER = /^documentNumber must look like /;
const BEFORE_CLEARED_MEETING =
  /^meetingDate must not be before (\d{4}-\d{2}-\d{2}), the meeting whose record the return cleared/;
const CLEARED_MINUTES = /^minutesNumber "(.*)" is the number of the meeting whose record the return cleared/;

function oneProblem(problem: string): string {
  const range = RANGE.exec(problem);
  if (range) {
    const [, field, earliest, year, today, got] = range;
    if (earliest > today)
      return `${year}年度尚未开始，今天还不能填写${label(field)}：${label(field)}应在${day(earliest)}之后。`;
    return `${label(field)}应在${day(earliest)}（${year}年度开始）至${day(today)}（今天）之间，所填为${day(got)}。`;
  }
  const notADate = NOT_A_DATE.exec(problem);
  if (notADate)
    return `${label(notADate[1])}不是有效日期，请按“年-月-日”填写（如 2026-03-01），所填为“${notADate[2]}”。`;
  const beforeCleared = BEFORE_CLEARED_MEETING.exec(problem);
  if (beforeCleared)
    return `上级要求重新集体审议：会议日期不得早于原审议会议的日期（${day(beforeCleared[1])}），请填写重新审议会议的日期。`;
  const clearedMinutes = CLEARED_MINUTES.exec(problem);
  if (clearedMinutes)
    return `上级要求重新集体审议：“${clearedMinutes[1]}”是原审议会议的纪要编号，请填写重新审议会议的纪要编号。`;
  if (DOCUMENT_NUMBER.test(problem))
    return '文号格式应如“×交发〔2026〕3号”：本单位发文机关代字、〔年份〕、序号和“号”。';
  return problem;
}
