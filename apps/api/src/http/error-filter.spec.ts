import { QueryFailedError } from 'typeorm';
import { loggableError } from './error-filter';

describe('what an unexpected error leaves in the log', () => {
  it('keeps the kind and message of a database error but not its SQL parameters', () => {
    const secretHash = '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA';
    const error = new QueryFailedError(
      'UPDATE users SET password_hash = ? WHERE id = ?',
      [secretHash, 'u1'],
      Object.assign(new Error('Lock wait timeout exceeded'), { code: 'ER_LOCK_WAIT_TIMEOUT' }),
    );
    const logged = loggableError(error);
    expect(JSON.stringify(logged)).not.toContain(secretHash);
    expect(JSON.stringify(logged)).not.toContain('password_hash');
    expect(logged).toMatchObject({ type: 'QueryFailedError', message: 'Lock wait timeout exceeded' });
  });

  it('passes anything that is not an Error through', () => {
    expect(loggableError('text')).toBe('text');
  });
});
