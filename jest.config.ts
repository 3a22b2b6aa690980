import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  // Global in multi-project runs (project configs cannot set it there); see jest.preset.js.
  testTimeout: 60_000,
});
