import { z } from 'zod/v4';
import { named, timestamp } from '../http/api-response';
import { JsonObjectSchema, RoleSchema } from '../http/shared.responses';

export const UserViewSchema = named(
  'UserView',
  z.object({
    id: z.string(),
    unitId: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    active: z.boolean(),
    lockedUntil: timestamp().nullable(),
    passwordChangeRequired: z.boolean(),
    createdAt: timestamp(),
    roles: z.array(z.object({ role: RoleSchema, unitId: z.string(), unitPath: z.string() })),
  }),
  'A user as administrators see it (never the password hash)',
);

export const AdminEventSchema = named(
  'AdminEvent',
  z.object({
    id: z.number().int(),
    actorUserId: z.string().nullable(),
    action: z.string(),
    targetType: z.string(),
    targetId: z.string(),
    unitId: z.string(),
    details: JsonObjectSchema,
    createdAt: timestamp(),
  }),
);
