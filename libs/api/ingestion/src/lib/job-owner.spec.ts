import { hostname } from 'node:os';
import { isOwnerGone, JobOwner } from './job-owner';

describe('isOwnerGone', () => {
  const now = Date.parse('2026-03-02T12:00:00.000Z');
  const minute = 60_000;

  it('sees a runner of this process as alive until it is released', () => {
    const owner = new JobOwner();
    expect(isOwnerGone(owner.id, null, now, minute)).toBe(false);
    owner.release();
    expect(isOwnerGone(owner.id, null, now, minute)).toBe(true);
  });

  it('checks another process of this host directly, whatever its heartbeat says', () => {
    const fresh = '2026-03-02T11:59:59.000Z';
    expect(isOwnerGone(`${hostname()}:${process.ppid}:abc`, null, now, minute)).toBe(false);
    // Process ids are below 2^22 on Linux: this one cannot exist.
    expect(isOwnerGone(`${hostname()}:99999999:abc`, fresh, now, minute)).toBe(true);
  });

  it.each([
    ['2026-03-02T11:59:30.000Z', false],
    ['2026-03-02T11:58:00.000Z', true],
    [null, true],
  ])('judges a process of another host by its heartbeat %s', (heartbeat, gone) => {
    expect(isOwnerGone('another-host.example:1234:abc', heartbeat, now, minute)).toBe(gone);
  });
});
