import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableUserDirectory } from '../identity/table-directory.ts';
import { council, createApiFixture, demoToday, newLoop, school, type ApiFixture } from '../testing/api-fixture.ts';
import {
  boardContact,
  listDeliveries,
  putAlertSetting,
  recipientOfUser,
  type RecipientKey,
} from './alert-delivery-entity.ts';
import { sendAlerts, type AlertSender } from './alert-job.ts';
import type { AlertMessage } from './alert-message.ts';

const councilEditor = 'council.editor@demo.example';
const schoolEditor = 'oakfield.editor@demo.example';
const boardAddress = 'participation@demo-city.example';
const nextDay = new Date(demoToday.getTime() + 86_400_000);

let api: ApiFixture;
beforeAll(async () => {
  api = await createApiFixture('alerts');
  // Something certain to be waiting for each editor: a loop past due, a challenge unanswered.
  await api.call('admin', 'POST', '/api/v1/loops', {
    body: newLoop('alert-late-loop', council, { raisedOn: '2026-01-05' }),
  });
  await api.call('admin', 'POST', '/api/v1/challenges', {
    body: {
      id: 'alert-challenge',
      signatoryId: school,
      reviewerId: 'demo-city-parent-carer-forum',
      text: 'Why?',
      raisedOn: '2026-04-01',
    },
  });
});
afterAll(() => api.drop());

/** A sender that keeps what it sends, and refuses every message to the addresses in `failing`. */
function recordingSender(failing: readonly string[] = []): AlertSender & { sent: AlertMessage[] } {
  const sent: AlertMessage[] = [];
  return {
    sent,
    send(message) {
      if (failing.includes(message.to))
        return Promise.reject(Object.assign(new Error('refused'), { name: 'MessageRejected' }));
      sent.push(message);
      return Promise.resolve();
    },
  };
}

const run = (sender: AlertSender, day = demoToday) =>
  sendAlerts({
    store: api.store,
    users: tableUserDirectory(api.store),
    sender,
    today: () => day,
    siteUrl: 'https://ep.example',
  });

const to = (sender: { sent: AlertMessage[] }, address: string) => sender.sent.filter((m) => m.to === address);

const itemKeysOf = async (recipient: RecipientKey, state: 'pending' | 'sent') =>
  (await listDeliveries(api.store, recipient))
    .filter((d) => d.state === state)
    .map((d) => d.itemKey)
    .sort();

describe('the daily alerts job', () => {
  it('sends each item once a day, keeps a failed send pending and sends it once on the next run', async () => {
    const first = recordingSender([schoolEditor]);
    const report = await run(first);
    expect(report).toMatchObject({ day: '2026-05-15', sent: 2, failed: 1 });
    expect(to(first, boardAddress)).toHaveLength(1);
    expect(to(first, councilEditor)).toHaveLength(1);
    expect(to(first, councilEditor)[0]!.text).toContain('https://ep.example/manage/loops/alert-late-loop');
    expect(to(first, schoolEditor)).toHaveLength(0);
    // The board hears of every signatory's items, the council's editor of the council's alone.
    expect(to(first, boardAddress)[0]!.text).toContain('alert-challenge');
    expect(to(first, councilEditor)[0]!.text).not.toContain('alert-challenge');
    const schoolEditorKey = recipientOfUser('demo-school-editor');
    expect(await itemKeysOf(schoolEditorKey, 'pending')).toContain('challenge:alert-challenge');
    expect(await itemKeysOf(schoolEditorKey, 'sent')).toEqual([]);

    // The same day again: only the failed message goes, once; nothing else is sent twice.
    const second = recordingSender();
    expect(await run(second)).toMatchObject({ sent: 1, failed: 0 });
    expect(second.sent.map((m) => m.to)).toEqual([schoolEditor]);
    expect(second.sent[0]!.text).toContain('https://ep.example/manage/challenges/alert-challenge');
    expect(await itemKeysOf(schoolEditorKey, 'pending')).toEqual([]);

    const third = recordingSender();
    expect(await run(third)).toMatchObject({ sent: 0, failed: 0 });
    expect(third.sent).toEqual([]);

    // One delivery per recipient per item per day, every one sent.
    for (const recipient of [boardContact, recipientOfUser('demo-council-editor'), schoolEditorKey]) {
      const deliveries = await listDeliveries(api.store, recipient);
      const keys = deliveries.map((d) => `${d.day}#${d.itemKey}`);
      expect(new Set(keys).size, recipient).toBe(keys.length);
      expect(
        deliveries.every((d) => d.state === 'sent' && d.day === '2026-05-15'),
        recipient,
      ).toBe(true);
    }
  });

  it('sends nothing to whoever switched the e-mails off, and writes in the language they chose', async () => {
    await putAlertSetting(api.store, {
      recipient: recipientOfUser('demo-council-editor'),
      emails: false,
      updatedAt: nextDay.toISOString(),
    });
    await putAlertSetting(api.store, {
      recipient: recipientOfUser('demo-school-editor'),
      emails: true,
      locale: 'cy',
      updatedAt: nextDay.toISOString(),
    });
    const sender = recordingSender();
    const report = await run(sender, nextDay);
    expect(report.switchedOff).toBe(1);
    expect(to(sender, councilEditor)).toEqual([]);
    expect(await itemKeysOf(recipientOfUser('demo-council-editor'), 'pending')).toEqual([]);
    const [welsh] = to(sender, schoolEditor);
    expect(welsh!.text).toContain('her alert-challenge');
    expect(welsh!.text).not.toContain('waiting for an answer');
    // The board's contact chose no language: both, Welsh first.
    const [both] = to(sender, boardAddress);
    expect(both!.text.indexOf('Dyma beth')).toBeLessThan(both!.text.indexOf('This is what'));
    expect(both!.text).toContain('https://ep.example/admin/alerts');
  });
});
