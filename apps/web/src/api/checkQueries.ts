import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { checkReport } from './endpoints';
import type { ReportSections } from './openapi.gen';

/** How long after the last keystroke the editor's 形式审查 asks the server. */
export const CHECK_DELAY_MS = 600;

/** What the check reads: the sections and the text they make with the title (see useCompleteness). */
export interface CheckInput {
  sections: ReportSections;
  fullText: string;
}

export const completenessKey = (reportId: string, input: CheckInput) =>
  ['completeness', reportId, input] as const;

/** The value as it was `delayMs` after it last changed: one request per pause in typing, not per key. */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

/**
 * The completeness check (形式审查) of a text, as a query keyed by the text once typing paused: an
 * answer belongs to its text, so an older one can never replace a newer one (a request whose text
 * was typed over is cancelled), and the last answer stays shown while the next one is asked. The
 * check is a pure reading of the text (a POST only because the text is long), so the same text is
 * not asked again when the window regains focus. `checking` is true from the keystroke until the
 * answer for it arrives, so the panel never claims there is nothing to check while it is checking.
 */
export function useCompletenessCheck(reportId: string, input: CheckInput, { enabled }: { enabled: boolean }) {
  const settled = useSettledValue(input, CHECK_DELAY_MS);
  const query = useQuery({
    queryKey: completenessKey(reportId, settled),
    queryFn: ({ signal }) => checkReport(reportId, settled.sections, signal, settled.fullText),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
    refetchOnWindowFocus: false,
    retry: false,
  });
  // The settled text differs from what is shown: a request for it is still to come.
  const typing = settled.fullText !== input.fullText;
  return {
    result: enabled ? (query.data ?? null) : null,
    checking: enabled && (typing || query.isFetching),
    error: enabled ? query.error : null,
  };
}
