import { roleLabel, stateLabel, FIELD_LABELS, SECTION_LABELS } from '../labels';
import { formatBeijingDateTime, formatChinaDate } from '../components/dates';
import type { ErrorDetails, ReceivedError } from './client';
import { fieldInvalidMessage } from './fieldInvalid';
import { recipientInvalidMessage } from './recipientInvalid';
import { validationFailedMessage } from './validationFailed';
import type { ActionField, ErrorCode, SectionKey } from './openapi.gen';

const roles = (list: string[] | undefined): string => (list ?? []).map(roleLabel).join('或');
const fields = (list: string[] | undefined): string =>
  (list ?? []).map((f) => FIELD_LABELS[f as ActionField] ?? f).join('、');

/**
 * Chinese wording for the error codes the public API sends. Keyed by the contract's ErrorCode, so a
 * code the API no longer sends does not compile; codes without wording keep the server's text.
 */
const MESSAGES: Partial<Record<ErrorCode, (b: ReceivedError) => string>> = {
  REPORT_STALE_VERSION: (b) =>
    `这份报告在您操作前已有变化（他人处理，或您在其他窗口、重复点击已办理），当前状态为“${stateLabel(b.details?.currentState)}”。页面已刷新为最新内容，请核对后再操作。`,
  REVISION_STALE: (b) =>
    `保存失败：报告已在其他窗口或由其他人保存为第 ${b.details?.currentRevision ?? '?'} 版（您基于第 ${b.details?.basedOn ?? '?'} 版修改）。您的修改仍在编辑框中，请复制后刷新页面，合并再保存。`,
  REPORT_NOT_EDITABLE: (b) => `报告当前处于“${stateLabel(b.details?.currentState)}”阶段，不能修改正文。`,
  ACTION_NOT_ALLOWED_IN_STATE: (b) =>
    `报告当前处于“${stateLabel(b.details?.currentState)}”阶段，不能执行该操作（可能已被他人处理）。`,
  WITHDRAW_NOT_ALLOWED: (b) =>
    Array.isArray(b.details?.acceptedBy) && b.details.acceptedBy.length > 0
      ? `无法撤回：${(b.details.acceptedBy as string[]).join('、')}已接收本次报送。`
      : `无法撤回：下一环节已经处理，报告当前为“${stateLabel(b.details?.currentState)}”。`,
  // One code for every missing role (report actions included); `held` is sent when the API knows it.
  ROLE_REQUIRED: (b) =>
    (b.details?.messageZh as string | undefined) ??
    `没有权限：此操作需要“${roles(b.details?.needed) || '相应'}”角色` +
      (b.details?.held ? `，您在该单位持有的角色为：${roles(b.details.held) || '无'}。` : '。'),
  COMMENT_REQUIRED: () => '退回时必须填写退回意见。',
  RECEIPT_STALE_VERSION: () =>
    '这份回执在您操作前已有变化（他人处理，或您在其他窗口、重复点击已办理），页面已刷新为最新状态，请核对后再操作。',
  RECEIPT_ALREADY_DECIDED: (b) =>
    b.details?.reportState
      ? '报送单位已撤回这次报送，回执暂无需处理；待其重新报送后再接收或退回。'
      : b.details?.currentStatus === 'accepted'
        ? '这份报告已接收，接收后不再重新处理；此后报送单位报来的更正已记录在案，可在报告页查看更正前后的内容。'
        : '这份回执已处理（已退回或报送任务已撤销），无需再次处理。',
  RECEIPT_COMMENT_REQUIRED: () => '退回修改时必须填写退回意见。',
  DUTIES_NOT_SEPARATED: () =>
    '按职责分离要求，提交人不能审核同一轮次的报告，同一人在一轮审核中也不能审批两次。请由本单位其他人员办理；确属人员极少的单位，可由管理员放宽此规则（将记入流程记录）。',
  DISCLOSURE_MARKERS_UNBALANCED: (b) =>
    (b.details?.messageZh as string | undefined) ??
    '公开版未生成：【不予公开】标记不成对，请修改后重新导出。',
  WEBHOOK_URL_REFUSED: (b) => `机器人地址不可用：${b.message}`,
  IMPORT_BUSY: () => '当前正在读取的文件较多，请稍等几秒后重试。',
  USERNAME_INVALID: () => '用户名中含有不可见字符或控制字符，请重新输入。',
  PASSWORD_CHANGE_REQUIRED: () => '管理员为您设置了临时密码，请先修改密码。',
  CURRENT_PASSWORD_WRONG: () => '当前密码不正确，密码未修改。',
  PASSWORD_UNCHANGED: () => '新密码不能与当前密码相同。',
  TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH: () =>
    '该用户在您不管理的单位（如上级单位）持有角色，只有该单位或更上级的管理员可以修改。',
  CASCADE_BEYOND_PARENT: (b) =>
    `逐级下发只能转发给上级任务经本单位到达的单位及其下属对口单位；${((b.details?.unitNames as string[] | undefined) ?? []).join('、') || '所选部分单位'}不在其中，请取消勾选，或另行下发报送任务。`,
  NOT_A_DEMONSTRATION_AREA: (b) =>
    `示范地区年度报告只能向全国法治政府建设示范地区的人民政府下发；${((b.details?.unitNames as string[] | undefined) ?? []).join('、') || '所选部分单位'}不是示范地区，请取消勾选，或改为下发年度报告。`,
  REPORT_LINE_MISMATCH: () => '逐级下发的报告类型须与上级报送任务一致，请不要修改报告类型。',
  NOTICE_TOO_EARLY: (b) =>
    `还有 ${b.details?.notYetDue ?? '部分'} 个单位尚未报送且未到截止日期（最晚 ${typeof b.details?.latestDueDate === 'string' ? formatChinaDate(b.details.latestDueDate) : '—'}）。每个报送任务只印发一次通报，请待各单位报送或截止日期过后再印发；通报稿可以继续修改。`,
  SELF_GRANT_FORBIDDEN: () => '不能给自己授予角色，请由本单位其他管理员办理。',
  GRANT_TO_APPOINTER_FORBIDDEN: () =>
    '该用户为您开通了管理员权限（直接或经由其开通的管理员），您不能给其授予角色，请由不是其开通的管理员（如上级单位管理员）办理。',
  OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN: () => '不能取消自己的管理员角色，请由本单位或上级单位的其他管理员办理。',
  OWN_PASSWORD_RESET_FORBIDDEN: () => '不能重置自己的密码，请在“修改密码”中输入当前密码后修改。',
  CALENDAR_SCOPE: () => '全国节假日安排由顶层单位管理员录入，地方节假日由该地区的管理员录入。',
  CALENDAR_SCHEDULE_INVALID: (b) => `节假日安排格式有误：${b.message}`,
  COMPLETENESS_CHECK_FAILED: (b) => {
    const findings = (b.details?.findings as Array<{ message: string }> | undefined) ?? [];
    return `形式审查未通过，报告不能提交：${findings.map((f) => f.message).join('；') || b.message}。请修改并保存，或请科室审核人说明理由后准予提交。`;
  },
  NO_REVISION_YET: () => '报告尚未保存正文，请先保存。',
  REPORT_TOO_LONG: (b) =>
    `保存失败：正文共 ${b.details?.paragraphs ?? '?'} 段（非空行），超过报告允许的 ${b.details?.limit ?? 5000} 段。请删去不属于报告正文的内容（数据表格可作为附件上传）后再保存；您的修改仍在编辑框中。`,
  FOLLOW_THROUGH_TOO_LARGE: () =>
    '上一年度工作安排和本年度报告篇幅过长，无法逐项比对落实情况，请分别查阅两份报告。',
  FIELD_REQUIRED: (b) => `请填写：${fields(b.details?.missingFields) || '必填项'}。`,
  FIELD_INVALID: (b) => fieldInvalidMessage(b.message),
  UNKNOWN_ACTION: () => '不支持的操作。',
  VALIDATION_FAILED: (b) => validationFailedMessage(b.details?.fields ?? [b.message]),
  BAD_CREDENTIALS: () => '用户名或密码错误。',
  ACCOUNT_LOCKED: (b) => {
    const until =
      typeof b.details?.lockedUntil === 'string'
        ? `${formatBeijingDateTime(b.details.lockedUntil)}后`
        : '稍后';
    return b.details?.scope === 'device'
      ? `本浏览器登录该账号失败次数过多，已临时锁定，请${until}再试或联系本单位管理员解锁。`
      : `该账号在未登录过的浏览器上失败次数过多，已临时锁定；请在以前登录过的电脑上登录，或${until}再试、联系本单位管理员解锁。`;
  },
  ACCOUNT_DEACTIVATED: () => '该账号已停用，请联系本单位管理员。',
  UNAUTHENTICATED: () => '登录已过期，请重新登录。',
  SESSION_ENDED: () => '会话已结束，请重新登录。',
  INVALID_TOKEN: () => '登录已过期，请重新登录。',
  INVALID_REFRESH_TOKEN: () => '登录已过期，请重新登录。',
  TOO_MANY_REQUESTS: (b) =>
    b.details?.scope === 'address'
      ? `本单位网络登录失败次数过多，已暂停陌生浏览器登录，请${typeof b.details.retryAfterSeconds === 'number' ? ` ${b.details.retryAfterSeconds} 秒后` : '稍后'}再试；在以前登录过本账号的电脑上可以照常登录。`
      : typeof b.details?.retryAfterSeconds === 'number'
        ? `${b.details.scope === 'account' ? '该账号登录尝试过于频繁' : '操作过于频繁'}，请 ${b.details.retryAfterSeconds} 秒后再试。`
        : '操作过于频繁，请稍后再试。',
  NOT_FOUND: () => '找不到该内容，或您无权查看。',
  REPORT_NOT_FOUND: () => '找不到该报告，或您无权查看。',
  REVISION_NOT_FOUND: () => '找不到该修订版本。',
  REPORT_EXISTS: () => '本单位该年度的报告已存在。',
  USERNAME_TAKEN: () => '该用户名已被使用。',
  UNIT_NAME_TAKEN: () => '同一上级单位下已有同名单位。',
  UNIT_BODY_EXISTS: (b) => {
    const existing = (b.details?.existing as { name?: string } | undefined)?.name;
    return `该地已有此机构${existing ? `（${existing}）` : ''}：一地只有一个人民政府、一个党委和一个人大常委会，行政区划代码也不能重复。请使用已有单位，或修改名称、类型。`;
  },
  UNIT_NAME_CHANGED: (b) =>
    `该单位已被他人改名为“${String(b.details?.currentName ?? '')}”，本次修改未保存。请刷新后确认是否仍需修改。`,
  ROLE_UNIT_INVALID: () => '该角色不能在所选单位授予。',
  CANNOT_DEACTIVATE_SELF: () => '不能停用自己的账号。',
  DOCUMENT_REJECTED: (b) => String(b.details?.messageZh ?? '文件无法导入。'),
  STAMPED_SCAN_REQUIRED: (b) => {
    const campaigns = (b.details?.campaigns as Array<{ title: string }> | undefined) ?? [];
    const titles = campaigns.map((c) => `《${c.title}》`).join('、') || '报送任务';
    const revision = b.details?.revision as number | undefined;
    const older = b.details?.latestScannedRevision as number | null | undefined;
    return (
      `无法报送：${titles}要求报送时上传盖章扫描件，本次报送的是第 ${revision ?? '?'} 版，` +
      (older ? `已上传的扫描件是第 ${older} 版的，不能用于本次报送。` : '尚未上传盖章扫描件。') +
      `请将第 ${revision ?? '?'} 版打印、加盖公章后扫描为 PDF 上传，再报送。`
    );
  },
  STAMPED_SCAN_INVALID: (b) =>
    b.details?.reason === 'too_large'
      ? `扫描件过大，最大 ${Math.floor(Number(b.details?.maxBytes ?? 0) / 1024 / 1024) || '?'} MB，请降低扫描分辨率后重新上传。`
      : b.details?.reason === 'empty'
        ? '扫描件是空文件，请重新扫描后上传。'
        : '扫描件须为 PDF 文件，请将盖章后的纸质报告扫描为 PDF 后上传。',
  STAMPED_SCAN_TOO_EARLY: () => '报告尚在起草，签发后编号发文时再上传盖章扫描件。',
  FILE_REQUIRED: () => '请选择文件。',
  FILE_TYPE_NOT_ALLOWED: () => '文件类型不受支持，或文件内容与扩展名不符。',
  PAYLOAD_TOO_LARGE: (b) => (b.details?.messageZh as string | undefined) ?? '文件或内容过大。',
  ATTACHMENT_NOT_FOUND: () => '找不到该附件。',
  IDEMPOTENCY_KEY_REUSED: () => '重复提交，请刷新页面后重试。',
  CAMPAIGN_NOT_FOUND: () => '找不到该报送任务，或您无权查看。',
  CAMPAIGN_PAST_DUE: () => '报送任务已过截止日期。',
  CAMPAIGN_WITHDRAWN: () => '该报送任务已撤销。',
  DATE_IN_PAST: () => '日期不能早于今天。',
  DUE_DATE_AFTER_PARENT: (b) =>
    `截止日期不能晚于上级任务的截止日期${b.details?.parentDueDate ? `（${formatChinaDate(String(b.details.parentDueDate))}）` : ''}，请选择不晚于该日期的日期。`,
  DUE_DATE_AFTER_REGULATION: (b) => {
    const units = (b.details?.units as Array<{ name: string; regulationDueDate: string }> | undefined) ?? [];
    const first = units[0];
    return first
      ? `截止日期晚于规定的报送期限：${first.name}${units.length > 1 ? `等 ${units.length} 个单位` : ''}应于${formatChinaDate(first.regulationDueDate)}前报送，请选择不晚于该日期的截止日期。`
      : '截止日期晚于规定的报送期限，请选择更早的日期。';
  },
  REGULATION_DATE_PASSED: (b) =>
    `${b.details?.reportYear ?? '该'}年度报告的规定报送期限（${
      Array.isArray(b.details?.units) && b.details.units.length > 0
        ? formatChinaDate((b.details.units as Array<{ regulationDueDate: string }>)[0].regulationDueDate)
        : '—'
    }）已过，不能再为该年度下发报送任务；对尚未报送的单位，请在原报送任务中催办。`,
  NO_TARGETS: () => '请至少选择一个报送单位。',
  TARGET_EXISTS: () => '所选单位已在该任务中。',
  EXTENSION_ALREADY_DECIDED: () => '该延期申请已被处理（可能是其他人先一步处理）。',
  EXTENSION_NOT_FOUND: () => '找不到该延期申请。',
  REPORT_ALREADY_SUBMITTED: () => '报告已报送，不能再申请延期。',
  EXTENSION_NOT_LATER: (b) =>
    `申请延至的日期须晚于现截止日期${b.details?.currentDueDate ? String(b.details.currentDueDate) : ''}，请重新选择。`,
  EXTENSION_TOO_LATE: (b) =>
    b.details?.parentDueDate
      ? `本任务转发自上级任务，上级截止日期为${formatChinaDate(String(b.details.parentDueDate))}，延期后的截止日期不能晚于该日期；如需更晚，请与下发本任务的单位联系。`
      : `延期后的截止日期不能晚于${String(b.details?.latestDate ?? '次年年底')}（届时下一年度的报告也已到期），请选择更早的日期。`,
  EXTENSION_PENDING: () => '本单位已有延期申请等待上级批准，请等待处理结果后再申请。',
  ROLE_ALREADY_HELD: () => '该用户在该单位已持有此角色。',
  NOT_DEAD: () => '该通知已不在发送失败列表中（可能已被他人重新发送）。',
  DISPATCH_NOT_POSSIBLE: () =>
    '只有已报送（或已接收、已公开）的报告才能补报给后来下发的任务；仍在本单位办理的报告下次报送时会一并送达各任务。',
  RECEIPT_RETURN_NOT_POSSIBLE: () =>
    '该报告报送本任务前已被接收，不能再退回本单位修改；请接收，需要修改的内容可作为整改意见随接收一并提出。',
  RECEIPT_DECISION_REQUIRED: () => '该报告已报送到报送任务，请在回执中逐个任务接收或退回。',
  RECEIPT_EXISTS: () => '报告已报送到该任务，下次报送时会再次送达，无需补报。',
  DISCLOSURE_ALREADY_PUBLISHED: () => '报告已公开，无需再登记。',
  DISCLOSURE_NOT_CLEARED: () => '公开前须先完成保密审查并确认可以公开。',
  // One code for both: the 保密审查 opens at 签发, the 登记公开 once the report is sent (stop 52).
  DISCLOSURE_NOT_DISPATCHED: () => '主要负责人签发后才能进行保密审查，报告报送后才能登记公开。',
  DISCLOSURE_REVIEW_OUTDATED: () => '保密审查针对的是较早的版本，请先对当前版本重新进行保密审查。',
  DISCLOSURE_MARKING_NOT_OPEN: () =>
    '只有已接收、尚未公开的报告可以修改不予公开标注；起草中的报告请直接编辑正文。',
  // Where the words changed (a walk, stop 53, hunted for one changed figure in 2,500 characters).
  DISCLOSURE_MARKING_CHANGES_TEXT: (b) => {
    const parts = ((b.details?.parts as string[] | undefined) ?? []).map((p) =>
      p === 'title' ? '标题' : (SECTION_LABELS[p as SectionKey] ?? p),
    );
    return `已接收的报告只能调整不予公开标注，正文文字不能修改${parts.length > 0 ? `（文字改动在：${parts.join('；')}）` : ''}，请恢复改动的文字后再保存。`;
  },
  FINDING_FIELD_INVALID: (b) => findingFieldMessage(String(b.details?.field ?? ''), b.message),
  FINDING_NO_RECEIPT: () => '报告尚未报送到本单位下发的任务，不能提出整改意见。',
  FINDING_WRONG_STATUS: () => '整改意见当前状态下不能执行该操作（可能已被他人处理），请刷新后查看。',
  JOINT_REPORT_CONFLICT: (b) => {
    const reports = (b.details?.reports as Array<{ unitName: string }> | undefined) ?? [];
    const names = reports.map((r) => r.unitName).join('、') || '所选单位之一';
    return `${names}本年度已有自己的报告，不能再联合报告（每个单位每年只有一份报告）。`;
  },
  NOTICE_ALREADY_ISSUED: () => '通报已印发，不能再修改。',
  NOTICE_FACTS_CHANGED: () =>
    '正文生成后报送情况有变化，正文中的数字可能已过时：请按最新情况更新正文，或核对后再次印发。',
  NOTICE_BEFORE_DISCLOSURE_DATE: (b) =>
    `还有 ${typeof b.details?.notPublished === 'number' ? b.details.notPublished : '部分'} 个单位尚未向社会公开报告，公开截止日期（${typeof b.details?.disclosureDate === 'string' ? formatChinaDate(b.details.disclosureDate) : '—'}）未到：现在印发，通报将无法列出未按期公开的单位。请核对后再确认印发。`,
  NOTICE_EXISTS: () => '该任务已有通报草稿，请打开后继续编辑。',
  URGE_NOT_NEEDED: () => '该单位已向本任务报送报告（已报送或已接收），无需催办。',
  URGE_NOBODY_TO_TELL: () =>
    '该单位在系统中没有起草人、审核人或主要负责人账号，催办无人接收；请电话联系该单位，或请其管理员开通账号。',
  URGED_TODAY: (b) => {
    const at =
      typeof b.details?.urgedAt === 'string' ? formatBeijingDateTime(b.details.urgedAt).slice(11) : '';
    const by = typeof b.details?.urgedBy === 'string' ? b.details.urgedBy : '';
    return `今日已催办（${at}${by ? `，${by}` : ''}）。每个单位每天只能催办一次，请明天再催办。`;
  },
  FORWARDING_NOT_ACCEPTED: () => '只有已接收的报告才能报送外部机关。',
  ITEM_ORDER_LOCKED: () => '已有单位报送，报告事项顺序不能再修改。',
  // The page that issues names the units (it knows their names); this is the wording without them.
  CAMPAIGN_DUPLICATE: (b) => duplicateCampaignMessage(b.details ?? {}),
  RECIPIENT_INVALID: recipientInvalidMessage,
  DATABASE_UNAVAILABLE: () => '服务暂时不可用，请稍后再试。',
  INTERNAL_ERROR: () => '服务器出错，请稍后再试或联系管理员。',
};

