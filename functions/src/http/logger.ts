/** The structured JSON logger, shared by every handler. Log ids and counts, never people's details or credentials. */
import { Logger } from '@aws-lambda-powertools/logger';

export const logger = new Logger({ serviceName: 'equal-partners' });
