import type { Dayjs } from 'dayjs';
import { useCalendarDay } from '../../api/calendarQueries';
import { dueDayNote } from './dueDayNote';

/** Under a date field of the issuing form: what the chosen day is on the working-day calendar. */
export function DueDayNote({ value, testId }: { value: Dayjs | null | undefined; testId: string }) {
  const date = value && value.isValid() ? value.format('YYYY-MM-DD') : null;
  const day = useCalendarDay(date).data;
  const note = day && day.date === date ? dueDayNote(day) : null;
  if (!note) return null;
  // The field's help text is drawn lighter; a warning keeps a 4.5:1 contrast in it (as the 文号 hints).
  return (
    <div data-testid={testId} style={note.tone === 'warning' ? { color: '#ad4e00' } : undefined}>
      {note.text}
    </div>
  );
}
