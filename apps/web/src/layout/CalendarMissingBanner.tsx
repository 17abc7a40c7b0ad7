import { Alert } from 'antd';
import { Link } from 'react-router-dom';
import { useMissingSchedules } from '../api/adminQueries';
import { useAuth } from '../auth/AuthContext';

export const scopeLabel = (region: string | null) =>
  region === null ? '国务院节假日安排' : `地区（区划代码 ${region}）节假日安排`;

/**
 * For administrators: a year whose holiday schedule is missing counts Monday to Friday, so its
 * holidays would be counted as working days. Shown always for the current year and from
 * 1 December for the next (the API decides, see GET /admin/calendar/missing).
 */
export function CalendarMissingBanner() {
  const { hasRole } = useAuth();
  const isAdmin = hasRole('admin');
  // A failure leaves the banner out (it must not disturb the page: it is only a reminder); the
  // calendar page's entries invalidate this query, so the banner follows them.
  const missing = (useMissingSchedules(isAdmin).data?.missing ?? []).filter((m) => m.warn);
  if (missing.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      title={`缺少节假日安排：${missing.map((m) => `${m.year}年${scopeLabel(m.region)}`).join('、')}`}
      description={
        <>
          在录入之前，该年度按周一至周五计算工作日，法定节假日和调休不会被扣除，环节期限和“剩余工作日”可能偏早。
          {/* Darker than the default link blue: readable (WCAG AA) on the warning's yellow. */}
          <Link to="/app/admin/calendar" style={{ color: '#003a8c', textDecoration: 'underline' }}>
            前往录入节假日安排
          </Link>
        </>
      }
    />
  );
}
