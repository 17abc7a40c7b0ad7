import { randomBytes } from 'node:crypto';
import { CompiledQuery, type Compilable } from 'kysely';
import { sqlBuilder, type SqlBuilder } from './database';

/**
 * Building and compiling a Kysely query costs tens of microseconds, more for wide selects; on the
 * paths every request or transition takes (the session lookup, a report with its unit) that was a
 * tenth of the API's CPU. A prepared query is built and compiled once, with a placeholder for each
 * argument; each run only puts the arguments in their places.
 *
 * For queries whose shape never changes: every argument is one scalar value (no `in` lists, no
 * optional clauses, no row counts that vary). Anything else is built per call.
 */
export function prepared<Args extends Record<string, unknown>, O>(
  build: (sql: SqlBuilder, args: Args) => Compilable<O>,
): (args: Args) => CompiledQuery<O> {
  let template: { sql: string; slots: Slot[] } | null = null;
  return (args) => {
    template ??= compileTemplate(build);
    const parameters = template.slots.map((slot) =>
      'argument' in slot ? args[slot.argument] : slot.constant,
    );
    return CompiledQuery.raw(template.sql, parameters) as CompiledQuery<O>;
  };
}

/** Where a parameter of the compiled template comes from: an argument by name, or the query itself. */
type Slot = { argument: string } | { constant: unknown };

/** Unguessable per process, so that no value a user sends can pass for a placeholder. */
const MARK = `\u0000rf-prepared-${randomBytes(8).toString('hex')}:`;

function compileTemplate<Args extends Record<string, unknown>, O>(
  build: (sql: SqlBuilder, args: Args) => Compilable<O>,
) {
  const read = new Set<string>();
  const placeholders = new Proxy({} as Args, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      read.add(name);
      return `${MARK}${name}`;
    },
  });
  const compiled = build(sqlBuilder, placeholders).compile();
  const slots = compiled.parameters.map((value): Slot =>
    typeof value === 'string' && value.startsWith(MARK)
      ? { argument: value.slice(MARK.length) }
      : { constant: value },
  );
  // An argument transformed while building (`${a.x}%`, JSON.stringify(a.x)) would be frozen into the
  // template as a constant or a wrong name: refuse the query instead of running it wrong.
  const placed = new Set(slots.flatMap((slot) => ('argument' in slot ? [slot.argument] : [])));
  const misused = [...read].filter((name) => !placed.has(name));
  const unknown = [...placed].filter((name) => !read.has(name));
  if (misused.length || unknown.length)
    throw new Error(
      `prepared(): use each argument as a plain value (${[...misused, ...unknown].join(', ')})`,
    );
  return { sql: compiled.sql, slots };
}
