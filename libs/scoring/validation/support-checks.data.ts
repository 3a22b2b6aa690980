/**
 * Hand-labelled multilingual support messages written for this product's validation (not used by the unit tests
 * or to build the lexicons). Four kinds per language: clarification requests, polite agent lines, neutral
 * information, and rude lines. Labels are the author's judgement as a reader of each language.
 */
export type SupportLabel = 'clarification' | 'polite' | 'neutral' | 'rude';

export const SUPPORT_CHECKS: Record<string, Record<SupportLabel, string[]>> = {
  en: {
    clarification: [
      'Sorry, what does that mean?',
      "I'm confused, which form do I need?",
      "I don't get it, why was I charged?",
      'Could you explain that again?',
    ],
    polite: [
      'Thanks for your patience, I really appreciate it.',
      'Good morning! Happy to help with your booking.',
      'I am sorry for the trouble, could you try once more?',
      'Thank you, have a lovely weekend!',
    ],
    neutral: [
      'The package left our warehouse on Tuesday.',
      'Your plan renews on the first of each month.',
      'The refund takes five working days.',
      'Your ticket number is 48213.',
    ],
    rude: [
      'Read the FAQ before writing to us.',
      'Whatever, that is not my job.',
      'Are you stupid or what?',
      'Stop wasting my time, this is crap.',
    ],
  },
  es: {
    clarification: [
      'Perdone, ¿qué significa eso?',
      'Estoy confundida, ¿qué formulario necesito?',
      'No entiendo, ¿por qué me cobraron?',
      '¿Podría explicarlo otra vez?',
    ],
    polite: [
      'Gracias por su paciencia, se lo agradezco mucho.',
      '¡Buenos días! Con mucho gusto le ayudo con su reserva.',
      'Lamento las molestias, ¿podría intentarlo de nuevo?',
      'Muchas gracias, ¡que tenga un buen fin de semana!',
    ],
    neutral: [
      'El paquete salió de nuestro almacén el martes.',
      'Su plan se renueva el primer día de cada mes.',
      'El reembolso tarda cinco días hábiles.',
      'Su número de caso es 48213.',
    ],
    rude: [
      'Lea las preguntas frecuentes antes de escribirnos.',
      'Me da igual, no es mi trabajo.',
      '¿Es usted tonto o qué?',
      'Deje de hacerme perder el tiempo, esto es una mierda.',
    ],
  },
  pt: {
    clarification: [
      'Desculpe, o que isso significa?',
      'Estou confusa, qual formulário eu preciso?',
      'Não entendi, por que fui cobrado?',
      'Poderia explicar de novo?',
    ],
    polite: [
      'Obrigado pela paciência, agradeço muito.',
      'Bom dia! Com prazer ajudo com a sua reserva.',
      'Lamento o transtorno, poderia tentar mais uma vez?',
      'Muito obrigada, tenha um ótimo fim de semana!',
    ],
    neutral: [
      'O pacote saiu do nosso armazém na terça-feira.',
      'O seu plano renova no primeiro dia de cada mês.',
      'O reembolso leva cinco dias úteis.',
      'O número do seu chamado é 48213.',
    ],
    rude: [
      'Leia as perguntas frequentes antes de nos escrever.',
      'Tanto faz, não é meu trabalho.',
      'Você é burro ou o quê?',
      'Pare de me fazer perder tempo, isso é uma merda.',
    ],
  },
  fr: {
    clarification: [
      "Pardon, qu'est-ce que ça veut dire ?",
      'Je suis perdue, quel formulaire faut-il ?',
      'Je ne comprends pas, pourquoi ai-je été débité ?',
      'Pourriez-vous expliquer à nouveau ?',
    ],
    polite: [
      'Merci pour votre patience, je vous en suis reconnaissant.',
      'Bonjour ! Avec plaisir, je vous aide pour votre réservation.',
      'Désolé pour le désagrément, pourriez-vous réessayer ?',
      'Merci beaucoup, bonne fin de semaine !',
    ],
    neutral: [
      'Le colis a quitté notre entrepôt mardi.',
      'Votre forfait se renouvelle le premier de chaque mois.',
      'Le remboursement prend cinq jours ouvrés.',
      'Votre numéro de dossier est 48213.',
    ],
    rude: [
      'Lisez la FAQ avant de nous écrire.',
      "Peu importe, ce n'est pas mon travail.",
      'Vous êtes débile ou quoi ?',
      'Arrêtez de me faire perdre mon temps, c’est de la merde.',
    ],
  },
  de: {
    clarification: [
      'Entschuldigung, was heißt das?',
      'Ich bin verwirrt, welches Formular brauche ich?',
      'Ich verstehe nicht, warum wurde mir das berechnet?',
      'Können Sie das noch einmal erklären?',
    ],
    polite: [
      'Danke für Ihre Geduld, das weiß ich sehr zu schätzen.',
      'Guten Morgen! Gerne helfe ich Ihnen bei Ihrer Buchung.',
      'Es tut mir leid für die Umstände, könnten Sie es noch einmal versuchen?',
      'Vielen Dank, ein schönes Wochenende!',
    ],
    neutral: [
      'Das Paket hat unser Lager am Dienstag verlassen.',
      'Ihr Tarif verlängert sich am Ersten jedes Monats.',
      'Die Erstattung dauert fünf Werktage.',
      'Ihre Vorgangsnummer ist 48213.',
    ],
    rude: [
      'Lesen Sie die FAQ, bevor Sie uns schreiben.',
      'Ist mir egal, nicht meine Aufgabe.',
      'Sind Sie blöd oder was?',
      'Hören Sie auf, meine Zeit zu verschwenden, das ist Mist.',
    ],
  },
  sv: {
    clarification: [
      'Förlåt, vad betyder det?',
      'Jag är förvirrad, vilket formulär behöver jag?',
      'Jag förstår inte, varför blev jag debiterad?',
      'Kan du förklara det igen?',
    ],
    polite: [
      'Tack för ditt tålamod, jag uppskattar det verkligen.',
      'God morgon! Jag hjälper dig gärna med din bokning.',
      'Jag beklagar besväret, skulle du kunna försöka en gång till?',
      'Tusen tack, ha en trevlig helg!',
    ],
    neutral: [
      'Paketet lämnade vårt lager i tisdags.',
      'Ditt abonnemang förnyas den första varje månad.',
      'Återbetalningen tar fem arbetsdagar.',
      'Ditt ärendenummer är 48213.',
    ],
    rude: [
      'Läs vanliga frågor innan du skriver till oss.',
      'Strunt samma, det är inte mitt jobb.',
      'Är du dum eller?',
      'Sluta slösa min tid, det här är skit.',
    ],
  },
  sl: {
    clarification: [
      'Oprostite, kaj to pomeni?',
      'Zmedena sem, kateri obrazec potrebujem?',
      'Ne razumem, zakaj so mi zaračunali?',
      'Bi lahko to ponovno razložili?',
    ],
    polite: [
      'Hvala za vašo potrpežljivost, zelo cenim.',
      'Dobro jutro! Z veseljem vam pomagam pri rezervaciji.',
      'Opravičujem se za nevšečnosti, bi lahko poskusili še enkrat?',
      'Najlepša hvala, lep vikend vam želim!',
    ],
    neutral: [
      'Paket je zapustil naše skladišče v torek.',
      'Vaš paket se podaljša prvega v mesecu.',
      'Vračilo traja pet delovnih dni.',
      'Številka vaše zadeve je 48213.',
    ],
    rude: [
      'Preberite pogosta vprašanja, preden nam pišete.',
      'Vseeno mi je, to ni moje delo.',
      'Ste neumni ali kaj?',
      'Nehajte mi zapravljati čas, to je sranje.',
    ],
  },
};
