import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ApiError, session } from '../api/client';
import type { Me, Role } from '../api/openapi.gen';
import { meKey, useHasSession, useLogin, useLogout, useMe } from '../api/sessionQueries';

interface AuthState {
  me: Me | null;
  /** True until the stored session (if any) has been checked. */
  loading: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): Promise<void>;
  hasRole(...roles: Role[]): boolean;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const hasSession = useHasSession();
  // Until the open tabs were asked for their session (a report opened in a new tab needs no login).
  const [askedTabs, setAskedTabs] = useState(false);
  const meQuery = useMe(askedTabs && hasSession);
  const loginMutation = useLogin();
  const logoutMutation = useLogout();

  useEffect(() => {
    let live = true;
    // Whoever logs in next on this computer must not see the last person's cached lists.
    const offEnd = session.onEnd(() => queryClient.clear());
    // Another tab logged in (or rotated its tokens): the same person, or whoever logged in last.
    const offArrive = session.onArrive(() => void queryClient.invalidateQueries({ queryKey: meKey }));
    void session.askOtherTabs().finally(() => live && setAskedTabs(true));
    return () => {
      live = false;
      offEnd();
      offArrive();
    };
  }, [queryClient]);

  // A stored session the server does not confirm (expired, account disabled) is not kept; a failed
  // re-read of a confirmed one (the network on focus) keeps the person shown. A one-time password
  // is confirmed but refused until replaced: the session stays for the 修改密码 screen.
  const unconfirmed =
    meQuery.isError &&
    meQuery.data === undefined &&
    !(meQuery.error instanceof ApiError && meQuery.error.code === 'PASSWORD_CHANGE_REQUIRED');
  useEffect(() => {
    if (unconfirmed) session.clear();
  }, [unconfirmed]);

  const { mutateAsync: loginAsync } = loginMutation;
  const login = useCallback(
    async (username: string, password: string) => void (await loginAsync({ username, password })),
    [loginAsync],
  );
  const { mutateAsync: logout } = logoutMutation;

  const me = hasSession ? (meQuery.data ?? null) : null;
  const loading = !askedTabs || (hasSession && meQuery.isPending && !unconfirmed);
  const value = useMemo<AuthState>(
    () => ({
      me,
      loading,
      login,
      logout: () => logout(),
      hasRole: (...roles) => (me?.roles ?? []).some((r) => roles.includes(r.role)),
    }),
    [me, loading, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
