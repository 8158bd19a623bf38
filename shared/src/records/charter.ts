/** The partnership: its charter of principles, the population groups it measures inclusion for, and its settings. */
import * as z from 'zod/mini';
import { maxPeoplePerActivity, slug, textBlock, textLine } from './common.ts';
import { defaultSettings } from './default-settings.ts';
import { maxFeedbackWindowDays } from './participant-feedback.ts';
import { handlingMarkings } from './vocabulary.ts';

export const principle = z.object({
  id: slug,
  title: textLine(120, { min: 1 }),
  summary: textBlock(1000),
});
export type Principle = z.infer<typeof principle>;

export const charter = z.object({
  name: textLine(200, { min: 1 }),
  principles: z.array(principle).check(z.minLength(1)),
});
export type Charter = z.infer<typeof charter>;

export const populationGroup = z.object({
  id: slug,
  label: textLine(120, { min: 1 }),
  marginalised: z.boolean(),
});
export type PopulationGroup = z.infer<typeof populationGroup>;

/** Days to answer a loop or a challenge: up to ten years. */
const days = z.number().check(z.int(), z.positive(), z.maximum(3650));

export const partnershipSettings = z.object({
  loopDueDays: z._default(days, defaultSettings.loopDueDays),
  challengeDueDays: z._default(days, defaultSettings.challengeDueDays),
  // A group is under-represented below the first and over-represented above the second; 1.0 is in proportion.
  underRepresented: z._default(z.number().check(z.positive(), z.maximum(1)), defaultSettings.underRepresented),
  overRepresented: z._default(z.number().check(z.minimum(1), z.maximum(100)), defaultSettings.overRepresented),
  // Public pages are about children: no board can publish groups of fewer than five (docs/decisions/0106).
  disclosureThreshold: z._default(
    z.number().check(z.int(), z.minimum(5), z.maximum(1000)),
    defaultSettings.disclosureThreshold,
  ),
  publicRounding: z._default(z.number().check(z.int(), z.positive(), z.maximum(1000)), defaultSettings.publicRounding),
  minRecordedShare: z._default(z.number().check(z.minimum(0), z.maximum(1)), defaultSettings.minRecordedShare),
  minRateBase: z._default(
    z.number().check(z.int(), z.minimum(1), z.maximum(maxPeoplePerActivity)),
    defaultSettings.minRateBase,
  ),
  reviewersSeeExactFigures: z._default(z.boolean(), defaultSettings.reviewersSeeExactFigures),
  // Free text is public only once checked (docs/decisions/0402): by the board, or a signatory's editors where allowed.
  editorsMayPublish: z._default(z.boolean(), defaultSettings.editorsMayPublish),
  publishWithinDays: z._default(z.number().check(z.int(), z.positive()), defaultSettings.publishWithinDays),
  // Participants' feedback (./participant-feedback.ts): how long its window stays open, and whether it is on for new activities.
  feedbackWindowDays: z._default(
    z.number().check(z.int(), z.positive(), z.maximum(maxFeedbackWindowDays)),
    defaultSettings.feedbackWindowDays,
  ),
  feedbackOnByDefault: z._default(z.boolean(), defaultSettings.feedbackOnByDefault),
  // No reader, the board included, sees a figure on fewer than five families' answers (docs/decisions/0111).
  minFeedbackResponses: z._default(
    z.number().check(z.int(), z.minimum(5), z.maximum(1000)),
    defaultSettings.minFeedbackResponses,
  ),
  // The award's criteria have floors, so an award always means something (docs/decisions/0110).
  awardClosurePercent: z._default(
    z.number().check(z.int(), z.minimum(50), z.maximum(100)),
    defaultSettings.awardClosurePercent,
  ),
  awardReviewerMean: z._default(z.number().check(z.minimum(2.5), z.maximum(4)), defaultSettings.awardReviewerMean),
  awardWindowMonths: z._default(
    z.number().check(z.int(), z.minimum(6), z.maximum(12)),
    defaultSettings.awardWindowMonths,
  ),
  awardNeedsReviewerAssessment: z._default(z.boolean(), defaultSettings.awardNeedsReviewerAssessment),
  /** The handling marking on every file of the inspection evidence pack, whose figures are exact. */
  evidenceMarking: z._default(z.enum(handlingMarkings), defaultSettings.evidenceMarking),
  /** Who to tell when a text discloses harm to a child (a name, telephone or e-mail), shown on the publishing page. */
  safeguardingContact: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(500))),
  /** How the public reach the board (an e-mail address or web page), shown in the accessibility statement. */
  publicContact: z.optional(textLine(200, { min: 1 })),
});
export type PartnershipSettings = z.infer<typeof partnershipSettings>;

