/**
 * The evidence a person rates a signatory's assessment with, beside each principle's
 * rating: the signatory's latest self-assessment at or before the quarter, the latest
 * reviewer assessment of an earlier quarter, the evidence count for the quarter and the
 * signatory's headline figures for it.
 *
 * - The evidence count is DOMAIN.md's principle metric (activities plus closed feedback
 *   loops tagged with the principle in the period), read from the signatory's figures for
 *   the quarter, the same the signatory's page shows.
 * - The figures are exact where the rules let the person read them (`authorize`: the
 *   board decides for reviewers with `reviewersSeeExactFigures`), the published,
 *   disclosure-controlled ones otherwise.
 * - The scores come from the assessment list, which lets an editor read their own
 *   organisation's assessments only.
 *
 * What is shown, and the scores' rule, are #lib/forms/assessment-evidence.ts's.
 */
import { authorize, type Assessment, type Principle, type PublicValue, type Signatory } from '@equal-partners/shared';
import { assessmentQueries } from '@equal-partners/functions/assessments/assessment-queries';
import { signatoryMetrics } from '@equal-partners/functions/reports/report-queries';
import { publicSignatoryMetrics } from '@equal-partners/functions/reports/public-report-queries';
import type { VersionedPartnership } from '@equal-partners/functions/partnership/partnership-queries';
import { priorScores, type AssessmentEvidence } from '#lib/forms/assessment-evidence.ts';
import { principalOf } from './guard.ts';
import { ask, askAll } from './queries.ts';
import type { SignedInUser } from './session.ts';

/**
 * The evidence for the organisation and quarter the form holds, when it holds both and
 * they are ones the person may choose; undefined otherwise (the form then says to choose).
 */
export async function loadAssessmentEvidence(
  user: SignedInUser,
  choice: { signatoryId: string; period: string; exceptId?: string | undefined },
  context: {
    partnership: VersionedPartnership['partnership'];
    /** Every signatory, for the reviewers' names. */
    signatories: readonly Signatory[];
    /** The organisations the person may choose on the form. */
    choosable: readonly Signatory[];
    quarters: readonly string[];
    principles: readonly Principle[];
  },
): Promise<AssessmentEvidence | undefined> {
  // An editor sees their own organisation's evidence only, whatever the address says.
  const signatoryId = user.role === 'signatory-editor' ? (user.signatoryId ?? '') : choice.signatoryId;
  const signatory = context.choosable.find((s) => s.id === signatoryId);
  if (!signatory || !context.quarters.includes(choice.period)) return undefined;
  const { partnership } = context;
  const exact = authorize(principalOf(user), 'read', 'metrics', { signatoryId }, partnership.settings).allowed;
  const input = { id: signatoryId, period: choice.period, partnership };
  const [assessments, report] = await Promise.all([
    askAll(assessmentQueries.list, { signatoryId }),
    exact ? ask(signatoryMetrics, input) : ask(publicSignatoryMetrics, input),
  ]);
  const names = new Map(context.signatories.map((s) => [s.id, s.name]));
  const prior = priorScores(assessments as Assessment[], choice.period, choice.exceptId, (id) => names.get(id));
  const { reach, inclusion, impact, principles } = report.metrics;
  const counts = new Map<string, PublicValue>(principles.items.map((item) => [item.principleId, item.evidence]));
  return {
    signatoryId,
    signatoryName: signatory.name,
    period: choice.period,
    visibility: exact ? 'exact' : 'public',
    threshold: partnership.settings.disclosureThreshold,
    figures: {
      participations: reach.participations,
      activities: reach.activities,
      inclusionScore: inclusion.inclusionScore,
      loopsRaised: impact.loopsRaised,
      loopsClosed: impact.loopsClosed,
      closureRate: impact.closureRate,
    },
    principles: Object.fromEntries(
      context.principles.map((p) => [
        p.id,
        {
          self: prior[p.id]?.self,
          previousReviewer: prior[p.id]?.previousReviewer,
          count: counts.get(p.id) ?? 0,
        },
      ]),
    ),
  };
}
