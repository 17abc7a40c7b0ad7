import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { session } from './client';
import { getMe, login, logout } from './endpoints';
import { deviceTokenFor, keepDeviceToken } from './loginDevice';

/**
 * Who is logged in, as one cached query (`GET /me`: the person, their units and roles). Every
 * screen that asks reads the same answer; it is read again when the window regains focus (a role
 * granted meanwhile shows without a new login) and when another tab hands this one a session.
 */
export const meKey = ['me'] as const;

/** Whether this tab holds a session now; follows logins, hand-overs from other tabs and ends. */
export const useHasSession = (): boolean => useSyncExternalStore(session.subscribe, () => session.loggedIn);

/** Asked only once the tab holds a session (its own, or one handed over by another tab). */
export const useMe = (enabled: boolean) =>
  useQuery({ queryKey: meKey, queryFn: getMe, enabled, retry: false });

/** Logs in, keeps the tokens (told to the other tabs) and reads who logged in before resolving. */
export const useLogin = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ username, password }: { username: string; password: string }) => {
      const answer = await login(username, password, deviceTokenFor(username));
      keepDeviceToken(username, answer.deviceToken);
      session.set(answer);
      return client.fetchQuery({ queryKey: meKey, queryFn: getMe });
    },
  });
};

/** Ends the session on the server, then in every tab; the cache is emptied by the session's end. */
export const useLogout = () =>
  useMutation({
    mutationFn: async () => {
      try {
        await logout();
      } finally {
        session.clear();
      }
    },
  });
