/** The Equal Partners stack: one construct per concern, wired together here. */
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { Data } from './constructs/data.ts';

export interface EqualPartnersStackProps extends StackProps {
  stage: string;
}

export class EqualPartnersStack extends Stack {
  readonly data: Data;

  constructor(scope: Construct, id: string, props: EqualPartnersStackProps) {
    super(scope, id, props);
    this.data = new Data(this, 'Data', { production: props.stage === 'prod' });
  }
}
