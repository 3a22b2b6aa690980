import type { ConversationRescorer, RescoreOptions } from './conversation-rescorer';
import { ScoringWorker } from './scoring-worker';

/** A rescorer whose passes end when the test says so. */
function fakeRescorer() {
  const passes: Array<{ options: RescoreOptions; finish: () => void }> = [];
  const rescorer = {
    rescore: (options: RescoreOptions) =>
      new Promise((resolve) => passes.push({ options, finish: () => resolve({ rescored: 0, scored: 0, unsupported: 0, failed: 0 }) })),
  } as unknown as ConversationRescorer;
  return { rescorer, passes };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('ScoringWorker', () => {
  it('scores pending conversations, coalescing kicks during a pass into one more pass', async () => {
    const { rescorer, passes } = fakeRescorer();
    const worker = new ScoringWorker(rescorer);
    worker.kick();
    worker.kick();
    worker.kick();
    expect(passes).toHaveLength(1);
    expect(passes[0]?.options.scope).toBe('pending');
    passes[0]?.finish();
    await tick();
    expect(passes).toHaveLength(2);
    passes[1]?.finish();
    await worker.idle();
    expect(passes).toHaveLength(2);
  });

  it('holds kicks while paused and runs once resumed', async () => {
    const { rescorer, passes } = fakeRescorer();
    const worker = new ScoringWorker(rescorer);
    worker.pause();
    worker.kick();
    expect(passes).toHaveLength(0);
    worker.resume();
    expect(passes).toHaveLength(1);
    passes[0]?.finish();
    await worker.idle();
  });

  it('stops on shutdown and ignores later kicks', async () => {
    const { rescorer, passes } = fakeRescorer();
    const worker = new ScoringWorker(rescorer);
    worker.kick();
    const stopped = worker.onModuleDestroy();
    expect(passes[0]?.options.signal?.aborted).toBe(true);
    passes[0]?.finish();
    await stopped;
    worker.kick();
    expect(passes).toHaveLength(1);
  });
});
