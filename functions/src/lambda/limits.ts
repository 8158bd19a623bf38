/**
 * The deployed functions' time limits: the CDK app sets them (cdk/src/constructs) and the
 * tests hold the code to them (docs/decisions/0113).
 */

/** The api function's timeout, and how long API Gateway waits for it (within its 30 s ceiling). */
export const apiTimeoutSeconds = 10;

/** How long API Gateway waits for the web function to answer a page or a form. */
export const pagesTimeoutSeconds = 10;

/** The jobs function's timeout: an import's rows are written within it. */
export const jobsTimeoutSeconds = 300;
