import { describeLanguageCases } from '../language-cases.test-helpers';

describeLanguageCases('sv', [
  {
    text: 'Hej Emma, tack så mycket för ditt meddelande. Ha en bra dag!',
    fires: [
      ['courtesy.greeting', 'Hej'],
      ['courtesy.first-name', 'Emma'],
      ['courtesy.thanks', 'tack så mycket'],
      ['courtesy.closing', 'Ha en bra dag'],
    ],
    formality: 'informal',
    rude: false,
  },
  {
    text: 'Jag ber om ursäkt för väntan, jag förstår att det är frustrerande. Skulle du kunna skicka fakturan?',
    fires: [
      ['courtesy.apology', 'Jag ber om ursäkt'],
      ['courtesy.empathy', 'jag förstår att'],
      ['courtesy.hedge', 'Skulle du kunna'],
    ],
  },
  {
    text: 'Vänta.',
    fires: [['courtesy.bare-imperative', 'Vänta']],
    rude: true,
    givenLanguage: true,
  },
  {
    text: 'Som jag redan sa, det är ditt fel. Inte mitt problem.',
    fires: [
      ['courtesy.blame', 'Som jag redan sa'],
      ['courtesy.blame', 'det är ditt fel'],
      ['courtesy.dismissive', 'Inte mitt problem'],
    ],
    rude: true,
  },
  {
    text: 'vilken jävla skit, ni är helt värdelösa',
    fires: [
      ['courtesy.profanity', 'jävla'],
      ['courtesy.profanity', 'skit'],
      ['courtesy.insult', 'värdelösa'],
    ],
    rude: true,
  },
  {
    text: 'Jag förstår inte vad du menar',
    fires: [['comprehension.clarification-request', 'Jag förstår inte']],
    notFires: ['courtesy.empathy'],
  },
  {
    text: 'Jag vill prata med en chef',
    fires: [['comprehension.asks-for-other-agent', 'prata med en chef']],
  },
  {
    text: 'Kan ni skicka era uppgifter?',
    fires: [
      ['courtesy.register-formal', 'ni'],
      ['courtesy.register-formal', 'era'],
    ],
    formality: 'formal',
  },
  // Noise: a/o for å/ä/ö, emoji, glued words.
  {
    text: 'tack for hjalpen 😊',
    fires: [['courtesy.thanks', 'tack for hjalpen']],
  },
  {
    text: 'jag forstar inte vad du menar',
    fires: [['comprehension.clarification-request', 'jag forstar inte']],
  },
  {
    text: 'tacksåmycket för hjälpen',
    fires: [['courtesy.thanks', 'tacksåmycket']],
    givenLanguage: true,
  },
]);
