import { describe, expect, it } from 'vitest';
import { signatory, signatoryInput } from './signatory.ts';

const school = { id: 'oak-school', name: 'Oak School', sector: 'education', signedOn: '2025-01-10' } as const;
const stored = {
  createdAt: '2025-01-10T09:00:00.000Z',
  updatedAt: '2025-01-10T09:00:00.000Z',
  createdBy: 'board',
  updatedBy: 'board',
  version: 1,
};

describe('a signatory', () => {
  it('needs the date of an award, so the award can lapse', () => {
    const undated = signatoryInput.safeParse({ ...school, charterStatus: 'awarded' });
    expect(undated.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['awardedOn', 'Enter the date of the award'],
    ]);
    expect(signatoryInput.safeParse({ ...school, charterStatus: 'awarded', awardedOn: '2026-04-14' }).success).toBe(
      true,
    );
    expect(signatoryInput.safeParse({ ...school, charterStatus: 'working-towards' }).success).toBe(true);
  });

  it('asks for the date alongside the other fields a form got wrong', () => {
    // A blank field is missing altogether from a form's record.
    const issues = signatoryInput.safeParse({
      ...school,
      name: undefined,
      signedOn: '2025-02-30',
      charterStatus: 'awarded',
    }).error?.issues;
    expect(issues?.map((i) => i.path.join('.'))).toEqual(['name', 'signedOn', 'awardedOn']);
    for (const notAnObject of [null, 'awarded', []])
      expect(signatoryInput.safeParse(notAnObject).error?.issues.map((i) => i.code)).toEqual(['invalid_type']);
    const wrongStatus = signatoryInput.safeParse({ ...school, charterStatus: 'gold' }).error?.issues;
    expect(wrongStatus?.map((i) => i.path.join('.'))).toEqual(['charterStatus']);
  });

  it('is still read when it was stored awarded without a date', () => {
    expect(signatory.safeParse({ ...school, ...stored, charterStatus: 'awarded', active: true }).success).toBe(true);
  });
});
