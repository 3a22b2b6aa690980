import { createWriteStream, WriteStream } from 'node:fs';
import { once } from 'node:events';
import type { NativeConversation } from '@rapport/contracts';

/** Vendors the generated conversations belong to (created in each benchmark database). */
export const BENCH_VENDORS = ['bench-lisbon', 'bench-manila'];

const TEXTS: Record<string, { customer: string[]; agent: string[] }> = {
  en: {
    customer: [
      "Hi, my order hasn't arrived yet and the tracking page shows no update since Monday.",
      'It was supposed to arrive yesterday, can you check please?',
      'Ok thanks 🙏 will it be delivered tomorrow?',
      'Perfect, thank you for the help!',
    ],
    agent: [
      'Hello! Thank you for contacting us, I am sorry about the delay. Let me check your order right away.',
      'I can see the parcel is held at the local depot; it will be delivered tomorrow before noon.',
      'Yes, tomorrow morning. Is there anything else I can help you with today?',
      'You are welcome! Have a great day.',
    ],
  },
  es: {
    customer: ['Hola, mi pedido no ha llegado todavía.', '¿Me pueden decir cuándo llega?', 'Vale, gracias.', 'Muchas gracias por la ayuda.'],
    agent: [
      'Hola, gracias por escribirnos. Lamento el retraso, reviso su pedido ahora mismo.',
      'Su paquete está en el centro de reparto y llegará mañana por la mañana.',
      '¿Hay algo más en lo que pueda ayudarle?',
      'Con gusto, que tenga un buen día.',
    ],
  },
  pt: {
    customer: ['Olá, a minha encomenda ainda não chegou.', 'Podem verificar, por favor?', 'Está bem, obrigado.', 'Obrigado pela ajuda!'],
    agent: [
      'Olá, obrigado pelo contacto. Peço desculpa pelo atraso, vou verificar a sua encomenda.',
      'A encomenda está no centro de distribuição e será entregue amanhã.',
      'Posso ajudar em mais alguma coisa?',
      'De nada, tenha um bom dia.',
    ],
  },
  de: {
    customer: ['Hallo, meine Bestellung ist noch nicht angekommen.', 'Können Sie das bitte prüfen?', 'Ok, danke.', 'Vielen Dank für die Hilfe!'],
    agent: [
      'Guten Tag, vielen Dank für Ihre Nachricht. Es tut mir leid, ich prüfe Ihre Bestellung sofort.',
      'Ihr Paket liegt im Verteilzentrum und wird morgen zugestellt.',
      'Kann ich Ihnen sonst noch helfen?',
      'Gern geschehen, einen schönen Tag noch.',
    ],
  },
};
const LANGUAGES = Object.keys(TEXTS);

/** Conversation `index` of the benchmark set: deterministic, `messagesPer` messages alternating customer and agent. */
export function benchConversation(index: number, messagesPer: number): NativeConversation {
  const language = LANGUAGES[index % LANGUAGES.length] as string;
  const texts = TEXTS[language] as { customer: string[]; agent: string[] };
  const start = Date.UTC(2025, 0, 1) + index * 97_000;
  const messages = Array.from({ length: messagesPer }, (_, m) => {
    const agent = m % 2 === 1;
    const pool = agent ? texts.agent : texts.customer;
    return {
      role: agent ? ('agent' as const) : ('customer' as const),
      at: new Date(start + m * 45_000).toISOString(),
      text: `${pool[(index + m) % pool.length]}${m >= pool.length * 2 ? ` (${m})` : ''}`,
      ...(agent ? { agentId: `agent-${index % 40}` } : {}),
    };
  });
  return {
    source: 'bench',
    externalId: `conv-${index}`,
    vendor: BENCH_VENDORS[index % BENCH_VENDORS.length] as string,
    channel: index % 5 === 0 ? 'email' : 'chat',
    language,
    createdAt: messages[0]?.at ?? new Date(start).toISOString(),
    closedAt: new Date(start + messagesPer * 45_000 + 60_000).toISOString(),
    tags: ['orders'],
    messages,
  };
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) {
    await once(stream, 'drain');
  }
}

async function close(stream: WriteStream): Promise<void> {
  stream.end();
  await once(stream, 'finish');
}

/** Writes the set as JSON Lines (native shape) and as message-per-row CSV, streaming; returns the message count. */
export async function writeBenchFiles(paths: { jsonl: string; csv: string }, conversations: number, messagesPer: number): Promise<number> {
  const jsonl = createWriteStream(paths.jsonl);
  const csv = createWriteStream(paths.csv);
  await write(csv, 'conversation_id,vendor,channel,language,timestamp,author_role,agent_id,text,tags\r\n');
  let messages = 0;
  for (let index = 0; index < conversations; index++) {
    const conversation = benchConversation(index, messagesPer);
    messages += conversation.messages.length;
    await write(jsonl, `${JSON.stringify(conversation)}\n`);
    let rows = '';
    for (const message of conversation.messages) {
      rows += [
        conversation.externalId, conversation.vendor, conversation.channel, conversation.language ?? '', message.at, message.role,
        message.agentId ?? '', csvCell(message.text), (conversation.tags ?? []).join(';'),
      ].join(',') + '\r\n';
    }
    await write(csv, rows);
  }
  await Promise.all([close(jsonl), close(csv)]);
  return messages;
}
