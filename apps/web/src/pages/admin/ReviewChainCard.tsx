import { Alert, App, Button, Card, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { errorText } from '../../api/queries';
import { useReviewChain, useSetReviewChain } from '../../api/reviewChainQueries';
import type { ReviewChainSetting } from '../../api/openapi.gen';

type Stage = { id: string; label: string };
type Shortfall = ReviewChainSetting['shortfalls'][number];

/** The radio value for "no choice of our own" (the API's null). */
const CAMPAIGNS_OWN = '';

/**
 * 内部审核流程 of the unit selected in 单位管理 (#17 item 5): the path the unit's reports follow, each
 * campaign asking the unit whose 内部审核流程要求 that path does not keep (those reports then follow the
 * issuing office's path), and the paths to choose from, each saying whether it keeps every campaign's
 * rules. Saving answers with the shortfalls recomputed.
 */
export function ReviewChainCard({ unitId, unitName }: { unitId: string; unitName: string }) {
  const setting = useReviewChain(unitId);
  const error = errorText(setting.error);
  return (
    <Card size="small" title="内部审核流程" style={{ marginTop: 16 }} loading={setting.isPending && !error}>
      {error && <Alert type="error" showIcon title={error} />}
      {setting.data && (
        // Keyed by the stored choice: after a save, or a change made elsewhere, the picker starts from it.
        <ChainChoice
          key={setting.data.reviewChain ?? CAMPAIGNS_OWN}
          setting={setting.data}
          unitName={unitName}
        />
      )}
    </Card>
  );
}

function ChainChoice({ setting, unitName }: { setting: ReviewChainSetting; unitName: string }) {
  const { message } = App.useApp();
  const save = useSetReviewChain(setting.unitId);
  const stored = setting.reviewChain ?? CAMPAIGNS_OWN;
  const [picked, setPicked] = useState(stored);
  const [saveError, setSaveError] = useState<string | null>(null);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <Typography.Text>
        {setting.states
          ? `${unitName}自选的流程：${stagesText(setting.states)}`
          : `${unitName}未自选流程：各项报送任务均按下发单位规定的流程办理。`}
      </Typography.Text>
      {setting.shortfalls.map((shortfall) => (
        <ShortfallAlert key={shortfall.campaignId} shortfall={shortfall} />
      ))}
      {setting.states && setting.shortfalls.length === 0 && (
        <Alert type="success" showIcon title="自选流程符合所有在办报送任务的内部审核流程要求。" />
      )}
      <Radio.Group
        aria-label="选择本单位的内部审核流程"
        value={picked}
        onChange={(e) => setPicked(e.target.value as string)}
      >
        <Space orientation="vertical" size={6}>
          {setting.choices.map((choice) => (
            <Radio key={choice.id} value={choice.id}>
              {stagesText(choice.states)}{' '}
              {choice.campaignsShortOf === 0 ? (
                <Tag color="green">符合全部任务要求</Tag>
              ) : (
                <Tag color="orange">不符合 {choice.campaignsShortOf} 项任务的要求</Tag>
              )}
            </Radio>
          ))}
          <Radio value={CAMPAIGNS_OWN}>不自选，各任务按下发单位规定的流程办理</Radio>
        </Space>
      </Radio.Group>
      {saveError && <Alert type="error" showIcon title={saveError} role="alert" />}
      <Button
        type="primary"
        disabled={picked === stored}
        loading={save.isPending}
        onClick={async () => {
          setSaveError(null);
          try {
            const next = await save.mutateAsync(picked === CAMPAIGNS_OWN ? null : picked);
            message.success(
              next.shortfalls.length === 0
                ? '内部审核流程已保存'
                : `内部审核流程已保存，仍有 ${next.shortfalls.length} 项任务按下发单位的流程办理`,
            );
          } catch (e) {
            setSaveError(e instanceof ApiError ? e.message : '保存失败，请稍后重试');
          }
        }}
      >
        保存流程
      </Button>
    </Space>
  );
}

/** One campaign's rule the chosen path does not keep: which notice, which rule, what to change. */
function ShortfallAlert({ shortfall }: { shortfall: Shortfall }) {
  const labels = shortfall.missing.map((m) => m.label).join('、');
  return (
    <Alert
      type="warning"
      showIcon
      title={`《${shortfall.title}》要求内部审核流程包含${labels}`}
      description={`${shortfall.issuingUnitName}下发，${shortfall.reportYear}年度。本单位自选的流程没有${labels}，这项任务的报告将按下发单位规定的流程办理；如要按本单位的流程办理，请改选下面标有“符合全部任务要求”的流程并保存。`}
    />
  );
}

/** The stages a drafter goes through, up to 已报送 (what follows is the receiving office's). */
function stagesText(states: Stage[]): string {
  const submitted = states.findIndex((s) => s.id === 'submitted');
  const own = submitted >= 0 ? states.slice(0, submitted + 1) : states;
  return own.map((s) => s.label).join(' → ');
}
