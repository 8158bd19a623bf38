/** The population a partnership serves, for one year: the yardstick that reach and inclusion are measured against. */
import * as z from 'zod';
import type { storedFields } from './common.ts';
import { slug } from './common.ts';

export const populationBaselineInput = z.object({
  year: z.number().int().min(2000).max(2100),
  source: z.string().trim().min(1).max(300),
  /** Size of each audience in the area, e.g. `{ children: 48000 }`. */
  population: z.object({
    children: z.number().int().min(0),
    'young-people': z.number().int().min(0),
    'parents-carers': z.number().int().min(0),
  }),
  /** Each group's share of the population served, 0..1. */
  groupShares: z.record(slug, z.number().min(0).max(1)),
});
export type PopulationBaselineInput = z.input<typeof populationBaselineInput>;
export type PopulationBaseline = z.infer<typeof populationBaselineInput> & z.infer<typeof storedFields>;
