import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router-dom';
import type { Role } from './api/openapi.gen';
import { useAuth } from './auth/AuthContext';
import { Loading } from './components/Loading';
import { AppLayout } from './layout/AppLayout';
import { LoginPage } from './pages/LoginPage';

// Every page but the login is its own chunk: the first page loads only what it shows.
const TodoPage = lazy(() => import('./pages/TodoPage'));
const ReportsPage = lazy(() => import('./pages/ReportsPage'));
const CopiesPage = lazy(() => import('./pages/CopiesPage'));
const ReportPage = lazy(() => import('./pages/report/ReportPage'));
const DocumentPreviewPage = lazy(() => import('./pages/report/DocumentPreviewPage'));
const NotificationsPage = lazy(() => import('./pages/NotificationsPage'));
const UnitsPage = lazy(() => import('./pages/admin/UnitsPage'));
const UsersPage = lazy(() => import('./pages/admin/UsersPage'));
const DeadLettersPage = lazy(() => import('./pages/admin/DeadLettersPage'));
const CalendarPage = lazy(() => import('./pages/admin/CalendarPage'));
const CampaignsPage = lazy(() => import('./pages/campaigns/CampaignsPage'));
const CampaignNewPage = lazy(() => import('./pages/campaigns/CampaignNewPage'));
const CampaignBoardPage = lazy(() => import('./pages/campaigns/CampaignBoardPage'));
const CampaignNoticePage = lazy(() => import('./pages/campaigns/CampaignNoticePage'));
const ExtensionsPage = lazy(() => import('./pages/campaigns/ExtensionsPage'));
const ChangePasswordPage = lazy(() => import('./pages/ChangePasswordPage'));
const SubmissionHistoryPage = lazy(() => import('./pages/history/SubmissionHistoryPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));

export const APP = '/app';

function RequireLogin({ children }: { children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  if (loading) return <Loading />;
  if (!me)
    return <Navigate to={`${APP}/login`} replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** A page only some roles may open: the others get a plain explanation, not a failing API call. */
function RequireRole({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const { hasRole } = useAuth();
  if (!hasRole(...roles)) return <Forbidden roles={roles} />;
  return <>{children}</>;
}

const ForbiddenPage = lazy(() => import('./pages/ForbiddenPage'));
function Forbidden({ roles }: { roles: Role[] }) {
  return <ForbiddenPage roles={roles} />;
}

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/" element={<Navigate to={`${APP}/todo`} replace />} />
        <Route path={`${APP}/login`} element={<LoginPage />} />
        {/* After an administrator's reset: outside the layout, since nothing else answers until the change. */}
        <Route path={`${APP}/password-change`} element={<ChangePasswordPage forced />} />
        {/* The printable document: outside the console's frame, so the page is only the paper. */}
        <Route
          path={`${APP}/reports/:id/document`}
          element={
            <RequireLogin>
              <DocumentPreviewPage />
            </RequireLogin>
          }
        />
        <Route
          path={APP}
          element={
            <RequireLogin>
              <AppLayout />
            </RequireLogin>
          }
        >
          <Route index element={<Navigate to="todo" replace />} />
          <Route path="todo" element={<TodoPage />} />
          <Route path="reports" element={<ReportsPage />} />
          <Route path="reports/:id" element={<ReportPage />} />
          <Route
            path="copies"
            element={
              <RequireRole roles={['unit_leader', 'coordinator']}>
                <CopiesPage />
              </RequireRole>
            }
          />
          <Route path="notifications" element={<NotificationsPage />} />
          {/* Any role: one's own unit; another unit's only where the API's policy lets (its coordinators). */}
          <Route path="history" element={<SubmissionHistoryPage />} />
          <Route path="history/:unitId" element={<SubmissionHistoryPage />} />
          <Route path="password" element={<ChangePasswordPage />} />
          <Route
            path="campaigns"
            element={
              <RequireRole roles={['coordinator']}>
                <CampaignsPage />
              </RequireRole>
            }
          />
          <Route
            path="campaigns/new"
            element={
              <RequireRole roles={['coordinator']}>
                <CampaignNewPage />
              </RequireRole>
            }
          />
          <Route
            path="campaigns/:id"
            element={
              <RequireRole roles={['coordinator']}>
                <CampaignBoardPage />
              </RequireRole>
            }
          />
          {/* Any role: the units a 通报 names read the issued one (the API decides who reads what). */}
          <Route path="campaigns/:id/notice" element={<CampaignNoticePage />} />
          <Route
            path="extensions"
            element={
              <RequireRole roles={['coordinator']}>
                <ExtensionsPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/units"
            element={
              <RequireRole roles={['admin']}>
                <UnitsPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/users"
            element={
              <RequireRole roles={['admin']}>
                <UsersPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/dead-letters"
            element={
              <RequireRole roles={['admin']}>
                <DeadLettersPage />
              </RequireRole>
            }
          />
          <Route
            path="admin/calendar"
            element={
              <RequireRole roles={['admin']}>
                <CalendarPage />
              </RequireRole>
            }
          />
          {/* Said, not redirected: a relative redirect to "todo" from /app/messages went to
              /app/messages/todo, matched this route again and looped until the tab froze (a walk, stop 48). */}
          <Route path="*" element={<NotFoundPage />} />
        </Route>
        <Route path="*" element={<Navigate to={`${APP}/todo`} replace />} />
      </Routes>
    </Suspense>
  );
}
