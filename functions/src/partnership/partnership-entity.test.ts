/** The partnership's and baselines' keys, offline, and the read of the partnership against the local store. */
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { defaultSettings } from '@equal-partners/shared';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestStore, type TestStore } from '../testing/test-store.ts';
import {
  baselineKeys,
  baselineKind,
  demoMarkerKeys,
  getPartnership,
  listBaselines,
  partnershipKeys,
} from './partnership-entity.ts';

describe('partnership and baseline keys', () => {
  it('keep every year’s baseline in one partition, in year order, addressed by the year as its id', () => {
    const years = [2027, 2025, 2026].map((year) => baselineKeys({ year }));
    expect(new Set(years.map((k) => k.pk)).size).toBe(1);
    expect(years.map((k) => k.sk).sort()).toEqual(['2025', '2026', '2027']);
    expect(baselineKind.keyOf(baselineKind.idOf({ year: 2026 } as never))).toEqual(baselineKeys({ year: 2026 }));
  });

  it('keep the demo marker apart from the partnership', () => {
    expect(demoMarkerKeys()).not.toEqual(partnershipKeys());
  });
});

describe('reading the partnership', () => {
  let store: TestStore;
  beforeEach(async () => {
    store = await createTestStore('partnership-entity');
  });
  afterEach(() => store.drop());

  const put = (item: Record<string, unknown>) =>
    store.client.send(new PutCommand({ TableName: store.tableName, Item: item }));

  it('finds none in a new table', async () => {
    expect(await getPartnership(store)).toBeUndefined();
  });

  it('reads a partnership saved before a setting existed with that setting’s default, and keeps the ones it has', async () => {
    await put({
      ...partnershipKeys(),
      entity: 'partnership',
      name: 'Older partnership',
      version: 3,
      settings: { loopDueDays: 60, disclosureThreshold: 20 },
    });
    const read = await getPartnership(store);
    expect(read).toEqual({
      name: 'Older partnership',
      version: 3,
      settings: { ...defaultSettings, loopDueDays: 60, disclosureThreshold: 20 },
    });
    expect(read).not.toHaveProperty('demoLabel');
  });

  it('reads a setting stored under its earlier name under its current name, the earlier one gone', async () => {
    await put({
      ...partnershipKeys(),
      entity: 'partnership',
      name: 'Saved before the rename',
      settings: { feedbackMinimumResponses: 8 },
    });
    const settings = (await getPartnership(store))?.settings;
    expect(settings?.minFeedbackResponses).toBe(8);
    expect(settings).not.toHaveProperty('feedbackMinimumResponses');
  });

  it('reads a partnership with no settings at all with every default', async () => {
    await put({ ...partnershipKeys(), entity: 'partnership', name: 'Bare' });
    expect((await getPartnership(store))?.settings).toEqual(defaultSettings);
  });

  it('says it is the demo partnership when the demo marker is there, and not otherwise', async () => {
    await put({ ...partnershipKeys(), entity: 'partnership', name: 'Demo City' });
    await put({ ...demoMarkerKeys(), label: 'Fictional demo data' });
    expect(await getPartnership(store)).toMatchObject({ name: 'Demo City', demoLabel: 'Fictional demo data' });
  });

  it('is not made up from a demo marker alone', async () => {
    await put({ ...demoMarkerKeys(), label: 'Fictional demo data' });
    expect(await getPartnership(store)).toBeUndefined();
  });

  it('lists every year’s baseline, and nothing else, as records without keys', async () => {
    for (const year of [2025, 2026])
      await put({ ...baselineKeys({ year }), entity: 'baseline', year, source: `Census ${year}` });
    await put({ ...partnershipKeys(), entity: 'partnership', name: 'Other item' });
    const found = await listBaselines(store);
    expect(found).toEqual([
      { year: 2025, source: 'Census 2025' },
      { year: 2026, source: 'Census 2026' },
    ]);
  });
});
