/**
 * `zod` in the Lambda bundles (the alias in cdk/src/constructs/app-function.ts): zod's
 * classic API less the parts the product never calls (see external.js), each name
 * exported on its own so that esbuild keeps only the schemas and checks a bundle uses.
 *
 * The product imports zod as `import * as z from 'zod'`, which esbuild sees through
 * (ESLint refuses `import { z }`). `z`, the whole namespace as one value, is the one name
 * that differs from zod's entry: `@hono/zod-openapi` imports it only to hand it to
 * `extendZodWithOpenApi`, which adds `.openapi()` to `z.ZodType`. The namespace as a value
 * would keep every schema type, string format and check zod has (about 50 kB minified),
 * so here `z` holds `ZodType` alone.
 */
import { ZodType } from './external.js';
export * from './external.js';
export const z = { ZodType };
export default z;
