/**
 * The responses declared apart from their routes (`describeResponses` in ./routes.ts),
 * for the document: ./document.ts imports this module and nothing the `api` Lambda
 * bundles does, so the response schemas stay out of its bundle (docs/decisions/0203).
 */
import '../../reports/metrics-responses.ts';
import '../../reports/public-metrics-responses.ts';
import '../../identity/user-responses.ts';
import '../../identity/api-key-responses.ts';
import '../../partnership/partnership-responses.ts';
import '../../audit/audit-responses.ts';
import '../../identity/me-responses.ts';
import '../../activities/activity-batch-responses.ts';
import '../../reports/partnership-activity-responses.ts';
import '../../publication/public-records-responses.ts';
import '../../feedback/feedback-responses.ts';
