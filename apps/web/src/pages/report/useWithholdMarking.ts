import { App } from 'antd';
import { useRef, type Dispatch, type MutableRefObject, type SetStateAction } from 'react';
import type { ReportSections, SectionKey } from '../../api/openapi.gen';
import { WITHHOLD_END, WITHHOLD_START } from './withheldParts';

/**
 * 标注不予公开: wraps the passage selected in the section last typed in with the markers the
 * public version leaves out (a walk, stop 40: the markers were explained in one sentence on another
 * tab, and nothing in the editor offered them). Returns what the section's text area reports when it
 * takes the focus, and the button's action.
 */
export function useWithholdMarking(
  areas: MutableRefObject<Partial<Record<SectionKey, HTMLTextAreaElement | null>>>,
  setSections: Dispatch<SetStateAction<ReportSections>>,
): { focused: (key: SectionKey) => void; mark: () => void } {
  const { message } = App.useApp();
  const lastSection = useRef<SectionKey | null>(null);
  const mark = () => {
    const key = lastSection.current;
    const area = key ? areas.current[key] : null;
    if (!key || !area || area.selectionStart === area.selectionEnd) {
      void message.info('请先在正文中选中不宜公开的内容（如个人信息、案件细节），再点“标注不予公开”');
      return;
    }
    const { selectionStart: start, selectionEnd: end } = area;
    setSections((s) => ({
      ...s,
      [key]: `${s[key].slice(0, start)}${WITHHOLD_START}${s[key].slice(start, end)}${WITHHOLD_END}${s[key].slice(end)}`,
    }));
    void message.success('已标注：公开版将不含这段内容（内部报送版仍保留）');
  };
  return { focused: (key) => (lastSection.current = key), mark };
}