/**
 * The 409s that mean "someone else acted first" (a stale version): only these get the generic
 * advice to reload. Any other 409 has a cause of its own, which reloading does not remove.
 */
const STALE_VERSION_CODES = new Set<string>([
  'CONFLICT',
  'DISCLOSURE_STALE_VERSION',
  'FINDING_STALE_VERSION',
  'SCORING_RULE_STALE_VERSION',
  'NOTICE_STALE_VERSION',
  'ITEM_ORDER_STALE_VERSION',
  'FORWARDING_CHANGED',
]);

/**
 * CAMPAIGN_DUPLICATE: which campaign already asks the units and what to do instead. `unitNames`,
 * when the caller knows them, names the units (the API sends their ids).
 */
export function duplicateCampaignMessage(details: ErrorDetails, unitNames: string[] = []): string {
  const title = typeof details.title === 'string' ? `《${details.title}》` : '本单位另一报送任务';
  const number = typeof details.documentNumber === 'string' ? `（${details.documentNumber}）` : '';
  const count = Array.isArray(details.unitIds) ? details.unitIds.length : unitNames.length;
  const who = unitNames.length > 0 ? unitNames.join('、') : `所选单位中有 ${count || '部分'} 个单位`;
  return `${who}已在${title}${number}中，本年度不能重复下发。请取消勾选这些单位，或在该任务中追加单位。`;
}

