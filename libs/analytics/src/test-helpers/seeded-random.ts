// The generator is library code (seeded bootstraps use it); tests import it from here as before.
export { seededRandom } from '../lib/random/seeded-random';
export type { SeededRandom } from '../lib/random/seeded-random';
