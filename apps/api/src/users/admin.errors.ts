import type { ErrorCatalogue } from '@app/common';

/** Codes of the administration endpoints: units, users, roles, dead letters. */
export const ADMIN_ERROR_CODES = {
  ROLE_UNIT_INVALID: {
    status: 400,
    meaning:
      "The role cannot be held in that unit (only coordinator and admin may be held in the user's parent unit)",
  },
  UNIT_HOUSING_INVALID: {
    status: 400,
    meaning:
      'housedInUnitId is only for a rule-of-law office (依法治X办), and must name a justice bureau (司法局) of the same government',
  },
  UNIT_PLACEMENT_INVALID: {
    status: 400,
    meaning:
      "A new unit's level may not be above its parent's, and its divisionCode must lie inside the nearest division code above it",
  },
  ROLE_NOT_HELD: { status: 404, meaning: 'The user does not hold this role (in that unit)' },
  USERNAME_TAKEN: { status: 409, meaning: 'Another user already has this username' },
  UNIT_NAME_TAKEN: { status: 409, meaning: 'The parent unit already has a unit of this name' },
  UNIT_BODY_EXISTS: {
    status: 409,
    meaning:
      'The place already has this body: a government with the same divisionCode, or a 党委 / 人大常委会 of the same government (`details.existing` names it)',
  },
  UNIT_NAME_CHANGED: {
    status: 409,
    meaning:
      'The unit was renamed by someone else since you read it (`details.currentName`); nothing was changed',
  },
  ROLE_ALREADY_HELD: { status: 409, meaning: 'The user already holds this role in that unit' },
  CANNOT_DEACTIVATE_SELF: { status: 409, meaning: 'An administrator cannot deactivate their own account' },
  NOT_DEAD: { status: 409, meaning: 'The delivery is not in the dead-letter list, so it cannot be replayed' },
} as const satisfies ErrorCatalogue;
