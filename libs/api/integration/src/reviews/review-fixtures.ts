import type { Vendor } from '@rapport/api-vendors';
import type { NativeConversation } from '@rapport/contracts';
import { buildConversation, loginAs, postJson, seedVendor, TestApi, TestSession } from '@rapport/api-testing';

export const LANGUAGES = {
  en: [
    'Hello, my order has not arrived yet. Can you help me please?',
    'Hello, thank you for writing to us. I am checking your order right now.',
  ],
  es: [
    'Hola, mi pedido todavía no ha llegado. ¿Pueden ayudarme por favor?',
    'Hola, gracias por escribirnos. Estoy revisando su pedido ahora mismo.',
  ],
  pt: [
    'Olá, a minha encomenda ainda não chegou. Podem ajudar-me, por favor?',
    'Olá, obrigado pelo contacto. Estou a verificar a sua encomenda agora mesmo.',
  ],
} as const;
export const CHANNELS = ['chat', 'email'] as const;
/** Two ISO weeks of March 2026: Mondays the 2nd and the 9th. */
export const DAYS = ['2026-03-03', '2026-03-04', '2026-03-10', '2026-03-11'] as const;

export interface ReviewWorld {
  vendorA: Vendor;
  vendorB: Vendor;
  admin: TestSession;
  lead: TestSession;
  reviewers: [TestSession, TestSession];
  partnerA: TestSession;
  partnerB: TestSession;
  /** Conversations per vendor × language × channel × day: 2 × 3 × 2 × 4 = 48. */
  conversations: number;
}

function conversation(
  vendor: string,
  language: keyof typeof LANGUAGES,
  channel: (typeof CHANNELS)[number],
  day: string,
  index: number,
): NativeConversation {
  const [customer, agent] = LANGUAGES[language];
  return buildConversation({
    vendor,
    source: 'reviews',
    channel,
    language,
    messages: [
      { role: 'customer', at: `${day}T10:00:00.000Z`, text: customer },
      {
        role: 'agent',
        at: `${day}T10:0${index % 9}:00.000Z`,
        text: agent,
        agentId: `agent-${vendor}-${index % 3}`,
      },
    ],
  });
}

/** Two vendors with conversations in three languages, two channels and two weeks; the people of a QA team. */
export async function seedReviewWorld(api: TestApi): Promise<ReviewWorld> {
  const vendorA = await seedVendor(api, {
    name: 'Alpha Support',
    slug: 'alpha-support',
  });
  const vendorB = await seedVendor(api, {
    name: 'Beta Care',
    slug: 'beta-care',
  });
  const admin = await loginAs(api, 'admin');
  const batch: NativeConversation[] = [];
  let index = 0;
  for (const vendor of [vendorA, vendorB]) {
    for (const language of Object.keys(LANGUAGES) as Array<keyof typeof LANGUAGES>) {
      for (const channel of CHANNELS) {
        for (const day of DAYS) {
          batch.push(conversation(vendor.slug, language, channel, day, index++));
        }
      }
    }
  }
  const ingest = await postJson(api, '/api/conversations/batch', batch, admin.headers);
  if (ingest.status !== 200 || ingest.body.counts.created !== batch.length) {
    throw new Error(`seeding failed: ${ingest.status} ${JSON.stringify(ingest.body?.counts)}`);
  }
  return {
    vendorA,
    vendorB,
    admin,
    lead: await loginAs(api, 'qa-lead'),
    reviewers: [await loginAs(api, 'qa-reviewer'), await loginAs(api, 'qa-reviewer')],
    partnerA: await loginAs(api, 'partner', vendorA.id),
    partnerB: await loginAs(api, 'partner', vendorB.id),
    conversations: batch.length,
  };
}

export const SIMPLE_RUBRIC = {
  name: 'Chat quality',
  criteria: [
    {
      key: 'greeting',
      label: 'Greets the customer',
      group: 'courtesy',
      weight: 1,
      scale: '1-5',
    },
    {
      key: 'understood',
      label: 'Understood the request',
      group: 'comprehension',
      weight: 3,
      scale: '1-5',
    },
    {
      key: 'accurate',
      label: 'Information is accurate',
      group: 'accuracy',
      weight: 1,
      scale: 'yes-no',
      critical: true,
    },
    {
      key: 'speed',
      label: 'Answered in time',
      group: 'responsiveness',
      weight: 1,
      scale: '0-100',
      allowNa: true,
    },
  ],
};

/** Every criterion of SIMPLE_RUBRIC rated: (1×75 + 3×100 + 1×100 + 1×40) / 6 = 85.8…, not critically failed. */
export const GOOD_RATINGS = [
  { criterion: 'greeting', value: 4 },
  { criterion: 'understood', value: 5 },
  { criterion: 'accurate', value: 1 },
  { criterion: 'speed', value: 40 },
];
