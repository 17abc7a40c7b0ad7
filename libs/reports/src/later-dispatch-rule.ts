import { ARCHIVE_DEFINITION, defaultRegistry } from '@app/workflow';
import type { Report } from './report.types';

/** The state a dispatched report waits in for its recipients (the seam agreed with the workflow). */
const DISPATCHED = 'submitted';

/**
 * Whether the report, as it stands, can be sent to a campaign that asked after its dispatch (the
 * endpoint's rule, which the report page also asks before offering 报送至该任务): once it left the
 * unit, waiting above (已报送) or already accepted or made public. An accepted report went nowhere
 * else: a campaign asking after the acceptance waited for it for good (scenario test, stop 46).
 */
export function laterDispatchPossible(
  report: Pick<Report, 'state' | 'workflowId' | 'workflowVersion'>,
): boolean {
  if (report.state === DISPATCHED) return true;
  // An imported report of an earlier year (the archive path) is no answer to a campaign.
  if (report.workflowId === ARCHIVE_DEFINITION.id) return false;
  const kind = defaultRegistry
    .get(report.workflowId, report.workflowVersion)
    .states.find((s) => s.id === report.state)?.kind;
  return kind === 'external' || kind === 'final';
}
