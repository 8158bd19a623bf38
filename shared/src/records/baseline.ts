/** The population a partnership serves, for one year: the yardstick that reach and inclusion are measured against. */
import * as z from 'zod/mini';
import type { storedFields } from './common.ts';
import { slug } from './common.ts';

export const populationBaselineInput = z.object({
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  source: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)),
  /** Size of each audience in the area, e.g. `{ children: 48000 }`. */
  population: z.object({
    children: z.number().check(z.int(), z.minimum(0)),
    'young-people': z.number().check(z.int(), z.minimum(0)),
    'parents-carers': z.number().check(z.int(), z.minimum(0)),
  }),
  /** Each group's share of the population served, 0..1. */
  groupShares: z.record(slug, z.number().check(z.minimum(0), z.maximum(1))),
});
export type PopulationBaselineInput = z.input<typeof populationBaselineInput>;
export type PopulationBaseline = z.infer<typeof populationBaselineInput> & z.infer<typeof storedFields>;
