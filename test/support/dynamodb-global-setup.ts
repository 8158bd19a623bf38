/**
 * Gives the tests a DynamoDB endpoint: the one in DYNAMODB_ENDPOINT when set
 * (real DynamoDB, DynamoDB Local), otherwise a dynalite started in memory on a
 * free port for this run only. Each test file then works in tables of its own.
 */
import type { TestProject } from 'vitest/node';
import { startDynalite } from '@equal-partners/functions/local/dynalite';

// Declares the `dynamodbEndpoint` this setup provides.
import type {} from '@equal-partners/functions/testing';

export default async function setup(project: TestProject) {
  if (process.env.DYNAMODB_ENDPOINT) {
    project.provide('dynamodbEndpoint', process.env.DYNAMODB_ENDPOINT);
    return;
  }
  const running = await startDynalite();
  project.provide('dynamodbEndpoint', running.endpoint);
  return () => running.close();
}
