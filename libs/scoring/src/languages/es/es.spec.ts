import { describeLanguageCases } from '../language-cases.test-helpers';

describeLanguageCases('es', [
  {
    text: 'Hola Lucía, muchas gracias por escribirnos. ¡Que tenga un buen día!',
    fires: [
      ['courtesy.greeting', 'Hola'],
      ['courtesy.first-name', 'Lucía'],
      ['courtesy.thanks', 'muchas gracias'],
      ['courtesy.closing', 'Que tenga un buen día'],
    ],
    rude: false,
  },
  {
    text: 'Disculpe la espera, entiendo su frustración. ¿Podría enviarme la factura, por favor?',
    fires: [
      ['courtesy.apology', 'Disculpe'],
      ['courtesy.empathy', 'entiendo su frustración'],
      ['courtesy.hedge', 'Podría'],
      ['courtesy.please', 'por favor'],
    ],
    formality: 'formal',
  },
  {
    text: 'Espere.',
    fires: [['courtesy.bare-imperative', 'Espere']],
    rude: true,
    givenLanguage: true,
  },
  {
    text: 'Como ya le dije, es su culpa. No es mi problema.',
    fires: [
      ['courtesy.blame', 'Como ya le dije'],
      ['courtesy.blame', 'es su culpa'],
      ['courtesy.dismissive', 'No es mi problema'],
    ],
    rude: true,
  },
  {
    text: 'sois unos inútiles de mierda',
    fires: [
      ['courtesy.profanity', 'mierda'],
      ['courtesy.insult', 'inútiles'],
    ],
    rude: true,
  },
  {
    text: 'No entiendo lo que me dice',
    fires: [['comprehension.clarification-request', 'No entiendo']],
    notFires: ['courtesy.empathy'],
  },
  {
    text: 'No tiene sentido que me cobren dos veces.',
    notFires: ['comprehension.clarification-request'],
    givenLanguage: true,
  },
  {
    text: '¿Podría explicarme la diferencia entre los dos planes?',
    notFires: ['comprehension.clarification-request'],
    givenLanguage: true,
  },
  {
    text: '¿Puede repetir la última parte?',
    fires: [['comprehension.clarification-request', 'Puede repetir']],
    givenLanguage: true,
  },
  {
    text: 'No entiendo lo que me pide.',
    fires: [['comprehension.clarification-request', 'No entiendo']],
    givenLanguage: true,
  },
  {
    text: 'Quiero hablar con un supervisor',
    fires: [['comprehension.asks-for-other-agent', 'hablar con un supervisor']],
  },
  {
    text: '¿Tú puedes ayudarme con tu cuenta?',
    fires: [['courtesy.register-informal', 'Tú']],
    formality: 'informal',
  },
  {
    text: '¿Usted puede enviarme el número de pedido?',
    fires: [['courtesy.register-formal', 'Usted']],
    formality: 'formal',
  },
  // Noise: missing accents and ñ, glued words, emoji, typos.
  {
    text: 'disculpe la demora, no entendi bien su pregunta 😕',
    fires: [
      ['courtesy.apology', 'disculpe'],
      ['comprehension.clarification-request', 'no entendi'],
    ],
  },
  {
    text: 'porfavor ayudeme con el pedido',
    fires: [['courtesy.please', 'porfavor']],
  },
  {
    text: 'muchas grascias por la ayuda',
    fires: [['courtesy.thanks', 'grascias']],
    givenLanguage: true,
  },
]);
