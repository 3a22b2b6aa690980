/**
 * Fits every head of the scorer model from ../shared/dev-data with fixed-seed cross-validation and writes the
 * model (src/lib/model/scorer-model.json) and the cross-validated report (src/lib/model/training-report.json).
 * Run: npm run train:scoring   (RAPPORT_DEV_DATA overrides the data folder)
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { devDataDir, repositoryRoot } from '../validation/public-data';
import { loadDatasets } from './corpus';
import { modelChecksum, SUBSET_OPTIONS, SUBSET_ROWS } from './reproducibility';
import { DEFAULT_TRAIN_OPTIONS, trainModel } from './train-model';

const MODEL_DIR = join(repositoryRoot(process.cwd()), 'libs', 'scoring', 'src', 'lib', 'model');

function main(): void {
  const dir = devDataDir();
  const started = Date.now();
  const subset = trainModel(loadDatasets(dir, SUBSET_ROWS), SUBSET_OPTIONS);
  const { model, figures } = trainModel(loadDatasets(dir), DEFAULT_TRAIN_OPTIONS);
  const withSubset = {
    ...model,
    reproducibility: {
      subsetRows: SUBSET_ROWS,
      iterations: SUBSET_OPTIONS.iterations,
      folds: SUBSET_OPTIONS.folds,
      checksum: modelChecksum(subset.model),
    },
  };
  const file = { ...withSubset, checksum: modelChecksum(withSubset) };
  writeFileSync(join(MODEL_DIR, 'scorer-model.json'), `${JSON.stringify(file, null, 1)}\n`);
  const report = { scorerVersion: model.version, options: DEFAULT_TRAIN_OPTIONS, figures };
  writeFileSync(join(MODEL_DIR, 'training-report.json'), `${JSON.stringify(report, null, 1)}\n`);
  process.stdout.write(
    `${JSON.stringify({ seconds: (Date.now() - started) / 1000, checksum: file.checksum, figures }, null, 1)}\n`,
  );
}

main();
