import { useMemo } from 'react';
import { ApiError } from '../../api/client';
import { useCompletenessCheck } from '../../api/checkQueries';
import type { ReportSections } from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';

/**
 * The text the check reads: the report's title (kept in its own field, so it is not in any section)
 * followed by the five sections. Without it every title's year and unit went unseen and the check
 * warned "标题中未写明报告年度" for a title saying 2026年度.
 */
export const checkedText = (title: string, sections: ReportSections): string =>
  [title, ...sectionKeyValues.map((k) => sections[k])].join('\n\n');

/** The editor's and the reviewers' 形式审查 panel: the check of the title and sections shown, as you type. */
export function useCompleteness(reportId: string, sections: ReportSections, title: string) {
  const empty = Object.values(sections).every((t) => t.trim() === '');
  const input = useMemo(() => ({ sections, fullText: checkedText(title, sections) }), [sections, title]);
  const { result, checking, error } = useCompletenessCheck(reportId, input, { enabled: !empty });
  return {
    result,
    checking,
    error: error ? (error instanceof ApiError ? error.message : '形式审查暂时不可用') : null,
    empty,
  };
}
