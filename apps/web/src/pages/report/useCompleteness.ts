import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import { checkReport } from '../../api/endpoints';
import type { CheckResult, ReportSections } from '../../api/openapi.gen';

/** Runs the completeness check 600 ms after the last keystroke; an older answer never replaces a newer one. */
export function useCompleteness(reportId: string, sections: ReportSections) {
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const empty = Object.values(sections).every((t) => t.trim() === '');
    if (empty) {
      setResult(null);
      return;
    }
    const timer = window.setTimeout(() => {
      controller.current?.abort();
      const c = new AbortController();
      controller.current = c;
      setChecking(true);
      checkReport(reportId, sections, c.signal)
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
  }, [reportId, sections]);

  return { result, checking, error };
}
