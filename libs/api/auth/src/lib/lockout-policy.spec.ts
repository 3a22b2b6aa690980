import { lockedUntil, ThrottleState } from './lockout-policy';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 2, 10, minute));

describe('lockedUntil', () => {
  const locked: ThrottleState = {
    failures: 5,
    windowStartedAt: at(0).toISOString(),
    lockedUntil: '2026-03-02T10:19:00.000Z',
  };

  it('reads a running lock, and none once it has passed', () => {
    expect(lockedUntil(locked, at(18))).toEqual(new Date('2026-03-02T10:19:00.000Z'));
    expect(lockedUntil(locked, at(19))).toBeNull();
  });

  it('reads no lock without state or before the limit', () => {
    expect(lockedUntil(null, at(0))).toBeNull();
    expect(
      lockedUntil(
        {
          failures: 4,
          windowStartedAt: at(0).toISOString(),
          lockedUntil: null,
        },
        at(1),
      ),
    ).toBeNull();
  });
});
