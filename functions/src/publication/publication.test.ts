/**
 * Free text is public only once checked: a new or changed loop or challenge text is in no
 * public response until someone who may publish it marks it ready; who may; and removing a
 * name, which takes it out of the record, its audit trail and the changes export.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAuditEvents } from '../audit/audit-events.ts';
import { devSignIn } from '../identity/dev-sign-in.ts';
import { createApp } from '../http/app.ts';
import {
  council,
  createApiFixture,
  forum,
  newLoop,
  school,
  type ApiFixture,
  type Caller,
} from '../testing/api-fixture.ts';
import { loopKeys, loopKind } from '../loops/loop-entity.ts';

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('publication', { rateLimitPerMinute: 1_000_000 });
});
afterAll(() => api.drop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>;

let counter = 0;
const unique = (prefix: string) => `${prefix}-${(counter += 1)}`;

async function call(
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await api.call(caller, method, path, { ...(body === undefined ? {} : { body }), headers });
  const text = await response.text();
  const json = /json/.test(response.headers.get('content-type') ?? '');
  return {
    status: response.status,
    text,
    body: (json ? JSON.parse(text) : undefined) as Body,
    etag: response.headers.get('etag'),
  };
}

async function created(caller: Caller, path: string, body: unknown) {
  const result = await call(caller, 'POST', path, body);
  if (result.status !== 201) throw new Error(`creating at ${path}: ${result.status} ${result.text}`);
  return result.body;
}

const publish = (caller: Caller, path: string, version: number, status = 'published') =>
  call(caller, 'PUT', `${path}/publication`, { status }, { 'if-match': `"${version}"` });

const challenge = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  signatoryId: council,
  reviewerId: forum,
  raisedOn: '2026-03-01',
  text: `Why was ${id} not asked?`,
  principles: [],
  ...overrides,
});

async function setEditorsMayPublish(value: boolean) {
  const read = await call('admin', 'GET', '/api/v1/partnership');
  const {
    demoLabel: _l,
    createdAt: _a,
    updatedAt: _b,
    createdBy: _c,
    updatedBy: _d,
    version: _v,
    ...partnership
  } = read.body;
  const saved = await call(
    'admin',
    'PUT',
    '/api/v1/partnership',
    { ...partnership, settings: { ...partnership.settings, editorsMayPublish: value } },
    { 'if-match': read.etag! },
  );
  expect(saved.status).toBe(200);
}

/** What the public gets from every GET operation in the API's OpenAPI document, with `{id}` as the council. */
async function publicAnswers(): Promise<{ path: string; text: string }[]> {
  const document = (await (await api.app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const paths = Object.entries(document.paths)
    .filter(([, operations]) => operations.get)
    .map(([path]) => path.replace('{id}', council).replace('{entity}', 'loop'));
  expect(paths).toEqual(expect.arrayContaining([`/api/v1/public/signatories/${council}/loops`]));
  return Promise.all(paths.map(async (path) => ({ path, text: (await call('public', 'GET', path)).text })));
}

describe('a new text', () => {
  it('is in no public response, page data or file until published, and then is', async () => {
    const secret = 'Zebediah from the Crescent';
    const loopId = unique('loop');
    const challengeId = unique('challenge');
    await created(
      'councilEditor',
      '/api/v1/loops',
      newLoop(loopId, council, { youSaid: `${secret} asked for evenings` }),
    );
    await created('reviewer', '/api/v1/challenges', challenge(challengeId, { text: `${secret} was not invited` }));
    const answered = await call('councilEditor', 'GET', `/api/v1/challenges/${challengeId}`);
    const answer = await call(
      'councilEditor',
      'PUT',
      `/api/v1/challenges/${challengeId}`,
      {
        ...challenge(challengeId, { text: `${secret} was not invited` }),
        response: `We called ${secret}`,
        respondedOn: '2026-03-10',
      },
      { 'if-match': answered.etag! },
    );
    expect(answer.status).toBe(200);

    for (const { path, text } of await publicAnswers()) expect(text, path).not.toContain('Zebediah');
    const loops = await call('public', 'GET', `/api/v1/public/signatories/${council}/loops`);
    const waitingLoop = loops.body.items.find((l: Body) => l.id === loopId);
    expect(waitingLoop).toMatchObject({ status: 'open', raisedOn: '2026-04-01', publication: { status: 'waiting' } });
    expect(waitingLoop).not.toHaveProperty('youSaid');
    const challenges = await call('public', 'GET', `/api/v1/public/signatories/${council}/challenges`);
    expect(challenges.body.items.find((c: Body) => c.id === challengeId)).toMatchObject({
      respondedOn: '2026-03-10',
      publication: { status: 'waiting' },
    });

    expect((await publish('admin', `/api/v1/loops/${loopId}`, 1)).status).toBe(200);
    expect((await publish('admin', `/api/v1/challenges/${challengeId}`, 2)).status).toBe(200);
    const showing = (await publicAnswers()).filter(({ text }) => text.includes('Zebediah')).map(({ path }) => path);
    expect(showing.sort()).toEqual([
      `/api/v1/public/signatories/${council}/challenges`,
      `/api/v1/public/signatories/${council}/loops`,
    ]);
    const shown = await call('public', 'GET', `/api/v1/public/signatories/${council}/loops`);
    expect(shown.body.items.find((l: Body) => l.id === loopId)).toMatchObject({
      youSaid: `${secret} asked for evenings`,
      publication: { status: 'published' },
    });
    const shownChallenges = await call('public', 'GET', `/api/v1/public/signatories/${council}/challenges`);
    expect(shownChallenges.body.items.find((c: Body) => c.id === challengeId)).toMatchObject({
      text: `${secret} was not invited`,
      response: `We called ${secret}`,
    });
  });

  it('waits again when its text changes after publication, not when anything else does', async () => {
    const id = unique('loop');
    const path = `/api/v1/loops/${id}`;
    await created('councilEditor', '/api/v1/loops', newLoop(id));
    const published = await publish('admin', path, 1);
    expect(published.body.publication).toMatchObject({ status: 'published', by: 'user:demo-board-admin' });

    const statusOnly = await call('councilEditor', 'PUT', path, newLoop(id, council, { status: 'in-progress' }), {
      'if-match': published.etag!,
    });
    expect(statusOnly.body.publication.status).toBe('published');

    const textChanged = await call(
      'councilEditor',
      'PUT',
      path,
      newLoop(id, council, { status: 'in-progress', weDid: 'Two evening sessions a month' }),
      { 'if-match': statusOnly.etag! },
    );
    expect(textChanged.body.publication.status).toBe('waiting');
    const loops = await call('public', 'GET', `/api/v1/public/signatories/${council}/loops`);
    expect(loops.body.items.find((l: Body) => l.id === id)).not.toHaveProperty('weDid');
  });

  it('waits again when its Welsh is written or changed after publication, and its Welsh is public only once published', async () => {
    const id = unique('loop');
    const path = `/api/v1/loops/${id}`;
    const english = { youSaid: 'Evening sessions, please', weDid: 'Two evening sessions a month' };
    await created('councilEditor', '/api/v1/loops', newLoop(id, council, english));
    const published = await publish('admin', path, 1);
    const publicLoop = async () =>
      (await call('public', 'GET', `/api/v1/public/signatories/${council}/loops`)).body.items.find(
        (l: Body) => l.id === id,
      );

    const welsh = { youSaid: 'Sesiynau gyda’r nos, os gwelwch yn dda', weDid: 'Dwy sesiwn gyda’r nos bob mis' };
    const withWelsh = await call('councilEditor', 'PUT', path, newLoop(id, council, { ...english, cy: welsh }), {
      'if-match': published.etag!,
    });
    expect(withWelsh.status).toBe(200);
    expect(withWelsh.body).toMatchObject({ cy: welsh, publication: { status: 'waiting' } });
    const waiting = await publicLoop();
    expect(waiting).not.toHaveProperty('cy');
    expect(waiting).not.toHaveProperty('youSaid');
    const listed = await call('admin', 'GET', '/api/v1/publication/waiting');
    expect(listed.body.items.find((item: Body) => item.id === id).texts).toEqual({
      ...english,
      'cy.youSaid': welsh.youSaid,
      'cy.weDid': welsh.weDid,
    });

    const republished = await publish('admin', path, withWelsh.body.version);
    expect(await publicLoop()).toMatchObject({ ...english, cy: welsh, publication: { status: 'published' } });

    const changedWelsh = await call(
      'councilEditor',
      'PUT',
      path,
      newLoop(id, council, { ...english, cy: { ...welsh, weDid: 'Tair sesiwn gyda’r nos bob mis' } }),
      { 'if-match': republished.etag! },
    );
    expect(changedWelsh.body.publication.status).toBe('waiting');
    const hidden = await call('public', 'GET', `/api/v1/public/signatories/${council}/loops`);
    expect(hidden.text).not.toContain('Tair sesiwn');
    expect(hidden.text).not.toContain('Sesiynau gyda');
  });

  it('cannot be published by the client that writes it: a publication in the body is ignored', async () => {
    const id = unique('loop');
    const body = { ...newLoop(id), publication: { status: 'published', since: '2026-01-01T00:00:00Z' } };
    const loop = await created('councilEditor', '/api/v1/loops', body);
    expect(loop.publication.status).toBe('waiting');
    const replaced = await call(
      'councilEditor',
      'PUT',
      `/api/v1/loops/${id}`,
      { ...body, weDid: 'Done' },
      { 'if-match': '"1"' },
    );
    expect(replaced.body.publication.status).toBe('waiting');
  });

  it('waits when it comes in a CSV import', async () => {
    const id = unique('imported');
    const csv = `id,signatoryId,raisedOn,youSaid,status\n${id},${council},2026-04-02,Bus passes for carers,open\n`;
    const imported = await api.call('councilEditor', 'POST', '/api/v1/loops:import?commit=true', {
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(imported.status).toBe(202);
    expect((await call('admin', 'GET', `/api/v1/loops/${id}`)).body.publication.status).toBe('waiting');
  });

  it('is published only at the version that was checked', async () => {
    const id = unique('loop');
    const path = `/api/v1/loops/${id}`;
    await created('councilEditor', '/api/v1/loops', newLoop(id));
    await call('councilEditor', 'PUT', path, newLoop(id, council, { youSaid: 'Changed after it was read' }), {
      'if-match': '"1"',
    });
    const withoutVersion = await call('admin', 'PUT', `${path}/publication`, { status: 'published' });
    expect(withoutVersion.status).toBe(428);
    const stale = await publish('admin', path, 1);
    expect(stale.status).toBe(412);
    expect((await call('admin', 'GET', path)).body.publication.status).toBe('waiting');
  });

  it('can be withdrawn from the public pages after publication', async () => {
    const id = unique('loop');
    const path = `/api/v1/loops/${id}`;
    await created('councilEditor', '/api/v1/loops', newLoop(id, council, { youSaid: 'Withdrawn text' }));
    await publish('admin', path, 1);
    const withdrawn = await publish('admin', path, 2, 'waiting');
    expect(withdrawn.body.publication.status).toBe('waiting');
    const loops = await call('public', 'GET', `/api/v1/public/signatories/${council}/loops`);
    expect(loops.text).not.toContain('Withdrawn text');
  });
});

describe('who may publish', () => {
  const callers: Caller[] = [
    'public',
    'admin',
    'councilEditor',
    'councilKey',
    'schoolEditor',
    'reviewer',
    'commissioner',
  ];

  async function statuses(prepare: () => Promise<{ method: string; path: string; body: unknown; version?: number }>) {
    const found: number[] = [];
    for (const caller of callers) {
      const { method, path, body, version } = await prepare();
      found.push((await call(caller, method, path, body, version ? { 'if-match': `"${version}"` } : {})).status);
    }
    return found;
  }

  const ownLoop = async () => {
    const id = unique('loop');
    await created('admin', '/api/v1/loops', newLoop(id, council, { youSaid: 'Ask Robin again' }));
    return id;
  };
  const challengeToCouncil = async () => {
    const id = unique('challenge');
    await created('admin', '/api/v1/challenges', challenge(id, { text: 'Ask Robin again' }));
    return id;
  };

  it('lets the board publish and redact, and signatory editors only their own loops where the board allows', async () => {
    const publishLoop = async () => ({
      method: 'PUT',
      path: `/api/v1/loops/${await ownLoop()}/publication`,
      body: { status: 'published' },
      version: 1,
    });
    const redactLoop = async () => ({
      method: 'POST',
      path: `/api/v1/loops/${await ownLoop()}/redactions`,
      body: { remove: 'Robin' },
    });
    const queue = async () => ({ method: 'GET', path: '/api/v1/publication/waiting', body: undefined });
    // public, admin, council editor, council key, school editor, reviewer, commissioner
    expect(await statuses(publishLoop)).toEqual([401, 200, 403, 403, 403, 403, 403]);
    expect(await statuses(redactLoop)).toEqual([401, 200, 403, 403, 403, 403, 403]);
    expect(await statuses(queue)).toEqual([401, 200, 403, 403, 403, 403, 403]);

    await setEditorsMayPublish(true);
    try {
      expect(await statuses(publishLoop)).toEqual([401, 200, 200, 403, 403, 403, 403]);
      expect(await statuses(redactLoop)).toEqual([401, 200, 200, 403, 403, 403, 403]);
      expect(await statuses(queue)).toEqual([401, 200, 200, 403, 200, 403, 403]);
    } finally {
      await setEditorsMayPublish(false);
    }
  });

  it('never lets a signatory publish a challenge to itself, whatever the board allows', async () => {
    await setEditorsMayPublish(true);
    try {
      const publishChallenge = async () => ({
        method: 'PUT',
        path: `/api/v1/challenges/${await challengeToCouncil()}/publication`,
        body: { status: 'published' },
        version: 1,
      });
      expect(await statuses(publishChallenge)).toEqual([401, 200, 403, 403, 403, 403, 403]);
      const refused = await call(
        'councilEditor',
        'PUT',
        (await publishChallenge()).path,
        { status: 'published' },
        {
          'if-match': '"1"',
        },
      );
      expect(refused.body.detail).toBe(
        'A challenge to your own organisation is published by the partnership board, not by you.',
      );
    } finally {
      await setEditorsMayPublish(false);
    }
  });
});

describe('the texts waiting to be published', () => {
  it('lists, oldest first, what the caller may publish, with how long each has waited', async () => {
    await setEditorsMayPublish(true);
    try {
      const first = unique('queue-loop');
      const second = unique('queue-challenge');
      const other = unique('queue-school');
      await created('councilEditor', '/api/v1/loops', newLoop(first, council, { youSaid: 'First in the queue' }));
      await created('reviewer', '/api/v1/challenges', challenge(second));
      await created('schoolEditor', '/api/v1/loops', newLoop(other, school));

      // Seen twenty days after they were written: past the partnership’s 14 days.
      const dev = devSignIn(api.store);
      const later = createApp({
        store: api.store,
        version: 'test',
        today: () => new Date(Date.now() + 20 * 86_400_000),
        authenticators: [dev.authenticator],
      });
      const asAdmin = await later.request('/api/v1/publication/waiting', {
        headers: { authorization: `Bearer ${await dev.issueToken('demo-board-admin')}` },
      });
      const items = ((await asAdmin.json()) as Body).items as Body[];
      const ids = items.map((item) => item.id);
      expect(ids.indexOf(first)).toBeLessThan(ids.indexOf(second));
      expect(ids.indexOf(second)).toBeLessThan(ids.indexOf(other));
      expect(items.find((item) => item.id === first)).toMatchObject({
        kind: 'loop',
        signatoryId: council,
        version: 1,
        waitingDays: 20,
        overdue: true,
        texts: { youSaid: 'First in the queue' },
      });
      expect(items.find((item) => item.id === second)).toMatchObject({ kind: 'challenge', reviewerId: forum });
      // Published demo records are not waiting.
      expect(ids.some((id) => id.startsWith('demo-'))).toBe(false);

      const asEditor = await call('councilEditor', 'GET', '/api/v1/publication/waiting');
      expect(asEditor.body.items.map((item: Body) => item.id)).toContain(first);
      expect(asEditor.body.items.every((item: Body) => item.kind === 'loop' && item.signatoryId === council)).toBe(
        true,
      );

      await publish('admin', `/api/v1/loops/${first}`, 1);
      const after = await call('admin', 'GET', '/api/v1/publication/waiting');
      expect(after.body.items.map((item: Body) => item.id)).not.toContain(first);
    } finally {
      await setEditorsMayPublish(false);
    }
  });
});

describe('removing a name', () => {
  it('takes it out of the texts, every audit event of the record and the changes export, recording who and when', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const id = unique('named');
    const path = `/api/v1/loops/${id}`;
    await created(
      'councilEditor',
      '/api/v1/loops',
      newLoop(id, council, { youSaid: 'Jamie Okafor in Year 4 was left out' }),
    );
    await call(
      'councilEditor',
      'PUT',
      path,
      newLoop(id, council, { youSaid: 'Jamie Okafor in Year 4 was left out', weDid: 'We rang JAMIE OKAFOR’s mum' }),
      { 'if-match': '"1"' },
    );
    const trailBefore = await call('admin', 'GET', `/api/v1/audit/loop/${id}`);
    expect(trailBefore.text).toContain('Jamie Okafor');

    const removed = await call('admin', 'POST', `${path}/redactions`, { remove: ' jamie okafor ' });
    expect(removed.status).toBe(200);
    expect(removed.body.removedFrom).toEqual({ fields: ['youSaid', 'weDid'], auditEvents: 2 });
    expect(removed.body.record).toMatchObject({
      youSaid: '[name removed] in Year 4 was left out',
      weDid: 'We rang [name removed]’s mum',
      publication: { status: 'waiting', redacted: { by: 'user:demo-board-admin', fields: ['youSaid', 'weDid'] } },
    });

    const trail = await call('admin', 'GET', `/api/v1/audit/loop/${id}`);
    expect(trail.body.items).toHaveLength(3);
    expect(trail.text).not.toMatch(/okafor/i);
    expect(trail.body.items[2]).toMatchObject({
      action: 'update',
      before: { youSaid: '[name removed] in Year 4 was left out' },
      after: { publication: { redacted: { fields: ['youSaid', 'weDid'] } } },
    });
    const changes = await call('admin', 'GET', `/api/v1/changes?since=${since}`);
    expect(changes.text).toContain(id);
    expect(changes.text).not.toMatch(/okafor/i);

    // A change delivered again (as a stream may) never brings the name back.
    const original = {
      ...trailBefore.body.items[0].after,
      ...loopKeys({ id, signatoryId: council, raisedOn: '2026-04-01' }),
      entity: 'loop',
    };
    await recordAuditEvents(api.store, [{ keys: loopKind.keyOf(id), newImage: original }]);
    expect((await call('admin', 'GET', `/api/v1/audit/loop/${id}`)).text).not.toMatch(/okafor/i);
  });

  it('takes a name out of the history when it was already edited out of the texts', async () => {
    const id = unique('edited');
    const path = `/api/v1/loops/${id}`;
    await created('councilEditor', '/api/v1/loops', newLoop(id, council, { youSaid: 'Priya said the bus is late' }));
    await call('councilEditor', 'PUT', path, newLoop(id, council, { youSaid: 'A child said the bus is late' }), {
      'if-match': '"1"',
    });
    const removed = await call('admin', 'POST', `${path}/redactions`, { remove: 'Priya' });
    expect(removed.body.removedFrom).toEqual({ fields: [], auditEvents: 2 });
    expect((await call('admin', 'GET', `/api/v1/audit/loop/${id}`)).text).not.toContain('Priya');
  });

  it('takes it out of the Welsh texts and their history too', async () => {
    const id = unique('welsh');
    const path = `/api/v1/challenges/${id}`;
    await created(
      'reviewer',
      '/api/v1/challenges',
      challenge(id, { text: 'Ask Gethin Morgan why', cy: { text: 'Gofynnwch i Gethin Morgan pam' } }),
    );
    const answered = await call('councilEditor', 'GET', path);
    const answer = await call(
      'councilEditor',
      'PUT',
      path,
      {
        ...challenge(id, { text: 'Ask Gethin Morgan why', cy: { text: 'Gofynnwch i Gethin Morgan pam' } }),
        response: 'We spoke to the class',
        respondedOn: '2026-03-10',
        cy: { text: 'Gofynnwch i Gethin Morgan pam', response: 'Siaradon ni â GETHIN MORGAN' },
      },
      { 'if-match': answered.etag! },
    );
    expect(answer.status, answer.text).toBe(200);
    const removed = await call('admin', 'POST', `${path}/redactions`, { remove: 'gethin morgan' });
    expect(removed.status).toBe(200);
    expect(removed.body.removedFrom).toEqual({ fields: ['text', 'cy.text', 'cy.response'], auditEvents: 2 });
    expect(removed.body.record).toMatchObject({
      text: 'Ask [name removed] why',
      cy: { text: 'Gofynnwch i [name removed] pam', response: 'Siaradon ni â [name removed]' },
      publication: { redacted: { fields: ['text', 'cy.text', 'cy.response'] } },
    });
    const trail = await call('admin', 'GET', `/api/v1/audit/challenge/${id}`);
    expect(trail.body.items).toHaveLength(3);
    expect(trail.text).not.toMatch(/gethin/i);
    expect(trail.body.items[2].before.cy).toEqual(removed.body.record.cy);
    expect((await call('admin', 'GET', `/api/v1/changes?since=2000-01-01T00:00:00Z`)).text).not.toMatch(/gethin/i);
  });

  it('keeps a published text published, and removes names from challenges too', async () => {
    const id = unique('challenge');
    const path = `/api/v1/challenges/${id}`;
    await created('reviewer', '/api/v1/challenges', challenge(id, { text: 'Ask Mrs Hughes why' }));
    await publish('admin', path, 1);
    const removed = await call('admin', 'POST', `${path}/redactions`, { remove: 'Mrs Hughes' });
    expect(removed.body.record).toMatchObject({ text: 'Ask [name removed] why', publication: { status: 'published' } });
  });

  it('takes a name out of the history of a deleted record, for the board only', async () => {
    const id = unique('deleted');
    await created(
      'councilEditor',
      '/api/v1/loops',
      newLoop(id, council, { youSaid: 'Noor from Elm Road was ignored' }),
    );
    expect((await call('councilEditor', 'DELETE', `/api/v1/loops/${id}`)).status).toBe(204);
    expect((await call('admin', 'GET', `/api/v1/audit/loop/${id}`)).text).toContain('Noor');

    await setEditorsMayPublish(true);
    try {
      const asEditor = await call('councilEditor', 'POST', `/api/v1/loops/${id}/redactions`, { remove: 'Noor' });
      expect(asEditor.status).toBe(404);
    } finally {
      await setEditorsMayPublish(false);
    }
    const removed = await call('admin', 'POST', `/api/v1/loops/${id}/redactions`, { remove: 'Noor' });
    expect(removed.status).toBe(200);
    expect(removed.body).toEqual({ removedFrom: { fields: [], auditEvents: 2 } });
    expect((await call('admin', 'GET', `/api/v1/audit/loop/${id}`)).text).not.toContain('Noor');
  });

  it('refuses a name that is nowhere in the texts or their history, and changes nothing', async () => {
    const id = unique('loop');
    await created('councilEditor', '/api/v1/loops', newLoop(id));
    const refused = await call('admin', 'POST', `/api/v1/loops/${id}/redactions`, { remove: 'Nobody' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([
      { pointer: '/remove', message: 'This does not appear in the texts: check the spelling', rule: 'notInTexts' },
    ]);
    expect((await call('admin', 'GET', `/api/v1/loops/${id}`)).body.version).toBe(1);
    const tooShort = await call('admin', 'POST', `/api/v1/loops/${id}/redactions`, { remove: 'a' });
    expect(tooShort.status).toBe(400);
  });
});
