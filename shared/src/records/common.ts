/** Building blocks shared by every record schema: ids, dates and the audit fields every stored record carries. */
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import { ruleIssue, ruleMessages } from './rules.ts';
import { publicationStatuses, type Publication } from '../publication/publication.ts';

// zod/mini sets no locale (every issue would read "Invalid input"): use the English messages classic zod gave.
z.config(en());

/** A client-suppliable id (ULID, UUID or any url-safe token) so a retried create is recognised. */
export const recordId = z
  .string()
  .check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, ruleMessages.idCharacters));

/** A readable id such as `demo-city-council`. */
export const slug = z
  .string()
  .check(z.minLength(2), z.maxLength(64), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, ruleMessages.slugCharacters));

// The characters text refuses (see `text`); a regex is how zod checks them and how the OpenAPI document states them.
/* eslint-disable no-control-regex -- these patterns are there to find control characters */
const noControlCharacter = /^[^\u0000-\u001F\u007F-\u009F]*$/;
const noControlCharacterButTabsAndLineBreaks = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$/;
const noSpaceOrInvisibleCharacter = /^[^\u0000-\u0020\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;
/* eslint-enable no-control-regex */
const noDirectionOverride = /^[^\u202A-\u202E\u2066-\u2069]*$/;

/**
 * Text people type, trimmed and at most `max` characters (at least `min`): no control
 * characters (NUL, escapes, and in one-line text tabs and line breaks), and none of the
 * characters that override or isolate the direction of text (U+202A to U+202E, U+2066 to
 * U+2069), which make published text read otherwise than it was written. Right-to-left
 * scripts and the direction marks they need (U+200E, U+200F) are welcome.
 */
function text(lines: 'one' | 'many', max: number, min: number) {
  return z
    .string()
    .check(
      z.trim(),
      ...(min > 0 ? [z.minLength(min)] : []),
      z.maxLength(max),
      lines === 'one'
        ? z.regex(noControlCharacter, ruleMessages.controlCharacterInLine)
        : z.regex(noControlCharacterButTabsAndLineBreaks, ruleMessages.controlCharacter),
      z.regex(noDirectionOverride, ruleMessages.directionCharacters),
    );
}

/** One line of text, such as a title or a name. */
export function textLine(max: number, { min = 0 }: { min?: number } = {}) {
  return text('one', max, min);
}

/** Text that may run over several lines (tabs and line breaks kept), such as a summary or an answer. */
export function textBlock(max: number, { min = 0 }: { min?: number } = {}) {
  return text('many', max, min);
}

/**
 * The Welsh of a record's public texts (docs/decisions/0404): an optional `cy` object with
 * the English fields' names, each optional and under the English field's rules. An empty
 * text counts as absent, and a `cy` with no text in it is left out.
 * @example welshTexts({ title: textLine(200) }).parse({ title: '' }) // undefined
 */
export function welshTexts<S extends Record<string, z.ZodMiniType<string>>>(shape: S) {
  const fields = Object.fromEntries(Object.entries(shape).map(([name, field]) => [name, z.optional(field)]));
  return z.optional(z.object(fields as { [K in keyof S]: z.ZodMiniOptional<S[K]> })).check(
    z.overwrite((texts) => {
      const written = Object.entries(texts ?? {}).filter(([, text]) => typeof text === 'string' && text !== '');
      return written.length > 0 ? (Object.fromEntries(written) as typeof texts) : undefined;
    }),
  );
}

/**
 * The rule that a Welsh text stands beside its English: a record whose English `field` is
 * empty has no Welsh of it, since the English pages show the English (docs/decisions/0404).
 */
export function welshBesideEnglish(...fields: string[]) {
  return z.superRefine(
    (record: Record<string, unknown> & { cy?: Record<string, unknown> | undefined }, ctx) => {
      for (const field of fields) {
        if (record.cy?.[field] !== undefined && !record[field]) {
          ctx.addIssue({
            code: 'custom',
            path: ['cy', field],
            ...ruleIssue('englishBesideWelsh'),
          });
        }
      }
    },
    { when: onceParsed('cy', ...fields) },
  );
}

/** A link to evidence on the web: https only, so no `javascript:` or `data:` link is ever published. */
export const httpsLink = z
  .url({
    protocol: /^https$/,
    hostname: z.regexes.domain,
    message: 'Enter a web address that starts with https://, like https://example.org/minutes',
  })
  .check(z.maxLength(2000), z.regex(noSpaceOrInvisibleCharacter, ruleMessages.addressCharacters));

/**
 * The most people one activity can count (participants, feedback responses): more than
 * any meeting, survey or event a signatory runs, and far inside the numbers the totals of
 * 300 signatories over years can add up exactly.
 */
export const maxPeoplePerActivity = 100_000;

/** A count of people in one activity: a whole number from 0 to 100,000. */
export const peopleCount = z.number().check(z.int(), z.minimum(0), z.maximum(maxPeoplePerActivity));

/**
 * When a rule between fields of an object is asked: as soon as the fields it reads have
 * parsed, whatever else has not, so a record's every error is found in one pass (zod
 * skips a refinement once any field has failed, and a second try would show it only
 * then); never when the value is not an object at all (an issue with no path). A field
 * that parsed but breaks another rule (a `custom` issue) still counts as parsed.
 * @example z.refine(endsAfterItStarts, { path: ['endDate'], message, when: onceParsed('date', 'endDate') })
 */
export function onceParsed(...fields: string[]): (payload: z.core.ParsePayload) => boolean {
  return ({ issues }) =>
    issues.every(
      (issue) =>
        issue.path !== undefined &&
        issue.path.length > 0 &&
        (issue.code === 'custom' || !fields.includes(String(issue.path[0]))),
    );
}

/** A calendar date, `YYYY-MM-DD`. */
export const isoDate = z.iso.date({ message: 'Enter a date as YYYY-MM-DD' });

/** Fields the store adds to every record; never accepted from a client. */
export const storedFields = z.object({
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedBy: z.string(),
  version: z.number().check(z.int(), z.positive()),
});
export type StoredFields = z.infer<typeof storedFields>;

/**
 * What the server keeps on a loop or a challenge about checking its texts before they are
 * public (publication/publication.ts, docs/decisions/0402); never accepted from a client.
 */
export const publicationState = z.object({
  status: z.enum(publicationStatuses),
  since: z.iso
    .datetime()
    .check(z.describe('When the status began: the last change of the texts, or their publication')),
  by: z.optional(z.string().check(z.describe('Who published the texts'))),
  redacted: z.optional(
    z
      .object({ at: z.iso.datetime(), by: z.string(), fields: z.array(z.string()) })
      .check(z.describe('The latest removal of a name: when, by whom and from which texts')),
  ),
});
// The schema says what `Publication` says, no more and no less: this fails to compile if they part.
const _samePublication: [Publication, z.infer<typeof publicationState>] extends [
  z.infer<typeof publicationState>,
  Publication,
]
  ? true
  : never = true;
