import { v7 as uuidv7, validate as uuidValidate } from 'uuid';

/**
 * Public ids are UUIDv7: 74 random bits make them unguessable (a foreign id gives 404 and sequential
 * ids do not help an attacker), while their time prefix keeps InnoDB inserts in index order.
 */
export function newId(): string {
  return uuidv7();
}

export function isId(value: unknown): value is string {
  return typeof value === 'string' && uuidValidate(value);
}
