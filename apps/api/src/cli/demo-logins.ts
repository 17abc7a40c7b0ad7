/** Prints the demo logins as a short table (start.sh's banner); reads no database. */
import { DEMO_PASSWORD, DEMO_USERS } from '@app/directory';

const lines = [`Demo logins (password for all: ${DEMO_PASSWORD}):`];
for (const user of DEMO_USERS) {
  const roles = user.roles.map((r) => (Array.isArray(r) ? r[0] : r)).join(', ');
  lines.push(`  ${user.username.padEnd(16)} ${roles.padEnd(20)} ${user.displayName}`);
}
console.log(lines.join('\n'));
