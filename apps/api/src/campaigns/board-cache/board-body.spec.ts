import { LruByBytes } from '@app/common';
import { gunzipSync } from 'node:zlib';
import { buildBody, gzipChunks, plainChunks } from './board-body';

const board = (rows: number) => ({
  generatedAt: '2200-01-07T01:00:00.000Z',
  campaign: { id: 'c1', title: '关于报送年度报告的通知' },
  today: '2200-01-07',
  rows: Array.from({ length: rows }, (_, i) => ({
    unit: { id: `u${i}`, name: `第${i}交通运输局` },
    light: 'green',
  })),
});

describe('a built board body', () => {
  it('sends the board with the instant of each answer, plain and gzipped alike', async () => {
    const body = await buildBody(board(500), { gzip: true });
    const at = new Date('2200-01-07T02:30:00.000Z');
    const plain = Buffer.concat(plainChunks(body, at)).toString('utf8');
    expect(JSON.parse(plain)).toEqual({ ...board(500), generatedAt: at.toISOString() });
    const gzipped = gzipChunks(body, at);
    expect(gzipped).not.toBeNull();
    // One gzip member, its CRC and length checked by zlib: the stored part and the instant spliced.
    expect(gunzipSync(Buffer.concat(gzipped!)).toString('utf8')).toBe(plain);
  });

  it('leaves a small board to the compression middleware (below its threshold), and one sent once', async () => {
    expect(gzipChunks(await buildBody(board(2), { gzip: true }), new Date())).toBeNull();
    expect(gzipChunks(await buildBody(board(500), { gzip: false }), new Date())).toBeNull();
  });
});

describe('the least recently used bound', () => {
  it('evicts the least recently used entries to stay within its bytes', () => {
    const lru = new LruByBytes<string>(100);
    lru.set('a', 'A', 40);
    lru.set('b', 'B', 40);
    expect(lru.get('a')).toBe('A');
    lru.set('c', 'C', 40);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
    expect(lru.bytes).toBe(80);
  });

  it('keeps nothing larger than the whole bound', () => {
    const lru = new LruByBytes<string>(100);
    lru.set('a', 'A', 40);
    lru.set('big', 'X', 101);
    expect(lru.get('big')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
  });
});
