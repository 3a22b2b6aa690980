/**
 * Parsing throughput of the import formats on generated data (no I/O, no database).
 * Prints one JSON object. Run: node -r @swc-node/register bench/ingest-formats.bench.ts
 */
import type { ParseStream } from '@rapport/ingest-formats';
import { parseMessageCsv, parseNativeJsonl, parseTwcs, parseZendeskTickets } from '@rapport/ingest-formats';

const CONVERSATIONS = Number(process.env['BENCH_CONVERSATIONS'] ?? 20_000);
const MESSAGES_PER_CONVERSATION = 10;
const CHUNK_BYTES = 64 * 1024;
const RUNS = 3;

const TEXTS = [
  "Hi, my order hasn't arrived yet and the tracking page shows no update since Monday.",
  'Hello! Sorry about that. Let me check the status of your order right away, one moment please.',
  'Ok thanks, it was supposed to arrive yesterday 😟',
  'I can see the parcel is held at the local depot; it will be delivered tomorrow before noon.',
  'Gracias por la ayuda, ¿me pueden avisar cuando salga?',
  'Of course. Is there anything else I can help you with today?',
];

function isoAt(conversation: number, message: number): string {
  return new Date(Date.UTC(2024, 0, 1) + conversation * 3_600_000 + message * 60_000).toISOString();
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function messageCsv(): string {
  const lines = ['conversation_id,vendor,channel,language,timestamp,author_role,agent_id,text'];
  for (let c = 0; c < CONVERSATIONS; c++) {
    for (let m = 0; m < MESSAGES_PER_CONVERSATION; m++) {
      const agent = m % 2 === 1;
      const text = TEXTS[(c + m) % TEXTS.length] ?? '';
      lines.push(`c-${c},acme-ph,chat,en,${isoAt(c, m)},${agent ? 'agent' : 'customer'},${agent ? 'a-7' : ''},${quoted(text)}`);
    }
  }
  return lines.join('\r\n') + '\r\n';
}

function nativeJsonl(): string {
  const lines: string[] = [];
  for (let c = 0; c < CONVERSATIONS; c++) {
    const messages = [];
    for (let m = 0; m < MESSAGES_PER_CONVERSATION; m++) {
      messages.push({ role: m % 2 === 1 ? 'agent' : 'customer', at: isoAt(c, m), text: TEXTS[(c + m) % TEXTS.length] ?? '' });
    }
    lines.push(JSON.stringify({ externalId: `c-${c}`, vendor: 'acme-ph', channel: 'chat', createdAt: isoAt(c, 0), messages }));
  }
  return lines.join('\n') + '\n';
}

/** Threads of 4 tweets written newest first, as in the public dataset. */
function twcsCsv(): string {
  const lines = ['tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id'];
  const threads = (CONVERSATIONS * MESSAGES_PER_CONVERSATION) / 4;
  for (let t = 0; t < threads; t++) {
    const base = t * 4 + 1;
    const when = (k: number): string => {
      const d = new Date(Date.UTC(2017, 9, 1) + t * 600_000 + k * 60_000);
      const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][d.getUTCDay()];
      const month = d.toUTCString().slice(8, 11);
      return `${day} ${month} ${String(d.getUTCDate()).padStart(2, '0')} ${d.toISOString().slice(11, 19)} +0000 ${d.getUTCFullYear()}`;
    };
    lines.push(`${base},AcmeSupport,False,${when(3)},${quoted(`@${900 + t} ${TEXTS[3]}`)},,${base + 1}`);
    lines.push(`${base + 1},${900 + t},True,${when(2)},${quoted(`@AcmeSupport ${TEXTS[2]}`)},${base},${base + 2}`);
    lines.push(`${base + 2},AcmeSupport,False,${when(1)},${quoted(`@${900 + t} ${TEXTS[1]}`)},${base + 1},${base + 3}`);
    lines.push(`${base + 3},${900 + t},True,${when(0)},${quoted(`@AcmeSupport ${TEXTS[0]}`)},${base + 2},`);
  }
  return lines.join('\n') + '\n';
}

function zendeskJson(): string {
  const tickets: string[] = [];
  for (let c = 0; c < CONVERSATIONS; c++) {
    const comments = [];
    for (let m = 0; m < MESSAGES_PER_CONVERSATION; m++) {
      comments.push({ author_id: m % 2 === 1 ? 7001 : 9000 + c, public: true, plain_body: TEXTS[(c + m) % TEXTS.length], created_at: isoAt(c, m) });
    }
    const ticket = {
      id: c + 1,
      created_at: isoAt(c, 0),
      updated_at: isoAt(c, 20),
      status: 'solved',
      via: { channel: 'email' },
      group_id: 360001,
      requester_id: 9000 + c,
      assignee_id: 7001,
      tags: ['billing'],
      comments,
      satisfaction_rating: { score: 'good', comment: 'thanks', updated_at: isoAt(c, 30) },
    };
    tickets.push(JSON.stringify(ticket, null, 2));
  }
  return `{"tickets": [\n${tickets.join(',\n')}\n], "count": ${CONVERSATIONS}}\n`;
}

function* chunks(bytes: Uint8Array): Generator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += CHUNK_BYTES) {
    yield bytes.subarray(i, i + CHUNK_BYTES);
  }
}

async function measure<T>(
  name: string,
  text: string,
  rows: number,
  parse: (source: Iterable<Uint8Array>) => ParseStream<T>,
): Promise<Record<string, number | string>> {
  const bytes = new TextEncoder().encode(text);
  let best = Infinity;
  let bestCpu = Infinity;
  let records = 0;
  let failures = 0;
  for (let run = 0; run < RUNS; run++) {
    records = 0;
    failures = 0;
    const started = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    for await (const record of parse(chunks(bytes))) {
      records++;
      if (record.kind === 'error') {
        failures++;
      }
    }
    const used = process.cpuUsage(cpu);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e9);
    bestCpu = Math.min(bestCpu, (used.user + used.system) / 1e6);
  }
  // CPU time is reported beside wall time because a shared machine stretches wall time; GC threads make it a bit higher.
  return {
    format: name,
    rows,
    records,
    errors: failures,
    megabytes: round(bytes.length / 1e6),
    seconds: round(best),
    cpuSeconds: round(bestCpu),
    rowsPerSecond: Math.round(rows / best),
    rowsPerCpuSecond: Math.round(rows / bestCpu),
    megabytesPerSecond: round(bytes.length / 1e6 / best),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

async function main(): Promise<void> {
  const messages = CONVERSATIONS * MESSAGES_PER_CONVERSATION;
  const csv = messageCsv();
  const results = [
    await measure('message-csv (rows = messages)', csv, messages, (s) => parseMessageCsv(s)),
    await measure('message-csv with PII redaction', csv, messages, (s) => parseMessageCsv(s, { redactPii: true })),
    await measure('native-jsonl (rows = conversations)', nativeJsonl(), CONVERSATIONS, (s) => parseNativeJsonl(s)),
    await measure('twcs (rows = tweets)', twcsCsv(), messages, (s) => parseTwcs(s)),
    await measure('zendesk json (rows = tickets)', zendeskJson(), CONVERSATIONS, (s) =>
      parseZendeskTickets(s, { defaultVendor: 'acme-ph' }),
    ),
  ];
  process.stdout.write(
    JSON.stringify({ benchmark: 'ingest-formats', node: process.version, chunkBytes: CHUNK_BYTES, runs: RUNS, results }, null, 2) + '\n',
  );
}

void main();
