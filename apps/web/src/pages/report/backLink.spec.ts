import { backLinkOf, cameFrom } from './backLink';

const todo = { path: '/app/todo', label: '我的待办' };

describe('the way back from a report', () => {
  it('leads back to the board that opened it, with its query', () => {
    const state = cameFrom({ pathname: '/app/campaigns/c1', search: '?tab=table' }, '跟踪看板');
    expect(backLinkOf(state, todo)).toEqual({ path: '/app/campaigns/c1?tab=table', label: '跟踪看板' });
  });

  it('falls back to where the reader finds the report, and follows no path outside the console', () => {
    expect(backLinkOf(null, todo)).toEqual(todo);
    expect(backLinkOf({}, todo)).toEqual(todo);
    expect(backLinkOf({ backTo: { path: 'https://example.invalid/', label: 'x' } }, todo)).toEqual(todo);
    expect(backLinkOf({ backTo: { path: '/app/copies' } }, todo)).toEqual(todo);
  });
});
