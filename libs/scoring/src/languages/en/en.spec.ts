import { describeLanguageCases } from '../language-cases.test-helpers';

describeLanguageCases('en', [
  {
    text: 'Hi Maria, thank you for contacting us! Have a great day.',
    fires: [
      ['courtesy.greeting', 'Hi'],
      ['courtesy.first-name', 'Maria'],
      ['courtesy.thanks', 'thank you'],
      ['courtesy.closing', 'Have a great day'],
    ],
    rude: false,
  },
  {
    text: 'I completely understand, sorry for the delay. Could you please send the invoice?',
    fires: [
      ['courtesy.empathy', 'I completely understand'],
      ['courtesy.apology', 'sorry for the delay'],
      ['courtesy.hedge', 'Could you'],
      ['courtesy.please', 'please'],
    ],
    notFires: ['courtesy.bare-imperative'],
  },
  {
    text: 'Send the invoice.',
    fires: [['courtesy.bare-imperative', 'Send']],
    rude: true,
  },
  {
    text: 'As I already said, it is your fault. Not my problem.',
    fires: [
      ['courtesy.blame', 'As I already said'],
      ['courtesy.blame', 'it is your fault'],
      ['courtesy.dismissive', 'Not my problem'],
    ],
    rude: true,
  },
  {
    text: 'this is fucking useless, you idiots',
    fires: [
      ['courtesy.profanity', 'fucking'],
      ['courtesy.insult', 'useless'],
      ['courtesy.insult', 'idiots'],
    ],
    rude: true,
  },
  {
    text: 'Good luck with that.',
    fires: [['courtesy.sarcasm', 'Good luck with that']],
    rude: true,
  },
  {
    text: 'WHY IS NOBODY ANSWERING MY EMAILS',
    fires: [['courtesy.shouting', 'WHY IS NOBODY ANSWERING MY EMAILS']],
    rude: true,
  },
  {
    text: 'Please check the SMS we sent.',
    notFires: ['courtesy.shouting', 'courtesy.bare-imperative'],
  },
  {
    text: 'What do you mean?',
    fires: [['comprehension.clarification-request', 'What do you mean']],
    givenLanguage: true,
  },
  {
    text: 'It makes no sense to charge me twice.',
    notFires: ['comprehension.clarification-request'],
    givenLanguage: true,
  },
  {
    text: 'That makes no sense?',
    fires: [['comprehension.clarification-request', 'That makes no sense']],
    givenLanguage: true,
  },
  {
    text: 'Could you explain the difference between the two plans?',
    notFires: ['comprehension.clarification-request'],
    givenLanguage: true,
  },
  {
    text: 'Could you repeat the last part, please?',
    fires: [['comprehension.clarification-request', 'Could you repeat']],
    givenLanguage: true,
  },
  {
    text: 'What do you mean the order was split?',
    fires: [['comprehension.clarification-request', 'What do you mean']],
    givenLanguage: true,
  },
  {
    text: 'sorry i dont understand',
    fires: [['comprehension.clarification-request', 'i dont understand']],
    notFires: ['courtesy.empathy'],
  },
  {
    text: 'I want to speak to a manager now',
    fires: [['comprehension.asks-for-other-agent', 'speak to a manager']],
  },
  {
    text: 'Dear Sir, kindly find the attached form.',
    fires: [
      ['courtesy.register-formal', 'Dear'],
      ['courtesy.register-formal', 'kindly'],
    ],
    formality: 'formal',
  },
  { text: 'hey mate, gonna check it now', formality: 'informal' },
  // Noise: typos, glued words, emoji, missing apostrophes.
  {
    text: 'thnaks a lot for your help 🙏',
    fires: [['courtesy.thanks', 'thnaks']],
  },
  {
    text: 'thankyou so much, have a nice day 😊',
    fires: [
      ['courtesy.thanks', 'thankyou'],
      ['courtesy.closing', 'have a nice day'],
    ],
  },
  {
    text: 'pleasehelp me with my order',
    fires: [['courtesy.please', 'pleasehelp']],
  },
  {
    text: 'I just bought a dumbbell set',
    notFires: ['courtesy.insult'],
    rude: false,
  },
  {
    text: 'whatdoyoumean by that',
    fires: [['comprehension.clarification-request', 'whatdoyoumean']],
  },
]);
