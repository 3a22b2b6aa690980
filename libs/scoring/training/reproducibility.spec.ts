import { MODEL } from '../src/lib/model/model';
import { SCORER_VERSION } from '../src/lib/version';
import { devDataDir } from '../validation/public-data';
import { loadDatasets } from './corpus';
import { modelChecksum, SUBSET_OPTIONS, SUBSET_ROWS } from './reproducibility';
import { trainModel } from './train-model';

/**
 * The committed model must be what `npm run train:scoring` writes from the current code and data. Training is
 * deterministic, so the small fixed run recorded in the model file is recomputed here and must match exactly:
 * a changed lexicon, feature or fitting step without retraining fails this test.
 */
describe('committed scorer model', () => {
  it('belongs to this scorer version', () => {
    expect(MODEL.version).toBe(SCORER_VERSION);
  });

  it('is intact: its checksum matches its content', () => {
    expect(modelChecksum(MODEL)).toBe(MODEL.checksum);
  });

  it('was trained by the current code: a fresh small fixed training run reproduces the recorded checksum', () => {
    expect(MODEL.reproducibility.subsetRows).toBe(SUBSET_ROWS);
    expect(MODEL.reproducibility.iterations).toBe(SUBSET_OPTIONS.iterations);
    const fresh = trainModel(loadDatasets(devDataDir(), SUBSET_ROWS), SUBSET_OPTIONS);
    expect(modelChecksum(fresh.model)).toBe(MODEL.reproducibility.checksum);
  });
});
