import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, seedDemo, UnitRepository, UserRepository, type SeedResult } from '@app/directory';
import { Database, Transactions } from '@app/persistence';
import { hashPassword } from '../../apps/api/src/auth/passwords';

let hash: Promise<string> | null = null;

/** The demo tree and users in the test database (idempotent across test files). */
export async function loadDemo(dataSource: DataSource): Promise<SeedResult> {
  hash ??= hashPassword(DEMO_PASSWORD);
  const db = new Database(dataSource);
  const stores = {
    transactions: new Transactions(db),
    units: new UnitRepository(db),
    users: new UserRepository(db),
  };
  return seedDemo(stores, await hash);
}

type Http = () => import('supertest').Agent | ReturnType<typeof import('supertest')>;

/** Logs a demo user in and returns the access token. */
export async function tokenFor(http: Http, username: string, password = DEMO_PASSWORD): Promise<string> {
  const res = await (http() as ReturnType<typeof import('supertest')>)
    .post('/auth/login')
    .send({ username, password });
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken as string;
}
