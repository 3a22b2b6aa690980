import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';

/** Owners whose runner is alive in this process (several API instances can share a process in tests). */
const liveOwners = new Set<string>();

/** A job holder that another process can check: `host:pid:instance`. */
export class JobOwner {
  readonly id = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor() {
    liveOwners.add(this.id);
  }

  release(): void {
    liveOwners.delete(this.id);
  }
}

/**
 * Whether a job's holder is gone, so its job may be taken over: on this host the process is checked directly
 * (a `kill -9` is noticed at once); on another host, only a heartbeat older than `staleAfterMs` tells.
 */
export function isOwnerGone(owner: string, heartbeatAt: string | null, nowMs: number, staleAfterMs: number): boolean {
  const [host, pidText] = owner.split(':');
  const pid = Number(pidText);
  if (host === hostname() && Number.isInteger(pid) && pid > 0) {
    return pid === process.pid ? !liveOwners.has(owner) : !processExists(pid);
  }
  return heartbeatAt === null || nowMs - Date.parse(heartbeatAt) > staleAfterMs;
}

/** Whether a process with this id runs on this machine (signal 0 only asks). */
export function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
