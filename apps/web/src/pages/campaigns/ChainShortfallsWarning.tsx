import { Typography, type App } from 'antd';
import type { IssuedCampaign } from '../../api/openapi.gen';

type Shortfalls = IssuedCampaign['chainShortfalls'];
type Modal = ReturnType<typeof App.useApp>['modal'];

/** One line per adopted report: "<unit> 缺 法律顾问审查、集体审议". */
export function chainShortfallLines(shortfalls: Shortfalls): string[] {
  return shortfalls.map((s) => `${s.unit.name} 缺 ${s.missing.map((m) => m.label).join('、')}`);
}

/**
 * After 下发 (or 添加单位) the API names the targets whose report for the year already existed and
 * follows a path without a step this campaign requires (docs/campaigns.md, 内部审核流程要求). The
 * issuer must read it, so it waits to be dismissed instead of fading like the success toast; the
 * board keeps saying it with 内部流程不符合要求.
 */
export function warnChainShortfalls(modal: Pick<Modal, 'warning'>, shortfalls: Shortfalls): void {
  if (shortfalls.length === 0) return;
  modal.warning({
    title: '部分单位的报告缺少本任务要求的审核环节',
    width: 600,
    okText: '知道了',
    content: (
      <div data-testid="chain-shortfalls-warning">
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          以下单位的报告已按原内部流程形成，缺少本任务要求的环节：
        </Typography.Paragraph>
        {/* A campaign may adopt many such reports: the list scrolls, the dialog stays within 768 px. */}
        <ul
          style={{ maxHeight: 320, overflowY: 'auto', margin: '0 0 8px', paddingInlineStart: 20 }}
          tabIndex={0}
        >
          {chainShortfallLines(shortfalls).map((line, i) => (
            <li key={shortfalls[i].reportId}>{line}</li>
          ))}
        </ul>
        <Typography.Text type="secondary">
          这些报告不会被拒收，也不能改换流程；任务看板上这些单位标注为“内部流程不符合要求”，报告报送后由你单位决定是否接收。
        </Typography.Text>
      </div>
    ),
  });
}
