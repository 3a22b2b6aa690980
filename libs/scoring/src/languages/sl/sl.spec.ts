import { describeLanguageCases } from '../language-cases.test-helpers';

describeLanguageCases('sl', [
  {
    text: 'Pozdravljeni Maja, najlepša hvala za vaše sporočilo. Lep dan vam želim!',
    fires: [
      ['courtesy.greeting', 'Pozdravljeni'],
      ['courtesy.first-name', 'Maja'],
      ['courtesy.thanks', 'najlepša hvala'],
      ['courtesy.closing', 'Lep dan vam želim'],
    ],
    formality: 'formal',
    rude: false,
  },
  {
    text: 'Opravičujemo se za čakanje, razumem vašo frustracijo. Bi lahko poslali račun, prosim?',
    fires: [
      ['courtesy.apology', 'Opravičujemo se'],
      ['courtesy.empathy', 'razumem vašo frustracijo'],
      ['courtesy.hedge', 'Bi lahko'],
      ['courtesy.please', 'prosim'],
    ],
  },
  {
    text: 'Počakajte.',
    fires: [['courtesy.bare-imperative', 'Počakajte']],
    rude: true,
    givenLanguage: true,
  },
  {
    text: 'Kot sem že rekel, sami ste krivi. To ni moj problem.',
    fires: [
      ['courtesy.blame', 'Kot sem že rekel'],
      ['courtesy.blame', 'sami ste krivi'],
      ['courtesy.dismissive', 'To ni moj problem'],
    ],
    rude: true,
  },
  {
    text: 'kakšno sranje, ste popolnoma nesposobni',
    fires: [
      ['courtesy.profanity', 'sranje'],
      ['courtesy.insult', 'nesposobni'],
    ],
    rude: true,
  },
  {
    text: 'Ne razumem, kaj mislite',
    fires: [
      ['comprehension.clarification-request', 'Ne razumem'],
      ['comprehension.clarification-request', 'kaj mislite'],
    ],
    notFires: ['courtesy.empathy'],
  },
  {
    text: 'Želim govoriti z nadrejenim',
    fires: [['comprehension.asks-for-other-agent', 'govoriti z nadrejenim']],
  },
  {
    text: 'Ali lahko preveriš tvoj račun?',
    fires: [['courtesy.register-informal', 'tvoj']],
    formality: 'informal',
  },
  // Noise: no háček (c/s/z), emoji, typos.
  {
    text: 'ne razumem kaj mislite 😕',
    fires: [['comprehension.clarification-request', 'ne razumem']],
  },
  {
    text: 'hvala za pomoc, lep pozdrav',
    fires: [
      ['courtesy.thanks', 'hvala za pomoc'],
      ['courtesy.closing', 'lep pozdrav'],
    ],
  },
  {
    text: 'opravicujemo se za cakanje',
    fires: [['courtesy.apology', 'opravicujemo se']],
    givenLanguage: true,
  },
]);
