import { Alert } from 'antd';
import type { DefaultRecipients } from '../../api/openapi.gen';
import { unstaffedLines } from './unstaffedLines';

/** Lines shown at most; the rest are counted. */
const SHOWN = 8;

/**
 * Said before issuing (a walk, stop 56: five county bureaus had a drafter only, and the office
 * learnt nothing until their reports waited on nobody): the office can phone them weeks ahead.
 * Not a refusal: an administrator may add the accounts before a report gets there.
 */
export function UnstaffedTargetsAlert({
  unstaffed,
}: {
  unstaffed: DefaultRecipients['unstaffed'] | undefined;
}) {
  const lines = unstaffedLines(unstaffed ?? []);
  if (lines.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="unstaffed-targets"
      style={{ marginBottom: 12 }}
      title={`${lines.length} 个单位尚未设置全部审核人员账号，报告到相应环节将无人办理`}
      description={
        <>
          <ul style={{ margin: '4px 0', paddingInlineStart: 20 }}>
            {lines.slice(0, SHOWN).map((line) => (
              <li key={line}>{line}</li>
            ))}
            {lines.length > SHOWN && <li>等，共 {lines.length} 个单位</li>}
          </ul>
          可以下发；请及早提醒这些单位，由系统管理员为其添加相应人员的账号。
        </>
      }
    />
  );
}
