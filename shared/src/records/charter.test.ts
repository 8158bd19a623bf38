import { describe, expect, it } from 'vitest';
import { partnershipSettings } from './charter.ts';
import { defaultSettings } from './default-settings.ts';

const problemsOf = (settings: Record<string, unknown>) => {
  const parsed = partnershipSettings.safeParse({ ...defaultSettings, ...settings });
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('partnership settings', () => {
  it('accepts the defaults and a stricter disclosure threshold', () => {
    expect(problemsOf({})).toEqual([]);
    expect(problemsOf({ disclosureThreshold: 20, publicRounding: 10 })).toEqual([]);
  });

  it('never lets public pages show groups of fewer than five people exactly', () => {
    expect(problemsOf({ disclosureThreshold: 4 })).toEqual(['disclosureThreshold']);
    expect(problemsOf({ disclosureThreshold: 5 })).toEqual([]);
  });

  it('keeps 1.0 (in proportion) between the under- and over-represented thresholds', () => {
    expect(problemsOf({ underRepresented: 1.1 })).toEqual(['underRepresented']);
    expect(problemsOf({ overRepresented: 0.9 })).toEqual(['overRepresented']);
    expect(problemsOf({ underRepresented: 1, overRepresented: 1 })).toEqual([]);
  });
});
