import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TempFileIdStore } from './temp-file-id-store';

describe('TempFileIdStore', () => {
  let parent: string;

  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'rapport-id-store-'));
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  it('reads back any words of the runs appended, and leaves nothing behind once closed', () => {
    const store = new TempFileIdStore(parent);
    expect(readdirSync(parent)).toEqual([]);
    const first = Uint32Array.from({ length: 3000 }, (_, i) => i * 7);
    const second = Uint32Array.from({ length: 5 }, (_, i) => 0xffffffff - i);
    expect([store.append(first), store.append(second)]).toEqual([0, 3000]);
    expect(readdirSync(parent)).toHaveLength(1);

    const block = new Uint32Array(4);
    store.read(1500, block);
    expect([...block]).toEqual([10_500, 10_507, 10_514, 10_521]);
    store.read(3001, block);
    expect([...block]).toEqual([0xfffffffe, 0xfffffffd, 0xfffffffc, 0xfffffffb]);
    expect(() => store.read(3004, block)).toThrow(/past the end/);

    store.close();
    expect(readdirSync(parent)).toEqual([]);
  });

  it('removes the folder a killed process left behind, and keeps those of live processes', () => {
    // A process that has exited: its pid is free (unless reused at once, when its folder is simply kept).
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    mkdirSync(join(parent, `rapport-import-ids-${gone}-abc123`));
    mkdirSync(join(parent, `rapport-import-ids-${process.pid}-def456`));
    const store = new TempFileIdStore(parent);
    expect(readdirSync(parent)).toHaveLength(2);
    store.append(Uint32Array.of(1, 2, 3));
    const left = readdirSync(parent);
    expect(left).toContain(`rapport-import-ids-${process.pid}-def456`);
    expect(left).not.toContain(`rapport-import-ids-${gone}-abc123`);
    expect(left).toHaveLength(2);
    store.close();
  });
});
