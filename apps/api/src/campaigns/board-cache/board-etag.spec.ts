import { serialiseBoard } from './board-etag';

const board = (generatedAt: string, light: string) => ({
  campaign: { id: 'c1', title: '通知' },
  generatedAt,
  today: '2200-01-07',
  rows: [{ unit: { id: 'u1', name: '交通运输局' }, light }],
});

describe('the board ETag', () => {
  it('is the same for two reads that differ only in generatedAt', () => {
    const first = serialiseBoard(board('2200-01-07T01:00:00.000Z', 'green'));
    const later = serialiseBoard(board('2200-01-07T01:05:00.000Z', 'green'));
    expect(later.etag).toBe(first.etag);
    expect(first.etag).toMatch(/^W\/"b-[A-Za-z0-9_-]+"$/);
  });

  it('changes when anything shown changes', () => {
    const green = serialiseBoard(board('2200-01-07T01:00:00.000Z', 'green'));
    const yellow = serialiseBoard(board('2200-01-07T01:00:00.000Z', 'yellow'));
    expect(yellow.etag).not.toBe(green.etag);
  });

  it('sends the whole board, generatedAt included', () => {
    const answer = board('2200-01-07T01:00:00.000Z', 'red');
    expect(JSON.parse(serialiseBoard(answer).body)).toEqual(answer);
  });
});
