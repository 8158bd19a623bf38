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
