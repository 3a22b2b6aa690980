import { createHash } from 'node:crypto';
import { DEFAULT_TRAIN_OPTIONS, TrainOptions } from './train-model';

/** The small fixed run whose checksum the committed model records and a test recomputes. */
export const SUBSET_ROWS = 120;
export const SUBSET_OPTIONS: TrainOptions = { ...DEFAULT_TRAIN_OPTIONS, folds: 3, iterations: 25 };

/** sha256 of the model's JSON with its own `checksum` field left out. */
export function modelChecksum(model: object): string {
  const rest: Record<string, unknown> = { ...model };
  delete rest['checksum'];
  return createHash('sha256').update(JSON.stringify(rest)).digest('hex');
}
