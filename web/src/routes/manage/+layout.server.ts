/**
 * The data-entry pages run no JavaScript in the browser: their forms post to the server
 * and work the same everywhere, old phones included, and nothing a person types is ever
 * overwritten by scripts starting late.
 */
export const csr = false;
