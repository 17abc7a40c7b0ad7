import { FIELD_LABELS, SECTION_LABELS } from '../labels';

/**
 * VALIDATION_FAILED in Chinese. The API names each problem as `field: <class-validator message>`;
 * a form that checks its own fields rarely lets one through, but an empty paste (导入正文 with
 * nothing in it, stop 43) or a field the form does not check did, and the console printed
 * "text must be longer than or equal to 1 characters". The rules users meet are said in their
 * words; a problem the console does not know keeps the server's words.
 */
export function validationFailedMessage(problems: readonly string[]): string {
  return `提交的内容不符合要求：${problems.map(oneProblem).join('；')}`;
}

/** Field names of request bodies that a user fills in, beside the workflow's action fields. */
const BODY_FIELD_LABELS: Record<string, string> = {
  ...FIELD_LABELS,
  ...SECTION_LABELS,
  text: '正文',
  title: '标题',
  comment: '意见',
  reason: '理由',
  name: '名称',
  username: '用户名',
  displayName: '姓名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  email: '电子邮箱',
  dueDate: '截止日期',
  dueOn: '截止日期',
  requestedDueDate: '申请延期至',
  reportYear: '报告年度',
  year: '年度',
  url: '网址',
  message: '内容',
  opinion: '意见',
  body: '正文',
  paragraphs: '段落',
  documentNumber: '文号',
  addressees: '主送',
  copiesTo: '抄送',
};

const label = (field: string) => BODY_FIELD_LABELS[field] ?? field;

const PROBLEMS: ReadonlyArray<[RegExp, (field: string, n: string) => string]> = [
  [/^(\w+) must be longer than or equal to 1 characters?$/, (f) => `请填写${label(f)}`],
  [/^(\w+) should not be empty$/, (f) => `请填写${label(f)}`],
  [/^(\w+) is required$/, (f) => `请填写${label(f)}`],
  [/^(\w+) must be longer than or equal to (\d+) characters$/, (f, n) => `${label(f)}至少 ${n} 个字符`],
  [/^(\w+) must be shorter than or equal to (\d+) characters$/, (f, n) => `${label(f)}最多 ${n} 个字符`],
  [/^(\w+) must be one of the following values: .*$/, (f) => `${label(f)}的取值无效`],
  [/^(\w+) must be a UUID$/, (f) => `${label(f)}无效`],
  [/^(\w+) must be an integer number$/, (f) => `${label(f)}应为整数`],
  [/^(\w+) must be a string$/, (f) => `${label(f)}应为文字`],
  [/^property (\w+) should not exist(?: \(accepted: [^)]*\))?$/, (f) => `不应提交 ${f}`],
  // A walk (stop 46) read the English rule after giving a new user the demo accounts' password.
  [/^(\w+) must not be the published demo password$/, (f) => `${label(f)}不能使用公开的演示密码，请另设`],
  [/^(\w+) must contain a letter and a digit$/, (f) => `${label(f)}须同时包含字母和数字`],
  // Text pasted from a web page can carry them unseen (http/visible-text.ts on the API).
  [
    /^(\w+) must not contain invisible characters/,
    (f) => `${label(f)}含有不可见字符（零宽空格、方向控制符或换行），请删除后重新输入`,
  ],
  [
    /^(\w+) must not contain direction control characters/,
    (f) => `${label(f)}含有文字方向控制符（会使文字倒序显示），请删除后重新输入`,
  ],
];

function oneProblem(problem: string): string {
  // "text: text must be …": the path before the colon, the rule after it.
  const rule = problem.includes(': ') ? problem.slice(problem.indexOf(': ') + 2) : problem;
  for (const [pattern, say] of PROBLEMS) {
    const m = pattern.exec(rule);
    if (m) return say(m[1], m[2] ?? '');
  }
  return problem;
}
