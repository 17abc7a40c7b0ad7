import { z } from 'zod/v4';
import { named } from '../http/api-response';
import { RoleSchema, UnitKindSchema, UnitLevelSchema } from '../http/shared.responses';

export const TokenPairSchema = named(
  'TokenPair',
  z.object({
    accessToken: z.string(),
    accessTokenExpiresIn: z.number().int().meta({ description: 'Seconds' }),
    refreshToken: z.string(),
    refreshTokenExpiresAt: z.string(),
    passwordChangeRequired: z.boolean().meta({
      description: 'Set by an administrator: until POST /auth/password, every other endpoint answers 403',
    }),
  }),
);

export const LoginResultSchema = named(
  'LoginResult',
  TokenPairSchema.extend({
    deviceToken: z.string().meta({
      description:
        'Keep it in this browser and send it with the next logins (LoginDto.deviceToken): a known browser is not locked out by failures made elsewhere',
    }),
  }),
);

export const MeSchema = named(
  'Me',
  z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    unit: z.object({
      id: z.string(),
      name: z.string(),
      kind: UnitKindSchema,
      level: UnitLevelSchema,
      parentId: z.string().nullable(),
    }),
    roles: z.array(z.object({ role: RoleSchema, unitId: z.string(), unitName: z.string().nullable() })),
  }),
  'Who I am, my unit and my roles',
);
