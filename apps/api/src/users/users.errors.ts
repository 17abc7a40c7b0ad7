import { AppError, type ErrorCatalogue } from '@app/common';

/** Codes of changing a user that only administrators meet. */
export const USER_CHANGE_ERROR_CODES = {
  TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH: {
    status: 403,
    meaning:
      'The user holds a role in a unit you do not administer (e.g. above you); only an administrator of that unit may change the user',
  },
  SELF_GRANT_FORBIDDEN: {
    status: 403,
    meaning: 'Nobody grants a role to themselves; another administrator of the unit must',
  },
  GRANT_TO_APPOINTER_FORBIDDEN: {
    status: 403,
    meaning:
      'Nobody grants a role to the administrator who appointed them (directly or through administrators that one appointed): it would be a grant to oneself through an account one made; an administrator the user did not appoint must',
  },
  OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN: {
    status: 403,
    meaning:
      'An administrator does not remove their own administrator role (the units could be left with nobody to administer them); another administrator must',
  },
  OWN_PASSWORD_RESET_FORBIDDEN: {
    status: 403,
    meaning: 'An administrator changes their own password with POST /auth/password, not by a reset',
  },
} as const satisfies ErrorCatalogue;

/** Refusals of user administration, each saying what to do instead. */
export const UsersErrors = {
  usernameTaken: (username: string) =>
    new AppError(409, 'USERNAME_TAKEN', `The username ${username} is taken`),
  roleAlreadyHeld: (username: string, role: string, unitName: string) =>
    new AppError(409, 'ROLE_ALREADY_HELD', `${username} already holds ${role} in ${unitName}`),
  roleNotHeld: (username: string, role: string, inThatUnit: boolean) =>
    new AppError(
      404,
      'ROLE_NOT_HELD',
      `${username} does not hold ${role}${inThatUnit ? ' in that unit' : ''}`,
    ),
  roleOnlyInOwnUnit: (role: string) =>
    new AppError(400, 'ROLE_UNIT_INVALID', `${role} can only be held in the user's own unit`),
  roleInOwnOrParentUnit: (role: string) =>
    new AppError(
      400,
      'ROLE_UNIT_INVALID',
      `${role} can be held in the user's own unit or its parent unit only`,
    ),
  cannotDeactivateSelf: () =>
    new AppError(409, 'CANNOT_DEACTIVATE_SELF', 'You cannot deactivate your own account'),
  /** #15.3: the target holds a role in a unit the caller does not administer (e.g. above it). */
  roleHeldBeyondReach: (username: string, role: string, unitName: string) =>
    new AppError(
      403,
      'TARGET_HOLDS_ROLE_BEYOND_YOUR_REACH',
      `${username} holds ${role} in ${unitName}, which you do not administer; only an administrator of ${unitName} or above may change this user`,
      { role, unitName },
    ),
  /** #15.7: nobody hands power to themselves; another administrator must. */
  selfGrant: () =>
    new AppError(
      403,
      'SELF_GRANT_FORBIDDEN',
      'You cannot grant a role to yourself; ask another administrator of the unit to grant it',
    ),
  /**
   * Pen test (stop 43): an administrator made a second administrator account and had it grant the
   * first one a role, round SELF_GRANT_FORBIDDEN. The grantee appointed the granter, so the grant is
   * the grantee's own.
   */
  grantToAppointer: (username: string) =>
    new AppError(
      403,
      'GRANT_TO_APPOINTER_FORBIDDEN',
      `${username} appointed you as an administrator (directly or through administrators they appointed), so you cannot grant ${username} a role; ask an administrator ${username} did not appoint, e.g. one of the unit above`,
      { username },
    ),
  /**
   * Pen test (round 2) finding 2: the last administrator of a tree removed their own admin role and
   * left it with nobody to manage users, units or the calendar. Whoever removes an admin role is an
   * administrator of that unit or above who stays one, so refusing one's own keeps one in reach.
   */
  ownAdminRoleRemoval: () =>
    new AppError(
      403,
      'OWN_ADMIN_ROLE_REMOVAL_FORBIDDEN',
      'You cannot remove your own administrator role; ask another administrator of this unit or above to remove it',
    ),
  ownPasswordByReset: () =>
    new AppError(
      403,
      'OWN_PASSWORD_RESET_FORBIDDEN',
      'You cannot reset your own password as an administrator; change it with POST /auth/password (it asks for the current one)',
    ),
};
