import { describeLanguageCases } from '../language-cases.test-helpers';

describeLanguageCases('de', [
  {
    text: 'Hallo Jonas, vielen Dank für Ihre Nachricht. Einen schönen Tag noch!',
    fires: [
      ['courtesy.greeting', 'Hallo'],
      ['courtesy.first-name', 'Jonas'],
      ['courtesy.thanks', 'vielen Dank'],
      ['courtesy.closing', 'Einen schönen Tag noch'],
      ['courtesy.register-formal', 'Ihre'],
    ],
    formality: 'formal',
    rude: false,
  },
  {
    text: 'Entschuldigen Sie die Wartezeit, ich verstehe Ihren Ärger. Könnten Sie mir bitte die Rechnung schicken?',
    fires: [
      ['courtesy.apology', 'Entschuldigen Sie'],
      ['courtesy.empathy', 'ich verstehe Ihren Ärger'],
      ['courtesy.hedge', 'Könnten Sie'],
      ['courtesy.please', 'bitte'],
    ],
    formality: 'formal',
  },
  {
    text: 'Warten Sie.',
    fires: [['courtesy.bare-imperative', 'Warten Sie']],
    rude: true,
    givenLanguage: true,
  },
  {
    text: 'Wie bereits gesagt, selbst schuld. Nicht mein Problem.',
    fires: [
      ['courtesy.blame', 'Wie bereits gesagt'],
      ['courtesy.blame', 'selbst schuld'],
      ['courtesy.dismissive', 'Nicht mein Problem'],
    ],
    rude: true,
  },
  {
    text: 'so ein Scheiß, ihr seid völlig unfähig',
    fires: [
      ['courtesy.profanity', 'Scheiß'],
      ['courtesy.insult', 'unfähig'],
    ],
    rude: true,
  },
  {
    text: 'Ich verstehe nicht, was Sie meinen',
    fires: [['comprehension.clarification-request', 'Ich verstehe nicht']],
    notFires: ['courtesy.empathy'],
  },
  {
    text: 'Es ergibt keinen Sinn, mir das doppelt zu berechnen.',
    notFires: ['comprehension.clarification-request'],
    givenLanguage: true,
  },
  {
    text: 'Das ergibt keinen Sinn?',
    fires: [['comprehension.clarification-request', 'Das ergibt keinen Sinn']],
    givenLanguage: true,
  },
  {
    text: 'Ich möchte mit einem Vorgesetzten sprechen',
    fires: [['comprehension.asks-for-other-agent', 'mit einem Vorgesetzten sprechen']],
  },
  {
    text: 'Kannst du mir deine Bestellnummer schicken?',
    fires: [
      ['courtesy.register-informal', 'du'],
      ['courtesy.register-informal', 'deine'],
    ],
    formality: 'informal',
  },
  {
    text: 'Sie haben eine Mail bekommen.',
    notFires: ['courtesy.register-formal'],
    givenLanguage: true,
  },
  // Noise: ss for ß, no umlauts, lowercase Sie, emoji.
  {
    text: 'so eine scheisse 🤬',
    fires: [['courtesy.profanity', 'scheisse']],
    rude: true,
    givenLanguage: true,
  },
  {
    text: 'vielen dank, schoenen tag noch',
    fires: [['courtesy.thanks', 'vielen dank']],
    givenLanguage: true,
  },
  {
    text: 'ich verstehe das nicht, koennen sie das erklaeren',
    fires: [['comprehension.clarification-request', 'ich verstehe das nicht']],
  },
  {
    text: 'Was für ein Scheißladen!',
    fires: [['courtesy.profanity', 'Scheißladen']],
    rude: true,
  },
  {
    text: 'Entschuldigung, dankeschön!',
    fires: [
      ['courtesy.apology', 'Entschuldigung'],
      ['courtesy.thanks', 'dankeschön'],
    ],
  },
]);
