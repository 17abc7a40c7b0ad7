import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { session } from '../api/client';
import { getMe, login as apiLogin, logout as apiLogout } from '../api/endpoints';
import type { Me, Role } from '../api/openapi.gen';

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
  const [me, setMe] = useState<Me | null>(null);
  const queryClient = useQueryClient();
  // Until the stored session, or one handed over by another open tab, has been checked.
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    let settled = false;
    const whoAmI = () =>
      getMe()
        .then((m) => live && setMe(m))
        .catch(() => session.clear());
    // Whoever logs in next on this computer must not see the last person's cached lists.
    const offEnd = session.onEnd(() => {
      setMe(null);
      queryClient.clear();
    });
    // Another tab logged in (or rotated its tokens): the same person, or whoever logged in last.
    const offArrive = session.onArrive(() => settled && void whoAmI());
    void session
      .askOtherTabs()
      .then((found) => (found ? whoAmI() : undefined))
      .finally(() => {
        settled = true;
        if (live) setLoading(false);
      });
    return () => {
      live = false;
      offEnd();
      offArrive();
    };
  }, [queryClient]);

  const login = useCallback(async (username: string, password: string) => {
    session.set(await apiLogin(username, password));
    setMe(await getMe());
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiLogout();
    } finally {
      session.clear();
      setMe(null);
    }
  }, []);

  const value = useMemo<AuthState>(
    () => ({
      me,
      loading,
      login,
      logout,
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
