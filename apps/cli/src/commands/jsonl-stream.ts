import { createInterface } from 'node:readline';
import { Readable, Writable } from 'node:stream';

const FLUSH_EVERY_LINES = 256;

/** Maps each non-blank input line to one output line, in order, honouring back-pressure on the output. */
export async function mapLines(
  input: Readable,
  output: Writable,
  map: (line: string) => string,
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let buffer: string[] = [];
  let count = 0;
  const flush = async (): Promise<void> => {
    if (buffer.length === 0) {
      return;
    }
    const chunk = buffer.join('\n') + '\n';
    buffer = [];
    if (!output.write(chunk)) {
      await new Promise<void>((resolve) =>
        output.once('drain', () => resolve()),
      );
    }
  };
  for await (const line of lines) {
    if (line.trim() === '') {
      continue;
    }
    buffer.push(map(line));
    count++;
    if (buffer.length >= FLUSH_EVERY_LINES) {
      await flush();
    }
  }
  await flush();
  return count;
}
