import { describeLanguageCases } from '../language-cases.test-helpers';

describeLanguageCases('fr', [
  {
    text: 'Bonjour Julien, merci beaucoup pour votre message. Bonne journée !',
    fires: [
      ['courtesy.greeting', 'Bonjour'],
      ['courtesy.first-name', 'Julien'],
      ['courtesy.thanks', 'merci beaucoup'],
      ['courtesy.closing', 'Bonne journée'],
    ],
    formality: 'formal',
    rude: false,
  },
  {
    text: "Toutes nos excuses pour l'attente, je comprends votre frustration. Pourriez-vous m'envoyer la facture, s'il vous plaît ?",
    fires: [
      ['courtesy.apology', 'Toutes nos excuses'],
      ['courtesy.empathy', 'je comprends votre frustration'],
      ['courtesy.hedge', 'Pourriez-vous'],
      ['courtesy.please', "s'il vous plaît"],
    ],
  },
  {
    text: 'Attendez.',
    fires: [['courtesy.bare-imperative', 'Attendez']],
    rude: true,
    givenLanguage: true,
  },
  {
    text: "Comme je vous l'ai déjà dit, c'est votre faute. Pas mon problème.",
    fires: [
      ['courtesy.blame', "Comme je vous l'ai déjà dit"],
      ['courtesy.blame', "c'est votre faute"],
      ['courtesy.dismissive', 'Pas mon problème'],
    ],
    rude: true,
  },
  {
    text: 'bande de nuls, service de merde',
    fires: [
      ['courtesy.profanity', 'merde'],
      ['courtesy.insult', 'nuls'],
    ],
    rude: true,
  },
  {
    text: 'Je ne comprends pas ce que vous voulez dire',
    fires: [['comprehension.clarification-request', 'Je ne comprends pas']],
    notFires: ['courtesy.empathy'],
  },
  {
    text: 'Je veux parler à un responsable',
    fires: [['comprehension.asks-for-other-agent', 'parler à un responsable']],
  },
  {
    text: 'Tu peux vérifier ton compte ?',
    fires: [
      ['courtesy.register-informal', 'Tu'],
      ['courtesy.register-informal', 'ton'],
    ],
    formality: 'informal',
  },
  // Noise: no accents, no apostrophes, glued words, emoji.
  {
    text: 'je comprends pas ce que vous dites 😤',
    fires: [['comprehension.clarification-request', 'je comprends pas']],
  },
  {
    text: 'merci bcp, bonne journee',
    fires: [
      ['courtesy.thanks', 'merci'],
      ['courtesy.closing', 'bonne journee'],
    ],
  },
  { text: 'pouvez vous verifier svp', fires: [['courtesy.please', 'svp']] },
  // Insults match exactly only: a typo-tolerant « débile » would accuse « débité ».
  {
    text: "J'ai été débité deux fois",
    notFires: ['courtesy.insult'],
    rude: false,
  },
  {
    text: 'silvousplait aidez moi',
    fires: [['courtesy.please', 'silvousplait']],
    givenLanguage: true,
  },
]);
