const nxPreset = require('@nx/jest/preset').default;

// Component and integration tests share two cores with builds in CI; a generous timeout keeps slow machines from
// failing tests that are correct, while a hung test still fails.
module.exports = { ...nxPreset, testTimeout: 60_000 };
