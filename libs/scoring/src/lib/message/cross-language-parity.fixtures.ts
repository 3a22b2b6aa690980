/** Parallel messages written natively in each language: equally polite (or rude) texts per tier. */
export const PARALLEL: Record<string, Record<string, string>> = {
  'very polite request': {
    en: 'Hello, thank you for your message. Sorry for the wait. Could you please send me your order number? Have a nice day!',
    es: 'Hola, gracias por su mensaje. Disculpe la espera. ¿Podría enviarme su número de pedido, por favor? ¡Que tenga un buen día!',
    pt: 'Olá, obrigado pela sua mensagem. Desculpe a demora. Poderia me enviar o número do pedido, por favor? Tenha um bom dia!',
    fr: "Bonjour, merci pour votre message. Désolé pour l'attente. Pourriez-vous m'envoyer votre numéro de commande, s'il vous plaît ? Bonne journée !",
    de: 'Hallo, danke für Ihre Nachricht. Entschuldigen Sie die Wartezeit. Könnten Sie mir bitte Ihre Bestellnummer schicken? Schönen Tag noch!',
    sv: 'Hej, tack för ditt meddelande. Förlåt att du fick vänta. Skulle du kunna skicka ditt ordernummer? Ha en bra dag!',
    sl: 'Pozdravljeni, hvala za vaše sporočilo. Oprostite za čakanje. Bi mi lahko poslali številko naročila, prosim? Lep dan vam želim!',
  },
  'empathetic apology': {
    en: 'I understand how frustrating this is, and I apologise for the inconvenience.',
    es: 'Entiendo lo frustrante que es esto y le pido disculpas por las molestias.',
    pt: 'Entendo como isso é frustrante e peço desculpas pelo transtorno.',
    fr: 'Je comprends que ce soit frustrant et je vous présente toutes nos excuses pour la gêne occasionnée.',
    de: 'Ich verstehe, wie ärgerlich das ist, und ich entschuldige mich für die Unannehmlichkeiten.',
    sv: 'Jag förstår hur frustrerande det här är och jag ber om ursäkt för besväret.',
    sl: 'Razumem, kako neprijetno je to, in se opravičujem za nevšečnosti.',
  },
  'neutral information': {
    en: 'Your order was shipped yesterday and will arrive on Friday.',
    es: 'Su pedido se envió ayer y llegará el viernes.',
    pt: 'Seu pedido foi enviado ontem e chegará na sexta-feira.',
    fr: 'Votre commande a été expédiée hier et arrivera vendredi.',
    de: 'Ihre Bestellung wurde gestern verschickt und kommt am Freitag an.',
    sv: 'Din beställning skickades igår och kommer på fredag.',
    sl: 'Vaše naročilo je bilo odposlano včeraj in bo prispelo v petek.',
  },
  'blaming and dismissive': {
    en: 'As I already said, it is your fault. Not my problem.',
    es: 'Como ya le dije, es su culpa. No es mi problema.',
    pt: 'Como eu já disse, a culpa é sua. Não é problema meu.',
    fr: "Comme je vous l'ai déjà dit, c'est votre faute. Pas mon problème.",
    de: 'Wie bereits gesagt, das ist Ihre Schuld. Nicht mein Problem.',
    sv: 'Som jag redan sa, det är ditt fel. Inte mitt problem.',
    sl: 'Kot sem že rekel, to je vaša krivda. To ni moj problem.',
  },
  'profane insult': {
    en: 'This service is shit, you are all idiots.',
    es: 'Este servicio es una mierda, sois todos unos idiotas.',
    pt: 'Esse atendimento é uma merda, vocês são todos idiotas.',
    fr: 'Ce service est de la merde, vous êtes tous des idiots.',
    de: 'Dieser Service ist Scheiße, ihr seid alle Idioten.',
    sv: 'Den här servicen är skit, ni är alla idioter.',
    sl: 'Ta storitev je sranje, vsi ste idioti.',
  },
};

export const CLARIFICATION: Record<string, string> = {
  en: "Sorry, I don't understand what you mean.",
  es: 'Perdón, no entiendo lo que quiere decir.',
  pt: 'Desculpe, não entendi o que você quis dizer.',
  fr: 'Pardon, je ne comprends pas ce que vous voulez dire.',
  de: 'Entschuldigung, ich verstehe nicht, was Sie meinen.',
  sv: 'Förlåt, jag förstår inte vad du menar.',
  sl: 'Oprostite, ne razumem, kaj mislite.',
};
