/** The population a partnership serves, for one year: the yardstick that reach and inclusion are measured against. */
import * as z from 'zod/mini';
import { slug, storedFields, textLine } from './common.ts';

/** People of one audience in the area: up to 20 million, more than any partnership's area holds. */
const population = z.number().check(z.int(), z.minimum(0), z.maximum(20_000_000));

export const populationBaselineInput = z.object({
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  source: textLine(300, { min: 1 }),
  /** Size of each audience in the area, e.g. `{ children: 48000 }`. */
  population: z.object({
    children: population,
    'young-people': population,
    'parents-carers': population,
  }),
  /** Each group's share of the population served, 0..1. */
  groupShares: z.record(slug, z.number().check(z.minimum(0), z.maximum(1))),
});
export type PopulationBaselineInput = z.input<typeof populationBaselineInput>;
export const populationBaseline = z.extend(populationBaselineInput, storedFields.shape);
export type PopulationBaseline = z.infer<typeof populationBaseline>;
