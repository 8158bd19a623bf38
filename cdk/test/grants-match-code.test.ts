/**
 * The table rights the stack grants each function are the ones its code needs, no more and
 * no fewer (docs/decisions/0210): each Lambda's code is bundled, the DynamoDB commands it
 * can send are read from the bundle (table-calls.ts), and compared with the synthesized role.
 * When code starts or stops sending a command, this fails until cdk/src/table-grants.ts follows.
 */
import { describe, expect, it } from 'vitest';
import { AppFunction } from '../src/constructs/app-function.ts';
import { resources, synth } from './synth.ts';
import { actionsOfCommand, tableCallsIn, tableCallsOfEntry, tableCallsOfWeb, type TableCalls } from './table-calls.ts';

const { stack, template } = synth('dev', {}, { bundle: false });
const functions = stack.node.findAll().filter((c): c is AppFunction => c instanceof AppFunction);
const tableId = stack.getLogicalId(stack.data.table.node.defaultChild as never);

/** What the function's role may do on the table itself, and which indexes it may query. */
function granted(fn: AppFunction): { actions: string[]; indexes: string[] } {
  const roleId = stack.getLogicalId(fn.role.node.defaultChild as never);
  const statements = Object.values(resources(template, 'AWS::IAM::Policy'))
    .filter((p) => p.Properties.Roles.some((r: { Ref: string }) => r.Ref === roleId))
    .flatMap((p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[]);
  const actions = (resource: unknown) =>
    statements
      .filter((s) => [s.Resource].flat().some((r) => JSON.stringify(r) === JSON.stringify(resource)))
      .flatMap((s) => [s.Action].flat());
  const onIndex = (name: string) =>
    actions({ 'Fn::Join': ['', [{ 'Fn::GetAtt': [tableId, 'Arn'] }, `/index/${name}`]] });
  return {
    actions: [...new Set(actions({ 'Fn::GetAtt': [tableId, 'Arn'] }))].sort(),
    indexes: ['gsi1', 'gsi2'].filter((name) => onIndex(name).includes('dynamodb:Query')),
  };
}

const calls = new Map<string, Promise<TableCalls & { sources?: string[] }>>();
const callsOf = (entry: string) => {
  if (!calls.has(entry)) calls.set(entry, entry === 'web' ? tableCallsOfWeb() : tableCallsOfEntry(entry));
  return calls.get(entry)!;
};

describe('the table rights of each function', () => {
  it('are checked for every function the stack deploys', () => {
    expect(functions.map((fn) => fn.entry).sort()).toEqual(['aggregator', 'api', 'jobs', 'pool-messages', 'web']);
  });

  it("grant the user pool's message trigger nothing on the table, whose code sends no DynamoDB command", async () => {
    const fn = functions.find((f) => f.entry === 'pool-messages')!;
    expect(granted(fn)).toEqual({ actions: [], indexes: [] });
    const code = await callsOf('pool-messages');
    expect(code.unreadable).toEqual([]);
    expect(code.commands).toEqual([]);
  });

  for (const entry of ['api', 'web', 'aggregator', 'jobs']) {
    const fn = () => functions.find((f) => f.entry === entry)!;

    it(`cover every DynamoDB command the ${entry} function's code sends`, async () => {
      const code = await callsOf(entry);
      expect(code.unreadable, 'DynamoDB used other than through named command imports').toEqual([]);
      expect(code.commands.length).toBeGreaterThan(0);
      const { actions } = granted(fn());
      expect(
        code.actions.filter((action) => !actions.includes(action)),
        'sent by the code, not granted: add to cdk/src/table-grants.ts',
      ).toEqual([]);
    });

    it(`grant the ${entry} function nothing on the table its code does not send`, async () => {
      const code = await callsOf(entry);
      expect(
        granted(fn()).actions.filter((action) => !code.actions.includes(action)),
        'granted, never sent by the code: remove from cdk/src/table-grants.ts',
      ).toEqual([]);
    });

    it(`let the ${entry} function query exactly the indexes its code names`, async () => {
      expect(granted(fn()).indexes).toEqual((await callsOf(entry)).indexes);
    });
  }

  it('find the scans of the reconcile and the retention rules in the jobs function only', async () => {
    expect((await callsOf('jobs')).commands).toContain('ScanCommand');
    for (const entry of ['api', 'web', 'aggregator'])
      expect((await callsOf(entry)).commands).not.toContain('ScanCommand');
  });

  it("follow the web function's pages into the functions package: sessions, revocations and the queries", async () => {
    const web = await callsOf('web');
    expect(web.sources).toEqual(
      expect.arrayContaining(['web/src/lib/server/session.ts', 'web/src/lib/server/queries.ts']),
    );
    expect(web.commands).toEqual(
      expect.arrayContaining(['GetCommand', 'PutCommand', 'UpdateCommand', 'DeleteCommand']),
    );
  });
});

describe('reading DynamoDB commands from a bundle', () => {
  it('counts an imported command only when the remaining code uses it, under any local name', () => {
    const code = [
      'import { GetCommand as GetCommand2, ScanCommand, ConditionalCheckFailedException } from "@aws-sdk/lib-dynamodb";',
      'import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";',
      'await client.send(new GetCommand2({ TableName, Key }));',
      'const describe = DescribeTableCommand;',
      'if (error instanceof ConditionalCheckFailedException) throw error;',
    ].join('\n');
    expect(tableCallsIn(code)).toMatchObject({
      commands: ['DescribeTableCommand', 'GetCommand'],
      actions: ['dynamodb:DescribeTable', 'dynamodb:GetItem'],
      unreadable: [],
    });
  });

  it('reports namespace and dynamic imports, whose commands it cannot list', () => {
    const code = 'import * as ddb from "@aws-sdk/lib-dynamodb";\nconst sdk = await import("@aws-sdk/client-dynamodb");';
    expect(tableCallsIn(code).unreadable).toHaveLength(2);
  });

  it('names a command it has no actions for, so the test fails until it is mapped', () => {
    const code = 'import { ExecuteStatementCommand } from "@aws-sdk/lib-dynamodb";\nnew ExecuteStatementCommand({});';
    expect(tableCallsIn(code).actions).toEqual(['unknown: ExecuteStatementCommand']);
    expect(actionsOfCommand.TransactWriteCommand).toEqual(
      expect.arrayContaining(['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem']),
    );
  });

  it('finds the indexes the code names', () => {
    expect(tableCallsIn('send(new QueryCommand({ IndexName: "gsi2" }))').indexes).toEqual(['gsi2']);
    expect(tableCallsIn('const key = { gsi1pk: "x" };').indexes).toEqual([]);
  });
});
