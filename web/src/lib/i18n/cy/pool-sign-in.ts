/**
 * Welsh (Cymraeg) text of the site's own sign-in pages over the Cognito user pool: the
 * password, choosing a password, setting up an authenticator app (ap dilysu), the app's
 * code and resetting a forgotten password: the twin of en.ts's `poolSignIn.` messages
 * (mewngofnodi, cyfrinair, as the sign-in page's part says).
 */
import type { MessageKey } from '../en.ts';

export const poolSignInCy = {
  'poolSignIn.lead':
    'Mewngofnodwch gyda’r cyfeiriad e-bost y gwahoddodd bwrdd y bartneriaeth, eich cyfrinair a’r cod o’ch ap dilysu.',
  'poolSignIn.email': 'Cyfeiriad e-bost',
  'poolSignIn.password': 'Cyfrinair',
  'poolSignIn.continue': 'Parhau',
  'poolSignIn.forgotLink': 'Rwyf wedi anghofio fy nghyfrinair',
  'poolSignIn.noAccount':
    'Dim ond os yw bwrdd y bartneriaeth wedi’ch gwahodd y gallwch fewngofnodi. Gofynnwch i weinyddwr y bwrdd am gyfrif.',
  'poolSignIn.passwordChanged': 'Mae eich cyfrinair wedi newid. Mewngofnodwch gyda’ch cyfrinair newydd.',
  'poolSignIn.startAgain': 'Mewngofnodi eto',
  'poolSignIn.error.email.missing': 'Rhowch eich cyfeiriad e-bost',
  'poolSignIn.error.password.missing': 'Rhowch eich cyfrinair',
  'poolSignIn.problem.wrong-password':
    'Nid yw’r cyfeiriad e-bost na’r cyfrinair yn gywir. Gwiriwch nhw a rhowch gynnig arall arni.',
  'poolSignIn.problem.wrong-code':
    'Nid yw’r cod yn gywir, neu mae wedi’i ddefnyddio’n barod. Rhowch y cod y mae eich ap dilysu’n ei ddangos nawr.',
  'poolSignIn.problem.expired':
    'Cymerodd eich mewngofnodi ormod o amser, neu fe’i dechreuwyd mewn ffenestr arall. Mewngofnodwch eto.',
  'poolSignIn.problem.password-rules': 'Nid yw’r cyfrinair newydd yn dilyn y rheolau isod. Dewiswch un arall.',
  'poolSignIn.problem.reset-required':
    'Mae angen i chi ddewis cyfrinair newydd cyn y gallwch fewngofnodi. Defnyddiwch “Rwyf wedi anghofio fy nghyfrinair”.',
  'poolSignIn.problem.too-many':
    'Bu gormod o ymdrechion i fewngofnodi o’r fan hon. Arhoswch 15 munud, yna rhowch gynnig arall arni.',
  'poolSignIn.problem.unavailable':
    'Nid yw mewngofnodi’n gweithio ar hyn o bryd. Rhowch gynnig arall arni ymhen ychydig funudau.',
  'poolSignIn.newPassword.title': 'Dewiswch eich cyfrinair',
  'poolSignIn.newPassword.lead':
    'Fe wnaethoch fewngofnodi gyda’r cyfrinair dros dro o’ch gwahoddiad. Dewiswch gyfrinair eich hun.',
  'poolSignIn.newPassword.field': 'Cyfrinair newydd',
  'poolSignIn.newPassword.confirm': 'Teipiwch y cyfrinair newydd eto',
  'poolSignIn.rules.title': 'Rhaid i’ch cyfrinair gynnwys',
  'poolSignIn.rules.length': 'o leiaf {n} nod',
  'poolSignIn.rules.lower': 'llythyren fach',
  'poolSignIn.rules.upper': 'priflythyren',
  'poolSignIn.rules.digit': 'rhif',
  'poolSignIn.rules.symbol': 'symbol, fel ! neu ?',
  'poolSignIn.error.newPassword.missing': 'Rhowch gyfrinair newydd',
  'poolSignIn.error.confirm.mismatch': 'Nid yw’r ddau gyfrinair yr un fath',
  'poolSignIn.setUpApp.title': 'Gosodwch eich ap dilysu',
  'poolSignIn.setUpApp.lead':
    'Mae pob mewngofnodi’n gofyn am god o ap dilysu ar eich ffôn neu’ch cyfrifiadur, fel Microsoft Authenticator neu Google Authenticator.',
  'poolSignIn.setUpApp.scan': 'Sganiwch y cod QR hwn gyda’r ap:',
  'poolSignIn.setUpApp.qrAlt': 'Cod QR ar gyfer eich ap dilysu',
  'poolSignIn.setUpApp.key': 'Neu ychwanegwch gyfrif yn yr ap â llaw, gyda’r allwedd hon:',
  'poolSignIn.setUpApp.code': 'Y cod 6 digid y mae’r ap yn ei ddangos',
  'poolSignIn.code.title': 'Rhowch y cod o’ch ap dilysu',
  'poolSignIn.code.field': 'Cod',
  'poolSignIn.code.hint': 'Y cod 6 digid y mae eich ap dilysu’n ei ddangos ar gyfer Equal Partners',
  'poolSignIn.error.code.missing': 'Rhowch y cod 6 digid',
  'poolSignIn.error.code.format': 'Rhaid i’r cod fod yn 6 digid',
  'poolSignIn.forgot.title': 'Ailosod eich cyfrinair',
  'poolSignIn.forgot.lead':
    'Byddwn yn anfon cod i’ch cyfeiriad e-bost. Bydd ei angen arnoch i ddewis cyfrinair newydd.',
  'poolSignIn.forgot.send': 'Anfon y cod',
  'poolSignIn.forgot.sent':
    'Os oes gan {email} gyfrif, mae cod ar ei ffordd iddo. Gall gymryd ychydig funudau i gyrraedd.',
  'poolSignIn.forgot.code': 'Cod o’r e-bost',
  'poolSignIn.forgot.reset': 'Newid fy nghyfrinair',
  'poolSignIn.forgot.expired': 'Mae’r cod wedi dod i ben. Gofynnwch am un newydd.',
  'poolSignIn.forgot.again': 'Anfon cod arall',
} as const satisfies Partial<Record<MessageKey, string>>;
