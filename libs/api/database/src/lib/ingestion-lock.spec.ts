import { IngestionLock } from './ingestion-lock';

describe('IngestionLock', () => {
  it('runs work one at a time in call order, even after a failure', async () => {
    const lock = new IngestionLock();
    const events: string[] = [];
    let release: () => void = () => undefined;
    const first = lock.run(async () => {
      events.push('first start');
      await new Promise<void>((resolve) => (release = resolve));
      events.push('first end');
      throw new Error('first failed');
    });
    const second = lock.run(async () => {
      events.push('second');
      return 2;
    });
    await Promise.resolve();
    expect(events).toEqual(['first start']);
    release();
    await expect(first).rejects.toThrow('first failed');
    await expect(second).resolves.toBe(2);
    expect(events).toEqual(['first start', 'first end', 'second']);
  });
});
