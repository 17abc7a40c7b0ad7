import { App, Select } from 'antd';
import {
  DELIBERATION_BODIES,
  deliberationBodyOf,
} from '../../../../../libs/directory/src/deliberation-bodies';
import { useSetDeliberationBody } from '../../api/adminMutations';
import type { Unit } from '../../api/openapi.gen';
import { errorText } from '../../api/queries';

/** The picker's value for "no choice of our own" (the API's null). */
const DEFAULT = '';

/**
 * 集体审议机构 in 单位信息: the body that deliberates the unit's annual report, which names its
 * deliberation stage and is prefilled in the meeting record (a walk, stop 49: a township's body could
 * be set only over the API, and its reports started at a 政府常务会议 it does not have).
 */
export function DeliberationBodyField({ unit }: { unit: Unit }) {
  const { message } = App.useApp();
  const save = useSetDeliberationBody();
  const fallback = deliberationBodyOf({ kind: unit.kind, level: unit.level, deliberationBody: null });
  return (
    <Select
      aria-label="集体审议机构"
      data-testid="deliberation-body"
      style={{ width: 260 }}
      value={unit.deliberationBody ?? DEFAULT}
      loading={save.isPending}
      onChange={(value: string) =>
        save
          .mutateAsync({
            unitId: unit.id,
            deliberationBody: value === DEFAULT ? null : (value as (typeof DELIBERATION_BODIES)[number]),
          })
          .then(
            (answer) => void message.success(`集体审议机构已设为${answer.effective}`),
            (error: unknown) => void message.error(errorText(error) ?? '设置失败'),
          )
      }
      options={[
        { value: DEFAULT, label: `按单位类型默认（${fallback}）` },
        ...DELIBERATION_BODIES.map((body) => ({ value: body, label: body })),
      ]}
    />
  );
}
