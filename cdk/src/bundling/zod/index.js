/**
 * `zod` in the Lambda bundles (the alias in cdk/src/constructs/app-function.ts): zod's
 * own entry (node_modules/zod/index.js), over its classic API less the parts the product
 * never calls (see external.js).
 */
import * as z from './external.js';
export * from './external.js';
export { z, z as default };
