import { InProcessJobQueue } from './in-process-job-queue';

describe('InProcessJobQueue', () => {
  it('retries a failing job, tells the handler its last attempt, and runs jobs one at a time in order', async () => {
    const queue = new InProcessJobQueue(1);
    const seen: string[] = [];
    queue.handle<{ n: number }>('count', async ({ n }, { attempt, lastAttempt }) => {
      seen.push(`${n}:${attempt}${lastAttempt ? ' last' : ''}`);
      if (n === 1 && attempt < 3) {
        throw new Error('transient');
      }
    });
    await queue.add('count', { n: 1 }, { attempts: 3 });
    await queue.add('count', { n: 2 }, { attempts: 3 });
    await queue.idle();
    expect(seen).toEqual(['1:1', '1:2', '1:3 last', '2:1']);
  });

  it('queues a job id only once while it waits or runs', async () => {
    const queue = new InProcessJobQueue(1);
    let runs = 0;
    queue.handle('once', async () => {
      runs++;
    });
    await queue.add('once', {}, { jobId: 'import-1' });
    await queue.add('once', {}, { jobId: 'import-1' });
    await queue.idle();
    await queue.add('once', {}, { jobId: 'import-1' });
    await queue.idle();
    expect(runs).toBe(2);
  });
});
