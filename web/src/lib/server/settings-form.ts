/**
 * The partnership settings form: every setting of the partnership schema, each named as
 * the board reads it. The share of people who gave demographic information is entered as
 * a percentage, as the dashboard shows it, and stored as the schema's 0 to 1; the
 * representation thresholds are ratios, as the dashboard shows representation
 * ("1.0 = in proportion"); the award's share of loops closed is a whole percentage, as
 * stored (docs/decisions/0110). The contacts for the public and for safeguarding are optional
 * text; the evidence pack's handling marking is one of a short list. The partnership
 * schema the API uses checks every value.
 */
import { handlingMarkings, type Partnership, type PartnershipSettings } from '@equal-partners/shared';
import type { PartnershipView } from '@equal-partners/functions/partnership/partnership-queries';
import { valueOf, type FieldError, type FormValues } from '#lib/forms/form-values.ts';
import { t, type MessageKey } from '#lib/server/text.ts';
import { partnershipInput, savePartnership } from './partnership-form.ts';
import { requiredMessages, versionOf, type Saved } from './record-forms.ts';

/**
 * How each setting is entered, in page order. Every setting of the schema must be here (a
 * missing one is a type error), so a new setting cannot be left off the page.
 */
const entries = {
  reviewersSeeExactFigures: 'yes-no',
  disclosureThreshold: 'number',
  publicRounding: 'number',
  loopDueDays: 'number',
  challengeDueDays: 'number',
  underRepresented: 'number',
  overRepresented: 'number',
  minRecordedShare: 'percentage',
  minRateBase: 'number',
  awardClosurePercent: 'number',
  awardReviewerMean: 'number',
  awardWindowMonths: 'number',
  awardNeedsReviewerAssessment: 'yes-no',
  editorsMayPublish: 'yes-no',
  publishWithinDays: 'number',
  feedbackOnByDefault: 'yes-no',
  feedbackWindowDays: 'number',
  minFeedbackResponses: 'number',
  safeguardingContact: 'text',
  publicContact: 'text',
  evidenceMarking: 'marking',
} as const satisfies Record<keyof PartnershipSettings, 'yes-no' | 'number' | 'percentage' | 'text' | 'marking'>;

const settingNames = Object.keys(entries) as (keyof typeof entries)[];
const fieldOf = (name: keyof PartnershipSettings) => `settings.${name}`;
const fields = settingNames.map(fieldOf);
const answers = { yes: true, no: false } as const;

function labelOf(field: string): string {
  return t(`settings.field.${field.replace(/^settings\./, '')}` as MessageKey);
}

/** The form's values for the stored settings, percentages as percentages. */
export function settingsValues(settings: PartnershipSettings): FormValues {
  const values: FormValues = {};
  for (const name of settingNames) {
    const value = settings[name];
    const field = fieldOf(name);
    if (typeof value === 'boolean') values[field] = value ? 'yes' : 'no';
    else if (typeof value === 'number')
      values[field] = String(entries[name] === 'percentage' ? Math.round(value * 10_000) / 100 : value);
    else values[field] = value ?? '';
  }
  return values;
}

/** Validates the submitted settings with the partnership schema and saves them over the version read. */
export async function saveSettings(values: FormValues, partnership: PartnershipView): Promise<Saved<Partnership>> {
  const errors: FieldError[] = [];
  const settings: Record<string, unknown> = { ...partnership.settings };
  for (const name of settingNames) {
    const field = fieldOf(name);
    const text = valueOf(values, field).trim();
    if (entries[name] === 'text') {
      // Optional: a blank field removes it.
      if (text === '') delete settings[name];
      else settings[name] = text;
      continue;
    }
    if (entries[name] === 'marking') {
      // One of the allowed handling markings; anything else is refused, never saved as typed.
      if ((handlingMarkings as readonly string[]).includes(text)) settings[name] = text;
      else errors.push({ field, message: t(`settings.required.${field}` as MessageKey) });
      continue;
    }
    if (entries[name] === 'yes-no') {
      if (Object.hasOwn(answers, text)) settings[name] = answers[text as keyof typeof answers];
      else errors.push({ field, message: t(`settings.required.${field}` as MessageKey) });
      continue;
    }
    // A blank field is refused rather than reset to the default, which would change a setting silently.
    if (text === '') {
      errors.push({ field, message: t(`settings.required.${field}` as MessageKey) });
      continue;
    }
    // Text that is not a number is passed on as text, so the schema names the field.
    const number = /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
    if (entries[name] === 'number') settings[name] = number;
    else if (typeof number === 'number' && number >= 0 && number <= 100) settings[name] = number / 100;
    else errors.push({ field, message: t('settings.error.percentage', { label: labelOf(field) }) });
  }
  return savePartnership(
    { ...partnershipInput(partnership), settings: settings as PartnershipSettings },
    {
      values,
      version: versionOf(values),
      fields,
      labelOf,
      requiredOf: requiredMessages('settings'),
      errors,
    },
  );
}