export function chineseMessage(body: ReceivedError): string {
  const known = MESSAGES[body.error as ErrorCode];
  if (known) return known(body);
  if (body.statusCode === 403) return `没有权限执行此操作。${body.message}`;
  if (body.statusCode === 404) return '找不到该内容，或您无权查看。';
  if (body.statusCode === 409 && STALE_VERSION_CODES.has(body.error))
    return '其他人已先一步处理，请刷新后重试。';
  // Any other refusal has its own cause: the server's words say it (better than a wrong guess).
  if (body.statusCode === 409) return body.message || '当前状态下不能执行该操作。';
  if (body.statusCode >= 500) return '服务器出错，请稍后再试或联系管理员。';
  return body.message || '操作失败';
}

/**
 * A refused 问题清单 field in words (a walk, stop 40: 反馈整改情况 with a date before the finding
 * showed "completedOn 2069-01-09 lies before the finding was raised…"). Keyed by the field the API
 * names (findings.N.text and findings.N.dueOn in a decision's list).
 */
export function findingFieldMessage(field: string, serverText: string): string {
  const name = field.replace(/^findings\.\d+\./, '');
  if (name === 'completedOn') {
    if (/before the finding was raised/.test(serverText))
      return '完成日期不能早于问题提出的日期，请填写整改措施完成（或预计完成）的日期。';
    if (/days ahead/.test(serverText)) return '完成日期不能晚于一年之后，请核对后重新选择。';
    return '请填写正确的完成日期。';
  }
  if (name === 'dueOn') {
    if (/before today/.test(serverText)) return '整改期限不能早于今天，请重新选择。';
    if (/days ahead/.test(serverText)) return '整改期限不能晚于一年之后，请核对后重新选择。';
    return '请填写正确的整改期限。';
  }
  if (name === 'measures')
    return /longer than/.test(serverText) ? '整改措施过长，请精简后再反馈。' : '请填写整改措施。';
  if (name === 'text') return /longer than/.test(serverText) ? '问题内容过长，请精简。' : '请填写问题内容。';
  if (name === 'comment') return '请填写意见。';
  if (name === 'campaignId') return '这份报告报送了本单位下发的多项任务，请选择针对哪一项任务提出问题。';
  return serverText;
}
