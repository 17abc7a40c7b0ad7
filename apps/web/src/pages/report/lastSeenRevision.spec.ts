import type { HistoryEvent } from '../../api/openapi.gen';
import { lastSeenRevision } from './lastSeen';

const event = (action: string, actorId: string, revision: number) =>
  ({ action, actor: { id: actorId }, revision }) as unknown as HistoryEvent;

describe('the revision a reader last saw', () => {
  it('is the one current when the reader last acted on the report', () => {
    const events = [event('submit', 'd', 1), event('approve', 'r', 1), event('submit', 'd', 2)];
    expect(lastSeenRevision(events, 'r')).toEqual({ revision: 1, why: '您上次处理时' });
  });

  it('is not an extension decided on the campaign page, which reads no text', () => {
    // A walk (stop 53): a coordinator who had only refused an extension was told what changed since.
    const events = [event('submit', 'd', 1), event('due_date_changed', 'c', 2), event('submit', 'd', 2)];
    expect(lastSeenRevision(events, 'c')).toBeNull();
  });
});
