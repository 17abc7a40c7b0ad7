import { useMutation, useQueryClient } from '@tanstack/react-query';
import { calendarChanged, deadLettersChanged, unitsChanged, usersChanged } from './adminQueries';
import { enterSchedule, withdrawSchedule } from './calendar';
import {
  createUnit,
  createUser,
  grantRole,
  removeRole,
  renameUnit,
  replayDeadLetter,
  setOneTimePassword,
  setUserActive,
  unlockUser,
} from './endpoints';
import { call, type RequestBody } from './contract';
import type { Role } from './openapi.gen';

/**
 * The administrators' writes, one `useMutation` hook each; each invalidates what its write changes
 * (see adminQueries.ts) before it resolves.
 */

export const useCreateUnit = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: Parameters<typeof createUnit>[0]) => createUnit(body),
    onSuccess: () => unitsChanged(client),
  });
};

/**
 * 修改名称 (机构改革): a unit's name shows on nearly every page (lists, the board, reports, users),
 * so everything cached is read again; renaming is rare.
 */
export const useRenameUnit = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { unitId: string; name: string; expectedName: string }) =>
      renameUnit(v.unitId, v.name, v.expectedName),
    onSuccess: () => client.invalidateQueries(),
  });
};

export const useCreateUser = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: RequestBody<'/users', 'post'>) => createUser(body),
    onSuccess: () => usersChanged(client),
  });
};

/** A change to one user's roles or state (授予/移除角色, 停用/启用, 解锁, 重置密码). */
export type UserChange =
  | { kind: 'grant'; userId: string; role: Role; unitId?: string }
  | { kind: 'remove'; userId: string; role: Role; unitId?: string }
  | { kind: 'active'; userId: string; active: boolean }
  | { kind: 'unlock'; userId: string }
  | { kind: 'one-time-password'; userId: string; password: string };

function sendUserChange(change: UserChange) {
  switch (change.kind) {
    case 'grant':
      return grantRole(change.userId, change.role, change.unitId);
    case 'remove':
      return removeRole(change.userId, change.role, change.unitId);
    case 'active':
      return setUserActive(change.userId, change.active);
    case 'unlock':
      return unlockUser(change.userId);
    case 'one-time-password':
      return setOneTimePassword(change.userId, change.password);
  }
}

export const useChangeUser = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (change: UserChange) => sendUserChange(change),
    onSuccess: () => usersChanged(client),
  });
};

export const useReplayDeadLetter = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: number) => replayDeadLetter(id),
    onSuccess: () => deadLettersChanged(client),
  });
};

/** A holiday schedule of a year (region null: the national one). */
type ScheduleYear = { region: string | null; year: number };

/** 录入: the overview and the missing-schedule banner above every page. */
export const useEnterSchedule = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: ScheduleYear & { schedule: Record<string, unknown> }) =>
      enterSchedule(v.region, v.year, v.schedule),
    onSuccess: () => calendarChanged(client),
  });
};

export const useWithdrawSchedule = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: ScheduleYear) => withdrawSchedule(v.region, v.year),
    onSuccess: () => calendarChanged(client),
  });
};

/**
 * 集体审议机构 of a unit (null: the default for its kind and level). The unit lists carry the setting,
 * and open reports name their deliberation stage after it: both are read again.
 */
export const useSetDeliberationBody = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: {
      unitId: string;
      deliberationBody: RequestBody<'/units/{id}/deliberation-body', 'put'>['deliberationBody'];
    }) =>
      call('put', '/units/{id}/deliberation-body', {
        params: { id: v.unitId },
        body: { deliberationBody: v.deliberationBody },
      }),
    onSuccess: () => Promise.all([unitsChanged(client), client.invalidateQueries({ queryKey: ['report'] })]),
  });
};
