import { describeLanguageCases } from '../language-cases.test-helpers';

describeLanguageCases('pt', [
  {
    text: 'Olá João, muito obrigado pelo contato. Tenha um ótimo dia!',
    fires: [
      ['courtesy.greeting', 'Olá'],
      ['courtesy.first-name', 'João'],
      ['courtesy.thanks', 'muito obrigado'],
      ['courtesy.closing', 'Tenha um ótimo dia'],
    ],
    rude: false,
  },
  {
    text: 'Desculpe a demora, entendo sua frustração. Poderia me enviar a fatura, por favor?',
    fires: [
      ['courtesy.apology', 'Desculpe'],
      ['courtesy.empathy', 'entendo sua frustração'],
      ['courtesy.hedge', 'Poderia'],
      ['courtesy.please', 'por favor'],
    ],
  },
  {
    text: 'Aguarde.',
    fires: [['courtesy.bare-imperative', 'Aguarde']],
    rude: true,
    givenLanguage: true,
  },
  {
    text: 'Como eu já disse, a culpa é sua. Não é problema meu.',
    fires: [
      ['courtesy.blame', 'Como eu já disse'],
      ['courtesy.blame', 'a culpa é sua'],
      ['courtesy.dismissive', 'Não é problema meu'],
    ],
    rude: true,
  },
  {
    text: 'que porra de atendimento, bando de incompetentes',
    fires: [
      ['courtesy.profanity', 'porra'],
      ['courtesy.insult', 'incompetentes'],
    ],
    rude: true,
  },
  {
    text: 'Não entendi o que você quis dizer',
    fires: [['comprehension.clarification-request', 'Não entendi']],
  },
  {
    text: 'Quero falar com um supervisor',
    fires: [['comprehension.asks-for-other-agent', 'falar com um supervisor']],
  },
  {
    text: 'O senhor poderia confirmar o endereço?',
    fires: [['courtesy.register-formal', 'O senhor']],
    formality: 'formal',
  },
  {
    text: 'Você pode confirmar o endereço?',
    fires: [['courtesy.register-informal', 'Você']],
    formality: 'informal',
  },
  // Noise: missing accents and cedillas, abbreviations, emoji.
  {
    text: 'nao entendi nada, pode explicar de novo? 🤔',
    fires: [
      ['comprehension.clarification-request', 'nao entendi'],
      ['comprehension.clarification-request', 'pode explicar'],
    ],
  },
  {
    text: 'obg pela ajuda, vlw',
    fires: [['courtesy.thanks', 'obg']],
    givenLanguage: true,
  },
  {
    text: 'desculpe a demora, ja verifiquei seu pedido',
    fires: [['courtesy.apology', 'desculpe']],
  },
]);
