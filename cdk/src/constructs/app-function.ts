/**
 * One Lambda function of Equal Partners, with every default in one place: Node 24 on arm64,
 * minified ESM bundled by esbuild with source maps, its own log group with the stage's
 * retention, the Powertools environment, and a role that holds only what it is granted.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Duration, RemovalPolicy, type Size } from 'aws-cdk-lib';
import type { ITableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, type ILayerVersion } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { StageConfig } from '../config.ts';
import type { TableGrants } from '../table-grants.ts';

/** The repository root: esbuild resolves workspace packages from here and the lock file pins them. */
export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));

/** The entry module of a Lambda in the functions workspace, e.g. `api` -> functions/src/lambda/api.ts. */
export function lambdaEntry(name: string): string {
  return resolve(projectRoot, 'functions', 'src', 'lambda', `${name}.ts`);
}

/**
 * How every function is bundled. The AWS SDK v3 is left out: the Node 24 runtime ships it,
 * which keeps bundles small (cold starts) and the runtime's copy is patched by AWS.
 * The banner gives ESM bundles the `require` that some CommonJS dependencies call.
 */
export const bundling = {
  minify: true,
  sourceMap: true,
  sourcesContent: false,
  format: OutputFormat.ESM,
  target: 'node24',
  mainFields: ['module', 'main'],
  externalModules: ['@aws-sdk/*', '@smithy/*'],
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
} satisfies BundlingOptions;

export interface AppFunctionProps {
  /** The entry module's name in functions/src/lambda/, which also names the function's service in logs. */
  entry: string;
  description: string;
  config: StageConfig;
  memorySize?: number;
  timeout?: Duration;
  environment?: Record<string, string>;
  /** arm64 unless a dependency's binary needs x86_64 (the jobs function's Chromium). */
  architecture?: Architecture;
  /** The function's /tmp: 512 MB unless it unpacks more (the jobs function's Chromium). */
  ephemeralStorageSize?: Size;
  layers?: ILayerVersion[];
  /** Extra bundling steps (the web function copies the built SvelteKit server beside its handler). */
  commandHooks?: BundlingOptions['commandHooks'];
}

export class AppFunction extends Construct {
  /** The entry module's name in functions/src/lambda/. */
  readonly entry: string;
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    const { config } = props;
    this.entry = props.entry;
    this.logGroup = new LogGroup(this, 'Logs', {
      retention: config.logRetention,
      removalPolicy: config.production ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    // Our own role instead of the default's AWSLambdaBasicExecutionRole, whose log rights cover every log group.
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs the ${props.entry} function of Equal Partners (${config.stage})`,
    });
    this.role.addToPolicy(
      new PolicyStatement({
        actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    this.function = new NodejsFunction(this, 'Function', {
      entry: lambdaEntry(props.entry),
      projectRoot,
      depsLockFilePath: resolve(projectRoot, 'package-lock.json'),
      description: props.description,
      runtime: Runtime.NODEJS_24_X,
      architecture: props.architecture ?? Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      ...(props.ephemeralStorageSize ? { ephemeralStorageSize: props.ephemeralStorageSize } : {}),
      ...(props.layers ? { layers: props.layers } : {}),
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      logGroup: this.logGroup,
      bundling: { ...bundling, ...(props.commandHooks ? { commandHooks: props.commandHooks } : {}) },
      environment: {
        // Stack traces in the logs point at the TypeScript sources, through the bundled source maps.
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'equal-partners',
        POWERTOOLS_LOG_LEVEL: config.logLevel,
        POWERTOOLS_METRICS_NAMESPACE: 'EqualPartners',
        STAGE: config.stage,
        ...props.environment,
      },
    });
    // The role's policy must exist before the function, or its first invocations can fail on missing rights.
    this.function.node.addDependency(this.role);
  }

  /** Adds environment variables, e.g. settings of resources created after the function. */
  addEnvironment(variables: Record<string, string>): void {
    for (const [name, value] of Object.entries(variables)) this.function.addEnvironment(name, value);
  }

  /**
   * Lets the function use the table with exactly the actions `grants` names, on the table,
   * and `dynamodb:Query` on the indexes it names (by name, no wildcards), and tells it the
   * table's name in TABLE_NAME. Each function's grants are listed in ../table-grants.ts.
   *
   * @example
   * api.bindTable(data.table, tableGrants.api);
   */
  bindTable(table: ITableV2, { actions, indexes }: TableGrants): void {
    if (actions.length === 0) throw new Error(`${this.node.path}: bindTable needs at least one action`);
    if (indexes.length > 0 && !actions.includes('dynamodb:Query'))
      throw new Error(`${this.node.path}: querying indexes needs dynamodb:Query among the actions`);
    this.role.addToPolicy(
      new PolicyStatement({ effect: Effect.ALLOW, actions: [...new Set(actions)], resources: [table.tableArn] }),
    );
    if (indexes.length > 0)
      this.role.addToPolicy(
        new PolicyStatement({
          effect: Effect.ALLOW,
          actions: ['dynamodb:Query'],
          resources: indexes.map((index) => `${table.tableArn}/index/${index}`),
        }),
      );
    this.function.addEnvironment('TABLE_NAME', table.tableName);
  }
}
