import { describe, expect, it } from 'vitest';
import {
  activityInput,
  challengeInput,
  charterStanding,
  feedbackLoopInput,
  monthOf,
  signatoryInput,
} from '@equal-partners/shared';
import { demoPartnership, reviewerSignatoryId } from './demo-partnership.ts';

const today = new Date('2026-05-15T12:00:00Z');

describe('demo partnership', () => {
  const demo = demoPartnership(today);

  it('is the same every time for the same day', () => {
    expect(demoPartnership(today)).toEqual(demo);
  });

  it('covers 24 months up to today and nothing later', () => {
    const months = new Set(demo.activities.map((a) => monthOf(a.date)));
    expect(months.size).toBe(24);
    expect(demo.activities.every((a) => a.date <= '2026-05-15')).toBe(true);
  });

  it('holds only records that pass their schemas', () => {
    for (const activity of demo.activities) expect(activityInput.safeParse(activity).error).toBeUndefined();
    for (const loop of demo.loops) expect(feedbackLoopInput.safeParse(loop).error).toBeUndefined();
    for (const challenge of demo.challenges) expect(challengeInput.safeParse(challenge).error).toBeUndefined();
  });

  it('shows every charter status: signed, working towards, an award that stands and one that has lapsed', () => {
    for (const signatory of demo.signatories) expect(signatoryInput.safeParse(signatory).error).toBeUndefined();
    const statuses = demo.signatories.map((s) => charterStanding(s, '2026-05-15').status);
    expect(new Set(statuses)).toEqual(new Set(['signed', 'working-towards', 'awarded', 'lapsed']));
  });

  it('has overdue loops: open for more than 90 days', () => {
    const overdue = demo.loops.filter(
      (l) => !l.communicatedOn && (today.getTime() - Date.parse(l.raisedOn)) / 86_400_000 > 90,
    );
    expect(overdue.length).toBeGreaterThan(0);
  });

  it('has reviewer assessments from the parent carer forum', () => {
    const reviews = demo.assessments.filter((a) => a.by === 'reviewer');
    expect(reviews.length).toBeGreaterThan(0);
    expect(reviews.every((a) => a.reviewerId === reviewerSignatoryId)).toBe(true);
  });

  it('has answered, overdue and recent challenges from the parent carer forum', () => {
    const unanswered = demo.challenges.filter((c) => !c.respondedOn);
    const ageInDays = (date: string) => (today.getTime() - Date.parse(date)) / 86_400_000;
    expect(demo.challenges.filter((c) => c.respondedOn).length).toBeGreaterThan(3);
    expect(unanswered.some((c) => ageInDays(c.raisedOn) > 28)).toBe(true);
    expect(unanswered.some((c) => ageInDays(c.raisedOn) <= 28)).toBe(true);
    expect(demo.challenges.every((c) => c.reviewerId === reviewerSignatoryId && c.raisedOn <= '2026-05-15')).toBe(true);
  });

  it('has stories published with consent, and one kept back without it', () => {
    expect(demo.loops.some((l) => l.publicStory && l.consentToPublish)).toBe(true);
    expect(demo.loops.some((l) => l.publicStory && !l.consentToPublish)).toBe(true);
  });

  it('uses only fictional contacts', () => {
    expect(demo.signatories.every((s) => s.contact?.endsWith('@demo.example'))).toBe(true);
    expect(demo.users.every((u) => u.email.endsWith('@demo.example'))).toBe(true);
  });
});
