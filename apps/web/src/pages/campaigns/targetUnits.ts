/**
 * 报送单位 in the issuing form. Ticking a unit in the tree picks that unit only: a county
 * government's node holds its 县委, 县人大常委会 and bureaus, and ticking it must not make them
 * targets too (their reports go elsewhere, and 县委 is one of the government's own recipients).
 * Adding the units below is an explicit second step (`withUnitsBelow`).
 */
export interface TreeUnit {
  id: string;
  parentId: string | null;
}

/**
 * The ticked units followed by every unit below them among `units` (the ones the issuer may
 * ask), each once, in the order ticked and then the tree's order.
 */
export function withUnitsBelow(ticked: readonly string[], units: readonly TreeUnit[]): string[] {
  const children = new Map<string, string[]>();
  for (const unit of units) {
    if (!unit.parentId) continue;
    const list = children.get(unit.parentId) ?? [];
    list.push(unit.id);
    children.set(unit.parentId, list);
  }
  const chosen = new Set<string>(ticked);
  const result = [...ticked];
  const queue = [...ticked];
  // Breadth-first: a large county is a few hundred units, and the set stops a cycle in bad data.
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    for (const child of children.get(next) ?? []) {
      if (chosen.has(child)) continue;
      chosen.add(child);
      result.push(child);
      queue.push(child);
    }
  }
  return result;
}

/** The TreeSelect's labelled values (needed with treeCheckStrictly) for the form's plain ids. */
export function labelledTargets(
  ids: readonly string[],
  nameOf: (id: string) => string | undefined,
): { value: string; label: string }[] {
  return ids.map((id) => ({ value: id, label: nameOf(id) ?? id }));
}
