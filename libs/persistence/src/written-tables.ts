import type { CompiledQuery, OperationNode } from 'kysely';

/** A write whose tables cannot be told from its query: every table may have changed. */
export const ANY_TABLE = '*';

/**
 * The tables a write statement may change, for the change signals (TableEpochs): every table the
 * statement names, read from Kysely's operation tree. Naming too many is harmless (a reader
 * re-checks what it would have trusted); naming too few would let a reader trust a stale answer, so
 * a statement not built by Kysely (raw SQL, a prepared template) gives its target from the SQL text
 * when that is plain, and ANY_TABLE otherwise.
 */
export function tablesWrittenBy(compiled: CompiledQuery<unknown>): readonly string[] {
  // The tables are in the SQL text, so the same text names the same tables: a transition's writes
  // are worked out once per process, not walked again on every transition.
  // Long texts (a bulk insert's, one per row count) are not kept: memory, and no hot path has one.
  if (compiled.sql.length > REMEMBERED_TEXT) return readTables(compiled);
  const known = remembered.get(compiled.sql);
  if (known) return known;
  const tables = readTables(compiled);
  if (remembered.size >= REMEMBERED) remembered.clear();
  remembered.set(compiled.sql, tables);
  return tables;
}

/** Distinct statement texts remembered (an `in` list of each length is one): enough for every hot path. */
const REMEMBERED = 1000;
const REMEMBERED_TEXT = 2000;
const remembered = new Map<string, readonly string[]>();

function readTables(compiled: CompiledQuery<unknown>): readonly string[] {
  const root = compiled.query as OperationNode | undefined;
  if (root && root.kind !== 'RawNode') {
    const names = new Set<string>();
    collectTables(root, names);
    if (names.size > 0) return [...names];
  }
  // Several statements in one text (the pipelining pool accepts them): only the first would be read.
  const target = compiled.sql.includes(';') ? null : PLAIN_WRITE.exec(compiled.sql);
  return target && !MODIFIERS.has(target[1].toUpperCase()) ? [target[1]] : [ANY_TABLE];
}

/** Words MySQL allows where PLAIN_WRITE expects the table (UPDATE LOW_PRIORITY t …): not a table. */
const MODIFIERS = new Set(['LOW_PRIORITY', 'HIGH_PRIORITY', 'DELAYED', 'QUICK', 'IGNORE']);

/** `INSERT [IGNORE] INTO t`, `REPLACE INTO t`, `UPDATE t`, `DELETE FROM t` with nothing joined. */
const PLAIN_WRITE =
  /^\s*(?:insert(?:\s+ignore)?\s+into|replace\s+into|update(?:\s+ignore)?|delete\s+from)\s+`?(\w+)`?(?:\s+(?:as\s+)?`?\w+`?)?\s*(?:\(|(?:set|values|select|where)\b)/i;

function collectTables(node: unknown, names: Set<string>): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) collectTables(child, names);
    return;
  }
  const operation = node as { kind?: unknown; table?: { identifier?: { name?: unknown } } };
  // `r.state` names the alias r, not a table.
  if (operation.kind === 'ReferenceNode') return;
  if (operation.kind === 'TableNode' && typeof operation.table?.identifier?.name === 'string') {
    names.add(operation.table.identifier.name);
    return;
  }
  for (const child of Object.values(node)) collectTables(child, names);
}
