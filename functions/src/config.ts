/** Runtime configuration, read from the environment once at the edge and passed down as a plain object. */

export interface StoreConfig {
  tableName: string;
  region: string;
  /** A DynamoDB-compatible endpoint (dynalite, DynamoDB Local); unset means AWS's own. */
  endpoint?: string | undefined;
  /** `stream`: the table's stream delivers changes (AWS). `inline`: the writer delivers them itself. */
  changeDelivery?: 'inline' | 'stream';
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
    changeDelivery:
      env.CHANGE_DELIVERY === 'stream' || (!env.CHANGE_DELIVERY && env.AWS_LAMBDA_FUNCTION_NAME) ? 'stream' : 'inline',
  };
}

export function appConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return { store: storeConfigFromEnv(env), version };
}
