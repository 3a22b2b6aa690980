import { LoggerService } from '@nestjs/common';

type Level = 'error' | 'warn' | 'log' | 'debug' | 'verbose';
const LEVEL_ORDER: Level[] = ['error', 'warn', 'log', 'debug', 'verbose'];

/** Structured logs: one JSON object per line on stdout, so they can be shipped and queried as-is. */
export class JsonLogger implements LoggerService {
  private readonly maxLevel: number;

  constructor(level: Level = 'log', private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n')) {
    this.maxLevel = LEVEL_ORDER.indexOf(level);
  }

  log(message: unknown, ...rest: unknown[]): void {
    this.emit('log', message, rest);
  }
  error(message: unknown, ...rest: unknown[]): void {
    this.emit('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]): void {
    this.emit('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]): void {
    this.emit('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]): void {
    this.emit('verbose', message, rest);
  }

  private emit(level: Level, message: unknown, rest: unknown[]): void {
    if (LEVEL_ORDER.indexOf(level) > this.maxLevel) {
      return;
    }
    // Nest passes the context as the last string argument and, for errors, a stack before it.
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
    const entry: Record<string, unknown> = { time: new Date().toISOString(), level, context };
    if (message instanceof Error) {
      entry['msg'] = message.message;
      entry['stack'] = message.stack;
    } else if (typeof message === 'object' && message !== null) {
      Object.assign(entry, message);
    } else {
      entry['msg'] = String(message);
    }
    if (stack) {
      entry['stack'] = stack;
    }
    this.write(JSON.stringify(entry));
  }
}
