/** Assertions shared by the property tests. */
import { expect } from 'vitest';

/** A share is undefined (null) or within 0..1. */
export function expectShare(value: number | null | undefined): void {
  if (value === null || value === undefined) return;
  expect(value).toBeGreaterThanOrEqual(0);
  expect(value).toBeLessThanOrEqual(1);
}
