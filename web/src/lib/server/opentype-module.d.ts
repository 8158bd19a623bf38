/** opentype.js's ES module build, typed as the package (DefinitelyTyped's types describe its API). */
declare module 'opentype.js/dist/opentype.mjs' {
  export * from 'opentype.js';
}
