import type { PhraseBook } from './demo-phrases';

/**
 * What a demo conversation is about, so that the agent's answer fits the customer's question: each opening of a
 * phrase book (order not arrived, double charge, router, log-in) has its answer. The phrase books predate this and
 * had no answer for the router; it is kept here so that the phrase books stay as they are.
 */
export const DEMO_TOPICS = ['order', 'charge', 'router', 'login'] as const;
export type DemoTopic = (typeof DEMO_TOPICS)[number];

const ROUTER_ANSWERS: Record<string, string> = {
  en: 'I have reset your line from our side and updated the router remotely; it should stay connected now. Please tell me if it drops again tonight.',
  es: 'He reiniciado su línea desde nuestro lado y actualizado el router a distancia; ahora debería mantenerse conectado. Avíseme si se vuelve a desconectar esta noche.',
  pt: 'Reiniciei a sua linha do nosso lado e atualizei o router remotamente; agora deve manter a ligação. Avise-me se voltar a desligar esta noite.',
  fr: "J'ai réinitialisé votre ligne de notre côté et mis à jour le routeur à distance ; il devrait rester connecté. Dites-moi s'il se déconnecte encore ce soir.",
  de: 'Ich habe Ihre Leitung von unserer Seite zurückgesetzt und den Router aus der Ferne aktualisiert; er sollte jetzt verbunden bleiben. Melden Sie sich bitte, falls er heute Abend wieder trennt.',
  sv: 'Jag har återställt din linje från vårt håll och uppdaterat routern på distans, nu bör den hålla anslutningen. Säg till om den kopplar ner igen i kväll.',
  sl: 'Vašo linijo sem ponastavil z naše strani in usmerjevalnik posodobil na daljavo; zdaj bi moral ostati povezan. Sporočite mi, če se nocoj spet odklopi.',
};

/** Index of each topic's answer in a phrase book's `agentAnswer`; the router's answer comes from ROUTER_ANSWERS. */
const ANSWER_INDEX: Record<DemoTopic, number | null> = { order: 0, charge: 1, router: null, login: 2 };

export function topicAnswer(book: PhraseBook, language: string, topic: DemoTopic): string {
  const index = ANSWER_INDEX[topic];
  return index === null ? (ROUTER_ANSWERS[language] ?? ROUTER_ANSWERS['en'] ?? '') : (book.agentAnswer[index] ?? '');
}

/** Confusion that fits any topic: the second phrase of each book names refund and delivery, so it fits only the order. */
export function topicConfusion(book: PhraseBook, topic: DemoTopic): readonly string[] {
  return topic === 'order' ? book.customerConfused : book.customerConfused.filter((_, index) => index !== 1);
}

/** Curt replies that fit: "contact the courier" (the third of each book) only answers a parcel. */
export function topicCurtness(book: PhraseBook, topic: DemoTopic): readonly string[] {
  return topic === 'order' ? book.agentCurt : book.agentCurt.filter((_, index) => index !== 2);
}
