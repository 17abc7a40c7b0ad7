import { catalogued, CommonErrors, type ErrorCatalogue } from '@app/common';
import type { Role, WorkflowRole } from '@app/workflow';

/** The refusals of the access policy, shared by every module (reports, campaigns, administration). */
export const ACCESS_ERROR_CODES = {
  ROLE_REQUIRED: {
    status: 403,
    meaning:
      'You can see the object but none of your roles there may do this; `details.needed` lists the roles that may, `details.held` the ones you hold there (when known)',
  },
} as const satisfies ErrorCatalogue;

export const AccessErrors = {
  /** Outside the caller's reach, or missing: the two answer alike so existence is not revealed. */
  notFound: (what: string) => CommonErrors.notFound(what),
  missingRole: (permission: string, needed: readonly WorkflowRole[], held: Role[], unitName?: string) =>
    catalogued(
      ACCESS_ERROR_CODES,
      'ROLE_REQUIRED',
      `${permission} needs the role ${needed.join(' or ')}${unitName ? ` in ${unitName}` : ''}; ` +
        `you hold ${held.length ? held.join(', ') : 'no role'} there`,
      { needed: [...needed], held },
    ),
  /** A refusal whose sentence is already written (e.g. by the workflow); names the roles that may. */
  roleRequired: (message: string, needed: readonly WorkflowRole[], details?: Record<string, unknown>) =>
    catalogued(ACCESS_ERROR_CODES, 'ROLE_REQUIRED', message, { needed: [...needed], ...details }),
};
