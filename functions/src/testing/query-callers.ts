/**
 * The demo partnership's callers as principals, for tests that call queries directly
 * (no HTTP): "as the council editor, publish...". Also the problem a query refuses with,
 * and a store that records every request sent to it, to show a refusal read nothing.
 */
import { publicPrincipal, type Principal } from '@equal-partners/shared';
import { expect } from 'vitest';
import { ProblemError, type Problem } from '../http/problem.ts';
import type { Store } from '../table/index.ts';
import { council, forum, school, type Caller } from './api-fixture.ts';

export const callers = {
  admin: { kind: 'user', id: 'demo-board-admin', role: 'board-admin' },
  councilEditor: { kind: 'user', id: 'demo-council-editor', role: 'signatory-editor', signatoryId: council },
  schoolEditor: { kind: 'user', id: 'demo-school-editor', role: 'signatory-editor', signatoryId: school },
  reviewer: { kind: 'user', id: 'demo-reviewer', role: 'reviewer', signatoryId: forum },
  commissioner: { kind: 'user', id: 'demo-commissioner', role: 'commissioner' },
  councilKey: { kind: 'api-key', id: 'key-1', role: 'signatory-editor', signatoryId: council },
  public: publicPrincipal,
} as const satisfies Record<Caller, Principal>;

/** The problem a query throws; fails if it succeeds or throws anything else. */
export async function problemOf(run: Promise<unknown>): Promise<Problem> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ProblemError);
  return (error as ProblemError).problem;
}

/** The same store, recording every request sent to it (each request's input, as JSON). */
export function countingStore(store: Store): { store: Store; sent: string[] } {
  const sent: string[] = [];
  const send = (command: { input: Record<string, unknown> }) => {
    sent.push(JSON.stringify(command.input));
    return store.client.send(command as never);
  };
  return { store: { ...store, client: { send } as unknown as Store['client'] }, sent };
}
