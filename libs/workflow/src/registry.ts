import { BUILT_IN_DEFINITIONS } from './default-definition';
import { jointVariantsOf } from './joint-sign-off';
import type { WorkflowDefinition } from './types';
import { assertValidDefinition } from './validate-definition';

/**
 * All definitions the engine knows, by (id, version). A report records the (id, version) it was
 * started with and is always decided against exactly that definition, so publishing version 2 of a
 * path never changes the rules for reports already under way.
 */
export class WorkflowRegistry {
  private readonly byId = new Map<string, Map<number, WorkflowDefinition>>();

  constructor(definitions: readonly WorkflowDefinition[]) {
    for (const definition of definitions) {
      assertValidDefinition(definition);
      const versions = this.byId.get(definition.id) ?? new Map<number, WorkflowDefinition>();
      if (versions.has(definition.version)) {
        throw new Error(`workflow definition ${definition.id} v${definition.version} is registered twice`);
      }
      // A private frozen copy: nobody can change a published version behind the reports using it.
      versions.set(definition.version, deepFreeze(structuredClone(definition)));
      this.byId.set(definition.id, versions);
    }
  }

  has(id: string, version: number): boolean {
    return this.byId.get(id)?.has(version) ?? false;
  }

  get(id: string, version: number): WorkflowDefinition {
    const versions = this.byId.get(id);
    if (!versions)
      throw new Error(`unknown workflow definition ${id} (known: ${this.ids().join(', ') || 'none'})`);
    const definition = versions.get(version);
    if (!definition) {
      const known = [...versions.keys()].sort((a, b) => a - b).join(', ');
      throw new Error(`unknown version ${version} of workflow definition ${id} (known versions: ${known})`);
    }
    return definition;
  }

  /** The version new reports should start with. */
  latest(id: string): WorkflowDefinition {
    const versions = this.byId.get(id);
    if (!versions)
      throw new Error(`unknown workflow definition ${id} (known: ${this.ids().join(', ') || 'none'})`);
    return this.get(id, Math.max(...versions.keys()));
  }

  /** Every registered definition, ordered by id then version. */
  list(): WorkflowDefinition[] {
    return this.ids().flatMap((id) =>
      [...(this.byId.get(id)?.values() ?? [])].sort((a, b) => a.version - b.version),
    );
  }

  private ids(): string[] {
    return [...this.byId.keys()].sort();
  }
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The built-in paths (default, with-leader-signoff, short …) and the joint variants of those with a sign-off. */
export const defaultRegistry = new WorkflowRegistry([
  ...BUILT_IN_DEFINITIONS,
  ...jointVariantsOf(BUILT_IN_DEFINITIONS),
]);
