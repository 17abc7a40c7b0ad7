import { currentUrge } from './currentUrge';

const urged = { createdAt: '2027-01-10T02:00:00.000Z', body: '催办说明：请于本周五前完成报送' };
const sent = { fromState: 'dispatching', toState: 'submitted', createdAt: '2027-01-12T03:00:00.000Z' };
const returned = { fromState: 'submitted', toState: 'drafting', createdAt: '2027-01-15T03:00:00.000Z' };

describe('the 催办 shown on the report page', () => {
  it('is the latest one while the report has not yet been sent', () => {
    expect(currentUrge(urged, { state: 'drafting' }, [])).toBe(urged);
  });

  it('is gone while the report is with its recipients', () => {
    expect(currentUrge(urged, { state: 'submitted' }, [sent])).toBeNull();
  });

  it('does not come back after a return: the dispatch answered it', () => {
    expect(currentUrge(urged, { state: 'drafting' }, [sent, returned])).toBeNull();
  });

  it('a 催办 after the return is shown', () => {
    const again = { ...urged, createdAt: '2027-01-20T02:00:00.000Z' };
    expect(currentUrge(again, { state: 'drafting' }, [sent, returned])).toBe(again);
  });
});
