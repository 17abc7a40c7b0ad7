import type { Unit } from '../api/openapi.gen';

export interface UnitNode {
  value: string;
  key: string;
  title: string;
  unit: Unit;
  children: UnitNode[];
}

/** The flat unit list as a tree (parents first by path); units whose parent I cannot see become roots. */
export function unitTree(units: Unit[]): UnitNode[] {
  const nodes = new Map<string, UnitNode>();
  const sorted = [...units].sort((a, b) => a.depth - b.depth || a.name.localeCompare(b.name, 'zh-CN'));
  for (const unit of sorted)
    nodes.set(unit.id, { value: unit.id, key: unit.id, title: unit.name, unit, children: [] });
  const roots: UnitNode[] = [];
  for (const unit of sorted) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}
