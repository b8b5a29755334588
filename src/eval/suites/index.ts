import type { Suite } from '../suite.js';
import { geoSuite } from './geo.js';
import { gumSuite } from './gum.js';
import { petrarchSuite } from './petrarch.js';
import { ploverSuite } from './plover.js';
import { plvSuite } from './plv.js';
import { polnearSuite } from './polnear.js';
import { seedSuite } from './seed.js';
import { voaSuite } from './voa.js';

/** Every suite, in the order `dyad eval all` runs them. */
export const SUITES: ReadonlyArray<Suite<unknown>> = [seedSuite, gumSuite, polnearSuite, petrarchSuite, ploverSuite, voaSuite, plvSuite, geoSuite];

/** A suite by its dyad name ("gum") or the shared scorer's name ("gum-dev"). */
export function findSuite(name: string): Suite<unknown> | undefined {
  return SUITES.find((s) => s.name === name || s.scorerName === name);
}
