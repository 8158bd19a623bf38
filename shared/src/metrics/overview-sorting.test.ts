import { describe, expect, it } from 'vitest';
import { sortRows } from './overview-sorting.ts';

describe('sorting overview rows', () => {
  it('orders numbers first, then suppressed or undefined figures, then by name', () => {
    const rows = [
      { name: 'B', closureRate: 0.5 },
      { name: 'A', closureRate: null },
      { name: 'C', closureRate: 0.9 },
      { name: 'D', closureRate: 'suppressed' },
      { name: 'E', closureRate: 0.5 },
    ];
    expect(sortRows(rows, 'closureRate', 'desc').map((r) => r.name)).toEqual(['C', 'B', 'E', 'A', 'D']);
    expect(sortRows(rows, 'closureRate', 'asc').map((r) => r.name)).toEqual(['B', 'E', 'C', 'A', 'D']);
    expect(sortRows(rows, 'name', 'desc').map((r) => r.name)).toEqual(['E', 'D', 'C', 'B', 'A']);
  });
});
