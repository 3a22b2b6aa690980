import { analytics } from './analytics';

describe('analytics', () => {
  it('should work', () => {
    expect(analytics()).toEqual('analytics');
  });
});
