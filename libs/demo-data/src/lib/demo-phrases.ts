/** Hand-written support phrases per language; `{name}` and `{order}` are filled in by the generator. */
export interface PhraseBook {
  customerOpen: string[];
  customerFollowUp: string[];
  customerConfused: string[];
  customerThanks: string[];
  customerAngry: string[];
  agentGreeting: string[];
  agentAnswer: string[];
  agentClosing: string[];
  agentCurt: string[];
}

export const PHRASES: Record<string, PhraseBook> = {
  en: {
    customerOpen: ['Hi, my order {order} has not arrived yet and the tracking has not changed for a week.', 'Hello, I was charged twice for my subscription this month. Can you help?', 'My router keeps disconnecting every evening, I already restarted it twice.', 'hey i cant log in to my account, the reset email never comes 😕'],
    customerFollowUp: ['Is there any update on this?', 'Can you check again please?', 'So when will it be fixed?'],
    customerConfused: ["Sorry, what do you mean? I don't understand.", 'I asked about the refund, not the delivery. Can I talk to someone else?', 'What? That does not answer my question.'],
    customerThanks: ['Thanks a lot, that solved it!', 'Great, thank you for your help.', 'ok thanks 👍'],
    customerAngry: ['This is the third time I write about this. Unacceptable.', 'I want to speak to a supervisor.'],
    agentGreeting: ['Hi {name}, thank you for contacting us, I am happy to help.', 'Hello {name}, thanks for reaching out and sorry for the trouble.'],
    agentAnswer: ['I have checked order {order}: it left our warehouse yesterday and should arrive within two days.', 'I can see the double charge, I have refunded it and you will see it in 3-5 business days.', 'Could you please try the new reset link I just sent? It is valid for one hour.'],
    agentClosing: ['Is there anything else I can help you with? Have a great day!', 'Thank you for your patience, {name}. Take care!'],
    agentCurt: ['Check the FAQ.', 'Already told you. Wait.', 'Not our problem, contact the courier.', 'No.'],
  },
  es: {
    customerOpen: ['Hola, mi pedido {order} todavía no ha llegado y el seguimiento no cambia desde hace una semana.', 'Buenas, me han cobrado dos veces la suscripción este mes. ¿Me pueden ayudar?', 'El router se desconecta todas las noches, ya lo reinicie dos veces', 'hola no puedo entrar a mi cuenta, el correo de restablecer nunca llega 😕'],
    customerFollowUp: ['¿Hay alguna novedad?', '¿Pueden revisarlo otra vez por favor?', '¿Entonces cuándo se soluciona?'],
    customerConfused: ['Perdón, no entiendo lo que me dice.', 'Pregunté por el reembolso, no por el envío. ¿Puedo hablar con otra persona?', '¿Qué? Eso no responde a mi pregunta.'],
    customerThanks: ['Muchas gracias, ¡ya está resuelto!', 'Perfecto, gracias por la ayuda.', 'ok gracias 👍'],
    customerAngry: ['Es la tercera vez que escribo por esto. Inaceptable.', 'Quiero hablar con un supervisor.'],
    agentGreeting: ['Hola {name}, gracias por contactarnos, con gusto le ayudo.', 'Buenos días {name}, gracias por escribirnos y disculpe las molestias.'],
    agentAnswer: ['He revisado el pedido {order}: salió ayer de nuestro almacén y debería llegar en dos días.', 'Veo el cobro duplicado, ya lo he reembolsado y lo verá en 3 a 5 días hábiles.', '¿Podría por favor probar el nuevo enlace que le acabo de enviar? Es válido durante una hora.'],
    agentClosing: ['¿Hay algo más en lo que pueda ayudarle? ¡Que tenga un buen día!', 'Gracias por su paciencia, {name}. ¡Saludos!'],
    agentCurt: ['Mira las preguntas frecuentes.', 'Ya te lo dije. Espera.', 'No es nuestro problema, habla con el transportista.', 'No.'],
  },
  pt: {
    customerOpen: ['Olá, a minha encomenda {order} ainda não chegou e o rastreio não muda há uma semana.', 'Boa tarde, fui cobrado duas vezes pela assinatura este mês. Podem ajudar?', 'O router desliga todas as noites, ja reiniciei duas vezes', 'oi nao consigo entrar na minha conta, o email de redefinição nunca chega 😕'],
    customerFollowUp: ['Há alguma novidade?', 'Podem verificar outra vez, por favor?', 'Então quando fica resolvido?'],
    customerConfused: ['Desculpe, não entendi o que quer dizer.', 'Perguntei pelo reembolso, não pela entrega. Posso falar com outra pessoa?', 'O quê? Isso não responde à minha pergunta.'],
    customerThanks: ['Muito obrigado, ficou resolvido!', 'Ótimo, obrigada pela ajuda.', 'ok obrigado 👍'],
    customerAngry: ['É a terceira vez que escrevo sobre isto. Inaceitável.', 'Quero falar com um supervisor.'],
    agentGreeting: ['Olá {name}, obrigado por nos contactar, terei todo o gosto em ajudar.', 'Bom dia {name}, obrigado pela mensagem e pedimos desculpa pelo incómodo.'],
    agentAnswer: ['Verifiquei a encomenda {order}: saiu ontem do armazém e deve chegar dentro de dois dias.', 'Vejo a cobrança duplicada, já fiz o reembolso e verá o valor em 3 a 5 dias úteis.', 'Pode, por favor, experimentar o novo link que acabei de enviar? É válido durante uma hora.'],
    agentClosing: ['Posso ajudar em mais alguma coisa? Tenha um ótimo dia!', 'Obrigado pela paciência, {name}. Cumprimentos!'],
    agentCurt: ['Veja as perguntas frequentes.', 'Já disse. Aguarde.', 'Não é problema nosso, fale com a transportadora.', 'Não.'],
  },
  fr: {
    customerOpen: ["Bonjour, ma commande {order} n'est toujours pas arrivée et le suivi ne bouge plus depuis une semaine.", "Bonjour, j'ai été débité deux fois pour mon abonnement ce mois-ci. Pouvez-vous m'aider ?", 'Mon routeur se déconnecte tous les soirs, je l ai deja redemarre deux fois', "salut je n'arrive pas a me connecter, le mail de reinitialisation n'arrive jamais 😕"],
    customerFollowUp: ['Avez-vous du nouveau ?', 'Pouvez-vous vérifier encore une fois, svp ?', 'Alors quand est-ce que ce sera réglé ?'],
    customerConfused: ['Pardon, je ne comprends pas ce que vous voulez dire.', "J'ai demandé le remboursement, pas la livraison. Puis-je parler à quelqu'un d'autre ?", 'Quoi ? Ça ne répond pas à ma question.'],
    customerThanks: ["Merci beaucoup, c'est réglé !", 'Parfait, merci pour votre aide.', 'ok merci 👍'],
    customerAngry: ["C'est la troisième fois que j'écris à ce sujet. Inacceptable.", 'Je veux parler à un responsable.'],
    agentGreeting: ['Bonjour {name}, merci de nous avoir contactés, je serai ravi de vous aider.', 'Bonjour {name}, merci pour votre message et désolé pour la gêne occasionnée.'],
    agentAnswer: ["J'ai vérifié la commande {order} : elle a quitté notre entrepôt hier et devrait arriver sous deux jours.", 'Je vois le double prélèvement, je vous ai remboursé et vous le verrez sous 3 à 5 jours ouvrés.', "Pourriez-vous s'il vous plaît essayer le nouveau lien que je viens d'envoyer ? Il est valable une heure."],
    agentClosing: ['Puis-je vous aider pour autre chose ? Excellente journée !', 'Merci pour votre patience, {name}. Bonne journée !'],
    agentCurt: ['Regarde la FAQ.', 'Déjà dit. Attends.', "Pas notre problème, voyez avec le transporteur.", 'Non.'],
  },
  de: {
    customerOpen: ['Hallo, meine Bestellung {order} ist immer noch nicht angekommen und die Sendungsverfolgung ändert sich seit einer Woche nicht.', 'Guten Tag, mir wurde das Abo diesen Monat zweimal abgebucht. Können Sie helfen?', 'Mein Router trennt jeden Abend die Verbindung, ich habe ihn schon zweimal neu gestartet', 'hallo ich komme nicht in mein konto, die mail zum zurucksetzen kommt nie 😕'],
    customerFollowUp: ['Gibt es etwas Neues?', 'Können Sie bitte nochmal nachsehen?', 'Wann wird das denn behoben?'],
    customerConfused: ['Entschuldigung, ich verstehe nicht, was Sie meinen.', 'Ich habe nach der Erstattung gefragt, nicht nach der Lieferung. Kann ich mit jemand anderem sprechen?', 'Wie bitte? Das beantwortet meine Frage nicht.'],
    customerThanks: ['Vielen Dank, das hat geholfen!', 'Super, danke für Ihre Hilfe.', 'ok danke 👍'],
    customerAngry: ['Ich schreibe jetzt zum dritten Mal. Inakzeptabel.', 'Ich möchte mit einem Vorgesetzten sprechen.'],
    agentGreeting: ['Guten Tag {name}, vielen Dank für Ihre Nachricht, ich helfe Ihnen gerne.', 'Hallo {name}, danke für Ihre Anfrage und entschuldigen Sie die Unannehmlichkeiten.'],
    agentAnswer: ['Ich habe die Bestellung {order} geprüft: Sie hat gestern unser Lager verlassen und sollte in zwei Tagen ankommen.', 'Ich sehe die doppelte Abbuchung, ich habe sie erstattet, Sie sehen sie in 3 bis 5 Werktagen.', 'Könnten Sie bitte den neuen Link ausprobieren, den ich gerade geschickt habe? Er ist eine Stunde gültig.'],
    agentClosing: ['Kann ich Ihnen sonst noch helfen? Einen schönen Tag noch!', 'Danke für Ihre Geduld, {name}. Viele Grüße!'],
    agentCurt: ['Schau in die FAQ.', 'Hab ich doch schon gesagt. Warte.', 'Nicht unser Problem, wende dich an den Paketdienst.', 'Nein.'],
  },
  sv: {
    customerOpen: ['Hej, min beställning {order} har fortfarande inte kommit och spårningen har inte ändrats på en vecka.', 'Hej, jag har blivit debiterad två gånger för prenumerationen den här månaden. Kan ni hjälpa?', 'Routern kopplar ner varje kväll, jag har redan startat om den två gånger', 'hej jag kan inte logga in, mejlet for att aterstalla kommer aldrig 😕'],
    customerFollowUp: ['Finns det något nytt?', 'Kan ni kolla igen, tack?', 'När blir det löst då?'],
    customerConfused: ['Förlåt, jag förstår inte vad du menar.', 'Jag frågade om återbetalningen, inte leveransen. Kan jag prata med någon annan?', 'Va? Det svarar inte på min fråga.'],
    customerThanks: ['Tack så mycket, nu fungerar det!', 'Toppen, tack för hjälpen.', 'ok tack 👍'],
    customerAngry: ['Det här är tredje gången jag skriver om detta. Oacceptabelt.', 'Jag vill prata med en chef.'],
    agentGreeting: ['Hej {name}, tack för att du kontaktar oss, jag hjälper dig gärna.', 'Hej {name}, tack för ditt meddelande och förlåt för besväret.'],
    agentAnswer: ['Jag har kollat beställning {order}: den lämnade vårt lager igår och bör komma inom två dagar.', 'Jag ser dubbeldebiteringen, jag har återbetalat den och du ser det inom 3–5 arbetsdagar.', 'Kan du vara snäll och testa den nya länken jag just skickade? Den gäller i en timme.'],
    agentClosing: ['Är det något mer jag kan hjälpa dig med? Ha en fin dag!', 'Tack för ditt tålamod, {name}. Ha det bra!'],
    agentCurt: ['Läs FAQ.', 'Har redan sagt det. Vänta.', 'Inte vårt problem, kontakta budfirman.', 'Nej.'],
  },
  sl: {
    customerOpen: ['Pozdravljeni, moje naročilo {order} še vedno ni prispelo in sledenje se že teden dni ne spremeni.', 'Dober dan, ta mesec ste mi naročnino zaračunali dvakrat. Mi lahko pomagate?', 'Usmerjevalnik se vsak večer odklopi, sem ga ze dvakrat ponovno zagnal', 'zivjo ne morem se prijaviti, e-posta za ponastavitev nikoli ne pride 😕'],
    customerFollowUp: ['Ali je kaj novega?', 'Lahko prosim še enkrat preverite?', 'Kdaj bo torej rešeno?'],
    customerConfused: ['Oprostite, ne razumem, kaj mislite.', 'Vprašal sem za vračilo, ne za dostavo. Lahko govorim s kom drugim?', 'Kaj? To ne odgovori na moje vprašanje.'],
    customerThanks: ['Najlepša hvala, rešeno!', 'Super, hvala za pomoč.', 'ok hvala 👍'],
    customerAngry: ['To je že tretjič, da pišem o tem. Nesprejemljivo.', 'Želim govoriti z nadrejenim.'],
    agentGreeting: ['Pozdravljeni {name}, hvala, ker ste nas kontaktirali, z veseljem vam pomagam.', 'Dober dan {name}, hvala za sporočilo in opravičujemo se za nevšečnosti.'],
    agentAnswer: ['Preveril sem naročilo {order}: včeraj je zapustilo naše skladišče in bi moralo prispeti v dveh dneh.', 'Vidim dvojno bremenitev, denar sem vrnil in ga boste videli v 3 do 5 delovnih dneh.', 'Ali lahko prosim poskusite novo povezavo, ki sem vam jo pravkar poslal? Velja eno uro.'],
    agentClosing: ['Vam lahko pomagam še s čim? Lep dan vam želim!', 'Hvala za potrpežljivost, {name}. Lep pozdrav!'],
    agentCurt: ['Poglej pogosta vprašanja.', 'Sem že rekel. Počakaj.', 'Ni naš problem, pokliči dostavno službo.', 'Ne.'],
  },
};

export const FIRST_NAMES: Record<string, string[]> = {
  en: ['Emma', 'James', 'Olivia', 'Noah'],
  es: ['Lucía', 'Mateo', 'Sofía', 'Diego'],
  pt: ['Beatriz', 'João', 'Inês', 'Tiago'],
  fr: ['Camille', 'Louis', 'Chloé', 'Hugo'],
  de: ['Anna', 'Lukas', 'Lea', 'Jonas'],
  sv: ['Elsa', 'Oscar', 'Maja', 'Liam'],
  sl: ['Nika', 'Luka', 'Eva', 'Jan'],
};