export const partnership = z.object({
  name: textLine(200, { min: 1 }),
  area: textLine(200, { min: 1 }),
  charter,
  groups: z.array(populationGroup),
  settings: partnershipSettings,
});
export type Partnership = z.infer<typeof partnership>;

/** The eight principles of a local voices framework for co-production. */
export const localVoicesCharter: Charter = {
  name: 'Local Voices Framework',
  principles: [
    {
      id: 'embed-start-to-end',
      title: 'Embed from start to end',
      summary: 'Involve people from commissioning to evaluation.',
    },
    {
      id: 'plan-infrastructure',
      title: 'Plan infrastructure and support',
      summary: 'Resource co-production properly.',
    },
    {
      id: 'equality-diversity-inclusion',
      title: 'Promote equality, diversity and inclusion',
      summary: 'Reach everyone, especially those seldom heard.',
    },
    {
      id: 'equal-relationships',
      title: 'Build empowering and equal relationships',
      summary: 'Share power with families.',
    },
    { id: 'open-communication', title: 'Open and transparent communication', summary: 'Say what happens and why.' },
    { id: 'ongoing-support', title: 'Ongoing support', summary: 'Support people to take part over time.' },
    { id: 'learn-reflect-adapt', title: 'Learn, reflect, adapt with partners', summary: 'Review together and change.' },
    {
      id: 'shared-vision',
      title: 'Shared vision of meaningful change',
      summary: 'Agree what change should look like.',
    },
  ],
};

/** A generic four-value charter. */
export const fourValuesCharter: Charter = {
  name: 'Four values',
  principles: [
    { id: 'equal-partners', title: 'Equal partners', summary: 'Families are partners, not an audience.' },
    { id: 'inclusive', title: 'Inclusive', summary: 'Everyone has a way to take part.' },
    { id: 'transparent', title: 'Transparent', summary: 'Decisions and reasons are shared openly.' },
    { id: 'acted-upon', title: 'Acted upon', summary: 'What people say changes what happens.' },
  ],
};

/** The default population groups that inclusion is measured for. */
export const defaultGroups: PopulationGroup[] = [
  { id: 'send', label: 'Children with SEND', marginalised: true },
  { id: 'ehcp', label: 'Children with an EHCP', marginalised: true },
  { id: 'care-experienced', label: 'Care-experienced', marginalised: true },
  { id: 'young-carers', label: 'Young carers', marginalised: true },
  { id: 'fsm', label: 'Eligible for free school meals', marginalised: true },
  { id: 'eal', label: 'English as an additional language', marginalised: true },
  { id: 'disabled-parent-carer', label: 'Disabled parent or carer', marginalised: true },
  { id: 'ethnicity-asian', label: 'Asian', marginalised: false },
  { id: 'ethnicity-black', label: 'Black', marginalised: false },
  { id: 'ethnicity-mixed', label: 'Mixed', marginalised: false },
  { id: 'ethnicity-white', label: 'White', marginalised: false },
  { id: 'ethnicity-other', label: 'Other ethnic group', marginalised: false },
  { id: 'lgbtq', label: 'LGBTQ+ young people', marginalised: true },
  { id: 'age-0-4', label: 'Aged 0 to 4', marginalised: false },
  { id: 'age-5-10', label: 'Aged 5 to 10', marginalised: false },
  { id: 'age-11-15', label: 'Aged 11 to 15', marginalised: false },
  { id: 'age-16-18', label: 'Aged 16 to 18', marginalised: false },
  { id: 'age-19-25', label: 'Aged 19 to 25', marginalised: false },
];
