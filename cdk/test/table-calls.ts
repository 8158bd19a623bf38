/**
 * Which DynamoDB operations a Lambda's code can call, read from its esbuild bundle: the
 * bundle holds only the code reachable from the entry (esbuild drops the rest), and the AWS
 * SDK stays external, so every DynamoDB command the function can send appears as an import
 * from `@aws-sdk/lib-dynamodb` or `@aws-sdk/client-dynamodb` that the remaining code uses.
 * The grants test (grants-match-code.test.ts) compares what is found with what the stack grants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { bundling, lambdaEntry, projectRoot } from '../src/constructs/app-function.ts';
import { globalIndexes } from '@equal-partners/functions/store/table-definition';

const dynamoPackages = ['@aws-sdk/lib-dynamodb', '@aws-sdk/client-dynamodb'];

/**
 * The IAM actions each command (document client and low-level client, and their paginators)
 * needs. A transaction needs the rights of the item operations it holds, which cannot be read
 * from the call: it counts as all of them.
 */
export const actionsOfCommand: Record<string, `dynamodb:${string}`[]> = {
  GetCommand: ['dynamodb:GetItem'],
  GetItemCommand: ['dynamodb:GetItem'],
  PutCommand: ['dynamodb:PutItem'],
  PutItemCommand: ['dynamodb:PutItem'],
  UpdateCommand: ['dynamodb:UpdateItem'],
  UpdateItemCommand: ['dynamodb:UpdateItem'],
  DeleteCommand: ['dynamodb:DeleteItem'],
  DeleteItemCommand: ['dynamodb:DeleteItem'],
  QueryCommand: ['dynamodb:Query'],
  paginateQuery: ['dynamodb:Query'],
  ScanCommand: ['dynamodb:Scan'],
  paginateScan: ['dynamodb:Scan'],
  BatchGetCommand: ['dynamodb:BatchGetItem'],
  BatchGetItemCommand: ['dynamodb:BatchGetItem'],
  BatchWriteCommand: ['dynamodb:BatchWriteItem'],
  BatchWriteItemCommand: ['dynamodb:BatchWriteItem'],
  TransactGetCommand: ['dynamodb:GetItem'],
  TransactGetItemsCommand: ['dynamodb:GetItem'],
  TransactWriteCommand: [
    'dynamodb:ConditionCheckItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
  TransactWriteItemsCommand: [
    'dynamodb:ConditionCheckItem',
    'dynamodb:PutItem',
    'dynamodb:UpdateItem',
    'dynamodb:DeleteItem',
  ],
  DescribeTableCommand: ['dynamodb:DescribeTable'],
  CreateTableCommand: ['dynamodb:CreateTable'],
  DeleteTableCommand: ['dynamodb:DeleteTable'],
  UpdateTableCommand: ['dynamodb:UpdateTable'],
};

/** Exports of the DynamoDB packages that send nothing by themselves. */
const sendsNothing = (name: string) =>
  /Exception$/.test(name) || ['DynamoDBClient', 'DynamoDBDocumentClient', 'DynamoDBServiceException'].includes(name);

export interface TableCalls {
  /** The DynamoDB commands the code uses, e.g. `QueryCommand`. */
  commands: string[];
  /** The IAM actions those commands need, sorted. */
  actions: string[];
  /** The table's indexes the code names (a query on an index names it in `IndexName`). */
  indexes: string[];
  /** What the bundle does with the DynamoDB packages that cannot be read as a list of commands. */
  unreadable: string[];
}

/** Reads the DynamoDB calls in a bundle's code (esbuild's ESM output, not minified). */
export function tableCallsIn(code: string): TableCalls {
  const packages = dynamoPackages.map((p) => p.replace('/', '\\/')).join('|');
  // The keyword as a statement begins, not a word in a path of esbuild's comments (`// functions/src/imports/...`).
  const statement = new RegExp(
    `(?<![\\w$/.-])(import|export)(?=[\\s{*])\\s*([^;]*?)\\s*from\\s*["'](${packages})["'];?`,
    'g',
  );
  const rest = code.replace(statement, '');
  const commands = new Set<string>();
  const unreadable: string[] = [];
  for (const [text, keyword, clause = ''] of code.matchAll(statement)) {
    const named = /^\{([^}]*)\}$/.exec(clause.trim());
    if (!named) {
      unreadable.push(text);
      continue;
    }
    for (const specifier of (named[1] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [imported = '', local = imported] = specifier.split(/\s+as\s+/);
      // Re-exported names are passed on whole; imported ones count when the remaining code uses them.
      const used =
        keyword === 'export' || new RegExp(`(?<![\\w$.])${local.replaceAll('$', '\\$')}(?![\\w$])`).test(rest);
      if (used && !sendsNothing(imported)) commands.add(imported);
    }
  }
  for (const [text] of code.matchAll(new RegExp(`import\\(\\s*["'](${packages})["']\\s*\\)`, 'g')))
    unreadable.push(text);
  for (const [text] of code.matchAll(new RegExp(`require\\(\\s*["'](${packages})["']\\s*\\)`, 'g')))
    unreadable.push(text);
  const actions = new Set([...commands].flatMap((command) => actionsOfCommand[command] ?? [`unknown: ${command}`]));
  const indexes = globalIndexes
    .map((index) => index.indexName)
    .filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(code));
  return { commands: [...commands].sort(), actions: [...actions].sort(), indexes, unreadable };
}

