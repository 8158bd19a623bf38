/** Runtime configuration, read from the environment once at the edge and passed down as a plain object. */

export interface StoreConfig {
  tableName: string;
  region: string;
  /** A DynamoDB-compatible endpoint (dynalite, DynamoDB Local); unset means AWS's own. */
  endpoint?: string | undefined;
}

export interface AppConfig {
  store: StoreConfig;
  version: string;
}

/** The product version reported by `/api/health`. */
export const version = '0.1.0';

export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  return {
    tableName: env.TABLE_NAME ?? 'equal-partners',
    region: env.AWS_REGION ?? 'eu-west-2',
    endpoint: env.DYNAMODB_ENDPOINT || undefined,
  };
}

export function appConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return { store: storeConfigFromEnv(env), version };
}
