/** Builds the web app once before the browser tests, when its sources changed since the last build. */
import { buildWeb, webBuildIsStale } from '@equal-partners/functions/local/web-build';

export default function setup() {
  if (webBuildIsStale()) buildWeb();
}
