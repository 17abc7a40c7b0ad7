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
  const [loading, setLoading] = useState(session.loggedIn);

  useEffect(() => {
    const off = session.onEnd(() => setMe(null));
    if (session.loggedIn) {
      getMe()
        .then(setMe)
        .catch(() => session.clear())
        .finally(() => setLoading(false));
    }
    return () => {
      off();
    };
  }, []);

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
