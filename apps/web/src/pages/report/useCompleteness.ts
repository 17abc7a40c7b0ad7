import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { checkReport } from '../../api/endpoints';
import type { CheckResult, ReportSections } from '../../api/openapi.gen';
import { sectionKeyValues } from '../../api/openapi.gen';

/**
 * The text the check reads: the report's title (kept in its own field, so it is not in any section)
 * followed by the five sections. Without it every title's year and unit went unseen and the check
 * warned "标题中未写明报告年度" for a title saying 2026年度.
 */
export const checkedText = (title: string, sections: ReportSections): string =>
  [title, ...sectionKeyValues.map((k) => sections[k])].join('\n\n');

/**
 * Runs the completeness check 600 ms after the last keystroke (title or text); an older answer never
 * replaces a newer one. `pending` is true from the first keystroke until the answer for it arrives,
 * so the panel never claims there is nothing to check while it is checking.
 */
export function useCompleteness(reportId: string, sections: ReportSections, title: string) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);
  const empty = Object.values(sections).every((t) => t.trim() === '');

  useEffect(() => {
    if (empty) {
      setResult(null);
      return;
    }
    setChecking(true);
    const timer = window.setTimeout(() => {
      controller.current?.abort();
      const c = new AbortController();
      controller.current = c;
      checkReport(reportId, sections, c.signal, checkedText(title, sections))
        .then((r) => {
          setResult(r);
          setError(null);
        })
        .catch((e: unknown) => {
          if (e instanceof DOMException && e.name === 'AbortError') return;
          setError(e instanceof ApiError ? e.message : '形式审查暂时不可用');
        })
        .finally(() => {
          if (controller.current === c) setChecking(false);
        });
    }, 600);
    return () => window.clearTimeout(timer);
  }, [reportId, sections, title, empty]);

  return { result, checking, error, empty };
}
