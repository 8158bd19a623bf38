/** The public "you said, we did" log and challenges: readable by anyone, holding only what may be published. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPartnership } from '../local/demo/demo-partnership.ts';
import { council, createApiFixture, demoToday, newLoop, type ApiFixture } from '../testing/api-fixture.ts';

let api: ApiFixture;
const demo = demoPartnership(demoToday);

beforeAll(async () => {
  api = await createApiFixture('public-records');
});
afterAll(() => api.drop());

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Body = Record<string, any>;

async function get(path: string) {
  const response = await api.call('public', 'GET', path);
  return { status: response.status, body: (await response.json()) as Body };
}

/** Marks a record's texts ready to publish, as the board. */
async function publish(path: string) {
  const response = await api.call('admin', 'PUT', `${path}/publication`, {
    body: { status: 'published' },
    headers: { 'if-match': '"1"' },
  });
  expect(response.status).toBe(200);
}

describe('GET /api/v1/public/signatories/{id}/loops', () => {
  it('lists every loop of the signatory to anyone, newest first', async () => {
    const { status, body } = await get(`/api/v1/public/signatories/${council}/loops`);
    expect(status).toBe(200);
    const own = demo.loops.filter((l) => l.signatoryId === council);
    expect(body.items).toHaveLength(own.length);
    const dates = body.items.map((l: Body) => l.raisedOn);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('publishes stories only with consent, and never evidence links or activity ids', async () => {
    const closed = {
      status: 'done',
      weDid: 'Evening sessions every month',
      respondedOn: '2026-04-10',
      communicatedOn: '2026-04-20',
      outcome: 'service-change',
      evidenceUrl: 'https://intranet.example/minutes',
      publicStory: 'A dad on shifts could take part at last.',
    };
    for (const [id, consentToPublish] of [
      ['story-consented', true],
      ['story-kept', false],
    ] as const) {
      const created = await api.call('councilEditor', 'POST', '/api/v1/loops', {
        body: newLoop(id, council, { ...closed, consentToPublish }),
      });
      expect(created.status).toBe(201);
      await publish(`/api/v1/loops/${id}`);
    }
    const { body } = await get(`/api/v1/public/signatories/${council}/loops`);
    const shown = new Map(body.items.map((l: Body) => [l.id, l]));
    expect(shown.get('story-consented')).toMatchObject({
      publicStory: 'A dad on shifts could take part at last.',
      daysToClose: 19,
      overdue: false,
    });
    expect(shown.get('story-kept')).not.toHaveProperty('publicStory');
    for (const loop of body.items) {
      expect(loop).not.toHaveProperty('activityIds');
      expect(loop).not.toHaveProperty('evidenceUrl');
      expect(loop).not.toHaveProperty('createdBy');
    }
  });

  it('answers 404 for a signatory that does not exist', async () => {
    await expect(get('/api/v1/public/signatories/nobody/loops')).resolves.toMatchObject({ status: 404 });
  });
});

describe('GET /api/v1/public/signatories/{id}/challenges', () => {
  it('shows answered and overdue challenges, not those still within their time to answer', async () => {
    const school = 'meadowbank-primary-school';
    const challenge = (id: string, raisedOn: string, answer?: { response: string; respondedOn: string }) => ({
      id,
      signatoryId: school,
      reviewerId: 'demo-city-parent-carer-forum',
      raisedOn,
      text: `Challenge ${id}`,
      principles: [],
      ...answer,
    });
    // 2026-05-15 is the fixture's today; challenges are due within 28 days.
    for (const body of [
      challenge('answered', '2026-03-01', { response: 'We changed it.', respondedOn: '2026-03-20' }),
      challenge('ignored', '2026-04-01'),
      challenge('recent', '2026-05-01'),
    ]) {
      expect((await api.call('admin', 'POST', '/api/v1/challenges', { body })).status).toBe(201);
      await publish(`/api/v1/challenges/${body.id}`);
    }
    const { status, body } = await get(`/api/v1/public/signatories/${school}/challenges`);
    expect(status).toBe(200);
    expect(body.items).toEqual([
      expect.objectContaining({ id: 'ignored', overdue: true }),
      expect.objectContaining({ id: 'answered', overdue: false, response: 'We changed it.' }),
    ]);
    expect(body.items[0]).not.toHaveProperty('response');
  });
});
