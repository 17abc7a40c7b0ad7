import { useQuery, type QueryClient } from '@tanstack/react-query';
import { getCalendarOverview, getMissingSchedules } from './calendar';
import { listDeadLetters, listUsers } from './endpoints';
import { keys } from './queries';

/**
 * The administrators' screens (单位管理, 用户与角色, 失败通知, 节假日安排): one query per endpoint,
 * cached like the rest of the console (stale at once, refetched on mount and on focus), and one
 * "changed" helper per write so every screen showing the data reads it again.
 */

export const adminKeys = {
  users: (unitId: string | undefined) => ['users', unitId ?? null] as const,
  deadLetters: ['dead-letters'] as const,
  calendarOverview: ['calendar', 'overview'] as const,
  calendarMissing: ['calendar', 'missing'] as const,
};

export const useUsers = (unitId: string | undefined) =>
  useQuery({ queryKey: adminKeys.users(unitId), queryFn: () => listUsers(unitId) });
export const useDeadLetters = () => useQuery({ queryKey: adminKeys.deadLetters, queryFn: listDeadLetters });
export const useCalendarOverview = () =>
  useQuery({ queryKey: adminKeys.calendarOverview, queryFn: getCalendarOverview });
/** Only administrators ask (the banner is theirs); a failure leaves the banner out, it is a reminder. */
export const useMissingSchedules = (enabled: boolean) =>
  useQuery({ queryKey: adminKeys.calendarMissing, queryFn: getMissingSchedules, enabled, retry: false });

/** After a unit was added: every tree and picker of units (the admin tree, the issuing form, filters). */
export const unitsChanged = (client: QueryClient) =>
  Promise.all([
    client.invalidateQueries({ queryKey: keys.units }),
    client.invalidateQueries({ queryKey: ['target-area'] }),
  ]);

/**
 * After a user was created, granted or removed a role, (de)activated: every user list and the drafter
 * counts (they come with the issuing form's target area).
 */
export const usersChanged = (client: QueryClient) =>
  Promise.all([
    client.invalidateQueries({ queryKey: ['users'] }),
    client.invalidateQueries({ queryKey: ['target-area'] }),
  ]);

export const deadLettersChanged = (client: QueryClient) =>
  client.invalidateQueries({ queryKey: adminKeys.deadLetters });

/** After a schedule was entered or withdrawn: the overview and the missing-schedule banner. */
export const calendarChanged = (client: QueryClient) => client.invalidateQueries({ queryKey: ['calendar'] });
