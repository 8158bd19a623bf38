/**
 * The e-mails the Cognito user pool sends, in Welsh and English (docs/decisions/0503):
 * the invitation with a temporary password (`AdminCreateUser`), the code that resets a
 * forgotten password (`ForgotPassword`) and a resent confirmation code. The pool does not
 * know the reader's language, so each message holds both, Welsh first, as the daily
 * alerts do when no language was chosen (Welsh no less favourably than English).
 *
 * Cognito sends the message as HTML and puts the code (`{####}`) and, in an invitation,
 * the account's name (`{username}`) in place of the placeholders it hands the trigger:
 * those go in as they are; everything else from outside (the address, the site's URL) is
 * escaped.
 */
import { temporaryPasswordDays } from '@equal-partners/shared';

/** The messages this module writes, by the trigger source Cognito names them with. */
export const poolEmailSources = [
  'CustomMessage_AdminCreateUser',
  'CustomMessage_ForgotPassword',
  'CustomMessage_ResendCode',
] as const;

export type PoolEmailSource = (typeof poolEmailSources)[number];

export interface PoolEmailInput {
  /** Cognito's placeholder for the code or the temporary password, usually `{####}`. */
  code: string;
  /** Cognito's placeholder for the account's name, usually `{username}`: invitations only. */
  username: string;
  /** The address the message goes to: it is also what people sign in with. */
  email?: string | undefined;
  /** The site's origin, e.g. `https://partners.example.org.uk`: where to sign in. */
  siteUrl?: string | undefined;
}

export interface PoolEmail {
  subject: string;
  /** HTML: paragraphs, the Welsh first. */
  html: string;
}

/** Cognito keeps a forgotten password's code for an hour (not configurable). */
export const resetCodeHours = 1;
/** Cognito keeps a confirmation code for 24 hours (not configurable). */
export const confirmationCodeHours = 24;

type Language = 'cy' | 'en';

interface Wording {
  subject: string;
  paragraphs: string[];
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link to the sign-in page that opens it in `language` (the language switch, docs/decisions/0501). */
function signInLink(siteUrl: string, language: Language): string {
  const origin = siteUrl.replace(/\/+$/, '');
  const href = `${origin}/language/${language}?returnTo=/sign-in`;
  return `<a href="${escapeHtml(href)}">${escapeHtml(`${origin}/sign-in`)}</a>`;
}

function invitation(input: PoolEmailInput, language: Language): Wording {
  const cy = language === 'cy';
  const where = input.siteUrl
    ? cy
      ? `I fewngofnodi, ewch i ${signInLink(input.siteUrl, language)} a rhowch:`
      : `To sign in, go to ${signInLink(input.siteUrl, language)} and enter:`
    : cy
      ? 'I fewngofnodi i Equal Partners, rhowch:'
      : 'To sign in to Equal Partners, enter:';
  const details = [
    ...(input.email ? [`${cy ? 'Cyfeiriad e-bost' : 'E-mail address'}: ${escapeHtml(input.email)}`] : []),
    `${cy ? 'Cyfrinair dros dro' : 'Temporary password'}: <strong>${input.code}</strong>`,
    `${cy ? 'Enw’r cyfrif' : 'Account name'}: ${input.username}`,
  ];
  const days = temporaryPasswordDays;
  return cy
    ? {
        subject: 'Eich cyfrif Equal Partners',
        paragraphs: [
          'Mae gweinyddwr bwrdd y bartneriaeth wedi creu cyfrif Equal Partners i chi.',
          where,
          details.join('<br>'),
          `Mae’r cyfrinair dros dro yn gweithio am ${days} diwrnod. Y tro cyntaf y byddwch yn mewngofnodi, byddwch yn dewis eich cyfrinair eich hun ac yn gosod ap dilysu ar eich ffôn neu’ch cyfrifiadur. Os yw’r cyfrinair wedi dod i ben, gofynnwch i weinyddwr y bwrdd anfon gwahoddiad newydd atoch.`,
          'Os nad oeddech yn disgwyl yr e-bost hwn, gallwch ei anwybyddu.',
        ],
      }
    : {
        subject: 'Your Equal Partners account',
        paragraphs: [
          'An administrator of the partnership board has made you an Equal Partners account.',
          where,
          details.join('<br>'),
          `The temporary password works for ${days} days. The first time you sign in, you choose your own password and set up an authenticator app on your phone or computer. If the password has run out, ask the board’s administrator to send you a new invitation.`,
          'If you were not expecting this e-mail, you can ignore it.',
        ],
      };
}

function passwordReset(input: PoolEmailInput, language: Language): Wording {
  return language === 'cy'
    ? {
        subject: 'Cod i ailosod eich cyfrinair Equal Partners',
        paragraphs: [
          'Gofynnwyd i ni ailosod cyfrinair eich cyfrif Equal Partners.',
          `Eich cod yw: <strong>${input.code}</strong>`,
          `Rhowch y cod ar y dudalen “Ailosod eich cyfrinair”, gyda’ch cyfrinair newydd. Mae’r cod yn gweithio am ${resetCodeHours} awr.`,
          'Os na wnaethoch chi ofyn am hyn, anwybyddwch yr e-bost hwn: bydd eich cyfrinair yn aros yr un fath.',
        ],
      }
    : {
        subject: 'Code to reset your Equal Partners password',
        paragraphs: [
          'We were asked to reset the password of your Equal Partners account.',
          `Your code is: <strong>${input.code}</strong>`,
          `Enter the code on the “Reset your password” page, with your new password. The code works for ${resetCodeHours} hour.`,
          'If you did not ask for this, ignore this e-mail: your password stays as it is.',
        ],
      };
}

function resentCode(input: PoolEmailInput, language: Language): Wording {
  return language === 'cy'
    ? {
        subject: 'Eich cod cadarnhau Equal Partners',
        paragraphs: [
          'Dyma’r cod y gofynnwyd amdano i gadarnhau cyfeiriad e-bost eich cyfrif Equal Partners:',
          `<strong>${input.code}</strong>`,
          `Mae’r cod yn gweithio am ${confirmationCodeHours} awr.`,
          'Os na wnaethoch chi ofyn amdano, anwybyddwch yr e-bost hwn.',
        ],
      }
    : {
        subject: 'Your Equal Partners confirmation code',
        paragraphs: [
          'Here is the code you asked for to confirm the e-mail address of your Equal Partners account:',
          `<strong>${input.code}</strong>`,
          `The code works for ${confirmationCodeHours} hours.`,
          'If you did not ask for it, ignore this e-mail.',
        ],
      };
}

const wordings: Record<PoolEmailSource, (input: PoolEmailInput, language: Language) => Wording> = {
  CustomMessage_AdminCreateUser: invitation,
  CustomMessage_ForgotPassword: passwordReset,
  CustomMessage_ResendCode: resentCode,
};

export const isPoolEmailSource = (source: string): source is PoolEmailSource =>
  (poolEmailSources as readonly string[]).includes(source);

const section = (wording: Wording, language: Language) =>
  `<div lang="${language}">${wording.paragraphs.map((p) => `<p>${p}</p>`).join('')}</div>`;

/** The message for `source`, in Welsh then English, with a line telling English readers to read on. */
export function poolEmail(source: PoolEmailSource, input: PoolEmailInput): PoolEmail {
  const cy = wordings[source](input, 'cy');
  const en = wordings[source](input, 'en');
  return {
    subject: `${cy.subject} / ${en.subject}`,
    html: ['<p lang="en">Scroll down for English.</p>', section(cy, 'cy'), '<hr>', section(en, 'en')].join(''),
  };
}
