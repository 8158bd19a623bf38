/**
 * The responses of the account routes (./user-routes.ts), for the OpenAPI document only:
 * the `api` Lambda serves the document written at bundling, so its bundle leaves them
 * out.
 */
import * as z from 'zod/mini';
import { userAccount } from '@equal-partners/shared';
import { pick } from '../http/openapi/shared-schemas.ts';
import { describeResponses } from '../http/openapi/routes.ts';
import { list, invite, read, setAccess } from './user-routes.ts';

const json = <T extends z.ZodMiniType>(schema: T) => ({ content: { 'application/json': { schema } } });

describeResponses(
  { list, invite, read, setAccess },
  {
    list: {
      200: { description: 'Every account', ...json(z.object({ items: z.array(userAccount) })) },
      ...pick(401, 403),
    },
    invite: {
      201: { description: 'Created', ...json(userAccount) },
      ...pick(400, 401, 403, 409, 415, 422),
    },
    read: { 200: { description: 'The account', ...json(userAccount) }, ...pick(401, 403, 404) },
    setAccess: {
      200: {
        description: 'Changed; tokens issued before stop working within a minute, so they sign in again',
        ...json(userAccount),
      },
      ...pick(400, 401, 403, 404, 409, 415, 422),
    },
  },
);
