/**
 * zod 4's classic API as node_modules/zod/v4/classic/external.js exports it, from the same
 * files, less what the product never calls. Because `z` is used as a value
 * (`@hono/zod-openapi` passes it to `extendZodWithOpenApi`), esbuild keeps every module
 * the namespace names, so these are left out here:
 *
 * - `locales`, every language's messages (about 260 kB minified). The API speaks English,
 *   which zod sets as the default locale itself when the first schema is built
 *   (v4/classic/schemas.js), so error messages are unchanged.
 * - `compile`, `withParser`, `INVALID` and the `ZodCompile*` errors: the opt-in compiled
 *   parsers (v4/core/compile.js, about 30 kB); schemas parse without them.
 * - `fromJSONSchema`, which builds schemas from JSON Schema (about 12 kB).
 *
 * Code that imports a left-out name fails to bundle; `z.compile` and the like are refused
 * by ESLint (eslint.config.js). cdk/test/lambda-bundles.test.ts checks that this module
 * exports every other name of zod's entry, with the same values.
 */
export * as core from './core.js';
export * from '../../../../node_modules/zod/v4/classic/schemas.js';
export * from '../../../../node_modules/zod/v4/classic/checks.js';
export * from '../../../../node_modules/zod/v4/classic/errors.js';
export * from '../../../../node_modules/zod/v4/classic/parse.js';
export * from '../../../../node_modules/zod/v4/classic/compat.js';
export {
  globalRegistry,
  registry,
  config,
  memoizer,
  $output,
  $input,
  $brand,
  clone,
  regexes,
  treeifyError,
  prettifyError,
  formatError,
  flattenError,
  TimePrecision,
  util,
  NEVER,
  toZod,
  getDiscriminatedOption,
} from '../../../../node_modules/zod/v4/core/index.js';
export { toJSONSchema } from '../../../../node_modules/zod/v4/core/json-schema-processors.js';
export { deepPartial } from '../../../../node_modules/zod/v4/classic/deep-partial.js';
export { input, output } from '../../../../node_modules/zod/v4/classic/in-out.js';
export { ZodISODateTime, ZodISODate, ZodISOTime, ZodISODuration } from '../../../../node_modules/zod/v4/classic/iso.js';
export * as iso from '../../../../node_modules/zod/v4/classic/iso.js';
export * as coerce from '../../../../node_modules/zod/v4/classic/coerce.js';
