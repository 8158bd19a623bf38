/** The public surface of the domain package. */
export * from './records/vocabulary.ts';
export * from './records/common.ts';
export * from './records/signatory.ts';
export * from './records/activity.ts';
export * from './records/feedback-loop.ts';
export * from './records/assessment.ts';
export * from './records/challenge.ts';
export * from './records/access.ts';
export * from './records/references.ts';
export * from './records/charter.ts';
export * from './records/baseline.ts';
export * from './time/months.ts';
export * from './csv/record-csv.ts';