/** Bundles source the way the Lambda construct does, without minifying, so imported names stay readable. */
async function bundle(entry: { file: string } | { contents: string; resolveDir: string }): Promise<string> {
  const result = await build({
    ...('file' in entry
      ? { entryPoints: [entry.file] }
      : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir, loader: 'ts', sourcefile: 'entry.ts' } }),
    absWorkingDir: projectRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: bundling.target,
    mainFields: bundling.mainFields,
    external: bundling.externalModules,
    minify: false,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The DynamoDB calls of the Lambda entry functions/src/lambda/<name>.ts and everything it imports. */
export async function tableCallsOfEntry(name: string): Promise<TableCalls> {
  return tableCallsIn(await bundle({ file: lambdaEntry(name) }));
}

const webSource = join(projectRoot, 'web', 'src');
const runtimeImport =
  /(?:^|[\s;])(import|export)\s+(?!type\s)([^;'"]*?)\s*from\s*['"]((?:@equal-partners\/functions|@aws-sdk\/(?:lib|client)-dynamodb)(?:\/[^'"]*)?)['"]/g;
const sideEffectImport =
  /(?:^|[\s;])import\s*(['"])((?:@equal-partners\/functions|@aws-sdk\/(?:lib|client)-dynamodb)(?:\/[^'"]*)?)['"]/g;
const dynamicImport =
  /import\(\s*['"]((?:@equal-partners\/functions|@aws-sdk\/(?:lib|client)-dynamodb)(?:\/[^'"]*)?)['"]\s*\)/g;

/**
 * The web function's code that reaches the table: its Lambda entry, and what the SvelteKit
 * server it ships imports from the functions package (or from the DynamoDB packages directly).
 * The SvelteKit build bundles those modules into the server, so they are bundled here from
 * the same imports, name by name.
 */
export function webEntry(): { contents: string; resolveDir: string; sources: string[] } {
  const files = (readdirSync(webSource, { recursive: true }) as string[])
    .filter((file) => /\.(ts|js|svelte)$/.test(file) && !/\.test\.ts$/.test(file))
    .map((file) => join(webSource, file));
  const lines = [`export * as lambda from ${JSON.stringify(lambdaEntry('web'))};`];
  const sources: string[] = [];
  let n = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const found = [
      ...[...text.matchAll(runtimeImport)].map(([, keyword, clause, from]) => ({ keyword, clause, from })),
      ...[...text.matchAll(sideEffectImport)].map(([, , from]) => ({ keyword: 'import', clause: '', from })),
      ...[...text.matchAll(dynamicImport)].map(([, from]) => ({ keyword: 'import', clause: '*', from })),
    ];
    if (found.length) sources.push(relative(projectRoot, file));
    for (const { keyword, clause, from } of found) {
      const source = JSON.stringify(from);
      const named = /\{([^}]*)\}/.exec(clause ?? '');
      const names = (named?.[1] ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s && !s.startsWith('type '))
        .map((s) => s.split(/\s+as\s+/)[0]);
      for (const name of names) lines.push(`export { ${name} as w${(n += 1)} } from ${source};`);
      const whole = clause
        ?.replace(/\{[^}]*\}/, '')
        .replace(/,/g, '')
        .trim();
      if (whole?.startsWith('*') || (keyword === 'export' && !named))
        lines.push(`export * as w${(n += 1)} from ${source};`);
      else if (whole) lines.push(`export { default as w${(n += 1)} } from ${source};`);
      if (!clause?.trim()) lines.push(`import ${source};`);
    }
  }
  return { contents: lines.join('\n'), resolveDir: join(projectRoot, 'web'), sources };
}

/** The DynamoDB calls the web function can make: see webEntry. */
export async function tableCallsOfWeb(): Promise<TableCalls & { sources: string[] }> {
  const { sources, ...entry } = webEntry();
  return { ...tableCallsIn(await bundle(entry)), sources };
}
