/**
 * The rules a password of the Cognito user pool must follow (docs/decisions/0204): the
 * stack sets them on the pool, and the sign-in pages show them to people choosing a
 * password, so the two cannot drift apart.
 */
export const passwordPolicy = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
} as const;

/**
 * How long the temporary password in an invitation works, in days: the stack sets it on
 * the pool, and the invitation e-mail tells people, so the two cannot drift apart.
 */
export const temporaryPasswordDays = 3;
