/**
 * Synthesizes the stack the way `npm run synth` does (cdk.json's context and feature
 * flags), against a small stand-in for the web build so the tests neither need nor
 * disturb `web/build`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Validations, type App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { AwsSolutionsChecks } from 'cdk-nag';
import { createEqualPartnersApp } from '../src/equal-partners-app.ts';
import type { EdgeLogsStack } from '../src/edge-logs-stack.ts';
import type { EdgeProtectionStack } from '../src/edge-protection-stack.ts';
import type { EqualPartnersStack } from '../src/equal-partners-stack.ts';

export const fixtureWebBuild = fileURLToPath(new URL('./fixtures/web-build', import.meta.url));

const cdkJson = JSON.parse(readFileSync(new URL('../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown> & { stages: Record<string, Record<string, unknown>> };
};

export interface Synthesized {
  app: App;
  stack: EqualPartnersStack;
  template: Template;
  /** The us-east-1 stack with CloudFront's web ACL. */
  edge: EdgeProtectionStack;
  edgeTemplate: Template;
  /** The us-east-1 stack with CloudFront's log delivery. */
  edgeLogs: EdgeLogsStack;
  edgeLogsTemplate: Template;
}

/**
 * `stageOverrides` are merged into the stage's cdk.json entry. Without `bundle`, functions get
 * placeholder code (CDK's `aws:cdk:bundling-stacks`), for tests that only read the template.
 */
export function synth(
  stage: string,
  stageOverrides: Record<string, unknown> = {},
  { bundle = true } = {},
): Synthesized {
  const stages = { ...cdkJson.context.stages, [stage]: { ...cdkJson.context.stages[stage], ...stageOverrides } };
  const context = { ...cdkJson.context, stage, stages, ...(bundle ? {} : { 'aws:cdk:bundling-stacks': [] }) };
  const { app, stack, edge, edgeLogs } = createEqualPartnersApp({ webBuildDir: fixtureWebBuild, context });
  return {
    app,
    stack,
    template: Template.fromStack(stack),
    edge,
    edgeTemplate: Template.fromStack(edge),
    edgeLogs,
    edgeLogsTemplate: Template.fromStack(edgeLogs),
  };
}

/** cdk-nag's AwsSolutions findings that no acknowledgement covers, as `rule at path` lines. */
export function unacknowledgedFindings(scope: IConstruct): string[] {
  const report = new AwsSolutionsChecks().validateScope(scope);
  return report.violations.flatMap((violation) =>
    violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}`),
  );
}

/** Every acknowledgement in the tree: rule id and reason. */
export function acknowledgements(scope: IConstruct): { id: string; reason: string; path: string }[] {
  return scope.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) =>
        Object.entries(entry.data as Record<string, string>).map(([id, reason]) => ({
          id: id.replace(/^[A-Za-z]+::(?=AwsSolutions-)/, ''),
          reason,
          path: construct.node.path,
        })),
      ),
  );
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- CloudFormation properties are untyped JSON
type Resource = { Type: string; Properties: Record<string, any>; DeletionPolicy?: string; Condition?: string };

/** The template's resources of one type, keyed by logical id. */
export function resources(template: Template, type: string): Record<string, Resource> {
  return template.findResources(type) as Record<string, Resource>;
}
