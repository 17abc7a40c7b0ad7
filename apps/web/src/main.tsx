import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, useMemo, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { setErrorTranslator } from './api/client';
import { chineseMessage } from './api/errors';
import { createQueryClient } from './api/queries';
import { AuthProvider } from './auth/AuthContext';
import { AppRoutes } from './AppRoutes';
import { AppErrorPage } from './layout/AppErrorPage';
import { usePrefersReducedMotion } from './layout/reducedMotion';
import './global.css';

dayjs.locale('zh-cn');
setErrorTranslator(chineseMessage);
const queryClient = createQueryClient();

/**
 * A data router (one catch-all route around the console's own <Routes>) so that an editor with
 * unsaved changes can hold back in-app navigation (useBlocker works only under a data router).
 */
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <AuthProvider>
        <AppRoutes />
      </AuthProvider>
    ),
    errorElement: <AppErrorPage />,
  },
]);

/** Government office software: a restrained palette, the system's Chinese fonts, compact density. */
const theme = {
  token: {
    colorPrimary: '#1d4e89',
    colorInfo: '#1d4e89',
    colorLink: '#1d4e89',
    colorError: '#cf1322',
    colorSuccess: '#237804',
    colorWarning: '#ad6800',
    borderRadius: 4,
    // antd's default greys are below WCAG AA contrast on white; office screens are often dim.
    colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
    fontFamily:
      "'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  },
};

/** The theme, without motion when the computer asks for less of it (see reducedMotion.ts). */
function ThemedConsole({ children }: { children: ReactNode }) {
  const reduced = usePrefersReducedMotion();
  const themed = useMemo(() => ({ token: { ...theme.token, motion: !reduced } }), [reduced]);
  return (
    <ConfigProvider locale={zhCN} theme={themed} button={{ autoInsertSpace: false }}>
      {children}
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <ThemedConsole>
        <AntApp>
          <RouterProvider router={router} />
        </AntApp>
      </ThemedConsole>
    </QueryClientProvider>
  </StrictMode>,
);
