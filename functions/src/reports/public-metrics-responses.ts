/**
 * The responses of the public metrics routes (./public-metrics-routes.ts), every
 * published figure typed (./report-schemas.ts), for the OpenAPI document only: the `api`
 * Lambda serves the document written at bundling, so its bundle leaves these schemas out.
 */
import * as z from 'zod/mini';
import { pick } from '../http/openapi/shared-schemas.ts';
import { describeResponses } from '../http/openapi/routes.ts';
import { routes } from './public-metrics-routes.ts';
import { publicPartnershipResponse, publicSignatoryResponse } from './report-schemas.ts';

describeResponses(routes, {
  signatory: {
    200: {
      description: 'The year or quarter, the one before, and the quarters of this year and the last',
      content: { 'application/json': { schema: publicSignatoryResponse } },
    },
    ...pick(400, 404),
  },
  partnership: {
    200: {
      description: 'The partnership’s figures and the signatories’ rows, sorted as asked',
      content: { 'application/json': { schema: publicPartnershipResponse } },
    },
    ...pick(400, 404),
  },
  file: {
    200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
    ...pick(400, 404),
  },
  quarters: {
    200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
    ...pick(400, 404),
  },
});
