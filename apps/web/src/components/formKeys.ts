import type { KeyboardEvent } from 'react';

/**
 * A form's onKeyDown: Enter in a one-line field (a date, a URL) commits that field and never sends
 * the form, which a browser does on Enter in any single-line input. A grant went out before its 意见
 * was typed, and a publication was registered from the date field (walks, stop 40); the form is sent
 * by its button only. Text areas keep Enter for new lines.
 */
export function keepEnterFromSubmitting(e: KeyboardEvent<HTMLElement>): void {
  if (e.key === 'Enter' && (e.target as HTMLElement).tagName === 'INPUT') e.preventDefault();
}
