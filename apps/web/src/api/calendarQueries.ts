import { useQuery } from '@tanstack/react-query';
import { call } from './contract';

/**
 * The working-day calendar as every user reads it (GET /calendar/…), under the ['calendar'] keys
 * that an entered or withdrawn holiday schedule invalidates (calendarChanged). It changes a few
 * times a year: kept fresh for ten minutes, and a failure leaves the notes out (they are hints).
 */
const FRESH_MS = 10 * 60_000;

export const calendarKeys = {
  years: ['calendar', 'years'] as const,
  day: (date: string) => ['calendar', 'day', date] as const,
};

export const useCalendarYears = () =>
  useQuery({
    queryKey: calendarKeys.years,
    queryFn: () => call('get', '/calendar/years'),
    staleTime: FRESH_MS,
    retry: false,
  });

/** What a day is (working day, weekend, holiday) in the user's own region; null asks nothing. */
export const useCalendarDay = (date: string | null) =>
  useQuery({
    queryKey: calendarKeys.day(date ?? ''),
    queryFn: () => call('get', '/calendar/days/{date}', { params: { date: date! } }),
    enabled: date !== null,
    staleTime: FRESH_MS,
    retry: false,
  });
