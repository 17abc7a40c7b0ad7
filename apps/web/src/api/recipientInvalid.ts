import { externalBodyName } from '../pages/campaigns/externalRecipients';
import type { ReceivedError } from './client';

/** The API's reasons (campaign-recipient-planning.ts, issuer-area.ts) in the issuer's words. */
function reasonZh(reason: string): string {
  const offLine = /does not send the report of (.+?) to (\S+) /.exec(reason);
  if (offLine) {
    const more = / and (\d+) more$/.exec(offLine[1]);
    const shown = offLine[1].replace(/ and \d+ more$/, '');
    const units = more ? `${shown}等${shown.split('、').length + Number(more[1])}个单位` : shown;
    return `按报送路径，${units}的报告不报送${offLine[2]}（只有省级党委、政府向党中央、国务院报告）`;
  }
  if (reason.startsWith('no such unit')) return '单位不存在';
  if (reason.startsWith('a target of this campaign')) return '是本任务的报送单位，不能同时作为收件单位';
  if (reason.startsWith('named both')) return '不能同时列为主送和抄送';
  if (reason.startsWith('not a unit the issuer may address')) return '不在本单位可以报送的范围内';
  return reason;
}

/**
 * RECIPIENT_INVALID in words (the API's reasons are English, and named bodies outside the tree by
 * their key: a walk, stop 56). A unit is named by the reason alone; the form shows which were chosen.
 */
export function recipientInvalidMessage(body: ReceivedError): string {
  const problems = Array.isArray(body.details?.problems)
    ? (body.details.problems as Array<{ unitId: string; reason: string }>)
    : [];
  if (problems.length === 0) return '所选的主送或抄送单位有误，请核对后重试。';
  const lines = problems.map((p) => {
    const body = externalBodyName(p.unitId);
    return body ? `${body}：${reasonZh(p.reason)}` : `所选单位${reasonZh(p.reason)}`;
  });
  return `主送、抄送单位有误：${lines.join('；')}。`;
}
