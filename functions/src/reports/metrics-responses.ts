/**
 * The responses of the exact metrics routes (./metrics-routes.ts), every figure typed
 * (./report-schemas.ts), for the OpenAPI document only: the `api` Lambda serves the
 * document written at bundling, so its bundle leaves these schemas out.
 */
import * as z from 'zod/mini';
import { pick } from '../http/openapi/shared-schemas.ts';
import { describeResponses } from '../http/openapi/routes.ts';
import { routes } from './metrics-routes.ts';
import { partnershipResponse, signatoryResponse } from './report-schemas.ts';

describeResponses(routes, {
  signatory: {
    200: {
      description: 'The period, the previous period of equal length, and a monthly series',
      content: { 'application/json': { schema: signatoryResponse } },
    },
    ...pick(400, 401, 403, 404),
  },
  partnership: {
    200: {
      description: 'The period, the previous period, a monthly series and the signatories sorted as asked',
      content: { 'application/json': { schema: partnershipResponse } },
    },
    ...pick(400, 401, 403, 404),
  },
  file: {
    200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
    ...pick(400, 401, 403, 404),
  },
  months: {
    200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
    ...pick(400, 401, 403, 404),
  },
});
