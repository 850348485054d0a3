-- double-charge.lua — "not my job": a member of a language app's community
-- chat was charged twice for her annual plan and asks in #help. Billing is not
-- the community team's job, and that is exactly the trap. Intro level, in
-- English, Italian and Spanish.
--
-- Teaches: own the question even when you can't answer it; keep payment data
-- out of public channels; hand over to a named person with what they said and
-- when; promise only what the responsible team has confirmed; follow up.

-- Each apology counts for less than the one before.
local function apologise(state, points)
  state.apologies = state.apologies + 1
  state.mood.nadia = state.mood.nadia + points // state.apologies
end

-- After the hand-over: a quiet Friday if she was given a name and nothing
-- untrue, an unhappy Nadia back in #help otherwise.
local function after_handover(state)
  if state.named and not state.promised then return "friday" end
  return "chaser"
end

local function closing(state)
  if state.mood.nadia >= 10 and not state.exposed then return "end-resolved" end
  return "end-contained"
end

return scenario {
  id = "double-charge",
  lang = "en",
  title = {
    en = "Charged twice",
    it = "Addebito doppio",
    es = "Doble cobro",
  },
  summary = {
    en = "A member asks in the community chat why she was charged twice for her annual plan. Billing isn't your job, but she is now your problem: take her to the right person and see it through.",
    it = "Un'iscritta chiede nella chat della community perché le hanno addebitato due volte l'abbonamento annuale. La fatturazione non è compito tuo, ma ormai il suo problema sì: portala dalla persona giusta e segui la cosa fino in fondo.",
    es = "Una usuaria pregunta en el chat de la comunidad por qué le han cobrado dos veces la suscripción anual. La facturación no es cosa tuya, pero su problema ahora sí lo es: llévala a la persona adecuada y no la sueltes hasta que esté resuelto.",
  },
  archetype = "not-my-job",
  channel = "chat",
  difficulty = "intro",
  minutes = 6,
  brand = { name = "Polyglotta", handle = "@polyglotta" },

  rules = {
    {
      en = "Never ask for card details, emails or account data in a public channel: move to direct messages.",
      it = "Mai chiedere dati della carta, email o dati dell'account in un canale pubblico: si passa ai messaggi diretti.",
      es = "Nunca pidas datos de la tarjeta, correos ni datos de la cuenta en un canal público: pasa a mensajes directos.",
    },
    {
      en = "Questions for other teams (billing, technical support) are handed to a named person in that team, and you follow up until they are closed.",
      it = "Le domande che spettano ad altri team (fatturazione, assistenza tecnica) si passano a una persona precisa di quel team, e le segui finché non sono chiuse.",
      es = "Las consultas de otros equipos (facturación, soporte técnico) se pasan a una persona concreta de ese equipo, y les haces seguimiento hasta que se cierran.",
    },
    {
      en = "Never promise a refund, an amount or a date that Billing has not confirmed.",
      it = "Mai promettere rimborsi, importi o date che la fatturazione non ha confermato.",
      es = "Nunca prometas un reembolso, un importe o una fecha que Facturación no haya confirmado.",
    },
  },

  personas = {
    persona { id = "nadia", name = "Nadia Costa", handle = "@nadia_c",
              role = { en = "member", it = "iscritta", es = "usuaria" }, mood = -30 },
    persona { id = "kofi", name = "Kofi Mensah", handle = "@kofi_learns",
              role = { en = "member", it = "iscritto", es = "usuario" } },
    persona { id = "sofia", name = "Sofia Marin", handle = "@sofia_billing",
              role = { en = "Billing team (colleague)", it = "team fatturazione (collega)", es = "equipo de Facturación (compañera)" } },
  },

  state = {
    apologies = 0,     -- how many times we have said sorry to Nadia
    exposed = false,   -- her email and card digits are visible in #help
    named = false,     -- she knows who in Billing has her case, and by when
    promised = false,  -- she was promised something Billing never confirmed
  },
  audience = 10,
  pass = 65,              -- answering fast should not carry a run that left her stranded
  clock = { rate = 20 },  -- a chat moves fast: one real second is twenty simulated seconds

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "question",
      posts = {
        post { from = "nadia", likes = 3, replies = 1, text = {
          en = "Hi all. I've been charged twice for the annual plan (2 × €59.99, same day). I emailed support three days ago and all I got was an automatic reply saying 5–7 working days. Is there anyone here who can actually help?",
          it = "Ciao a tutti. Mi hanno addebitato due volte l'abbonamento annuale (2 × 59,99 €, stesso giorno). Ho scritto all'assistenza tre giorni fa e ho ricevuto solo una risposta automatica: '5-7 giorni lavorativi'. C'è qualcuno qui che può darmi una mano davvero?",
          es = "Hola a todos. Me han cobrado dos veces el plan anual (2 × 59,99 €, el mismo día). Escribí a soporte hace tres días y lo único que recibí fue una respuesta automática: '5-7 días laborables'. ¿Hay alguien por aquí que me pueda ayudar de verdad?",
        } },
        post { from = "kofi", at = "2m", likes = 5, text = {
          en = "@nadia_c Happened to me last year. Took a month to get it back 🙃",
          it = "@nadia_c A me è successo l'anno scorso. Ci è voluto un mese per riavere i soldi 🙃",
          es = "@nadia_c A mí me pasó el año pasado. Tardaron un mes en devolvérmelo 🙃",
        } },
      },
      decision = decision {
        prompt = {
          en = "Nadia's question is about billing. The community team can't see payments or issue refunds; the Billing team can. How do you answer in #help?",
          it = "La domanda di Nadia riguarda la fatturazione. Il team community non vede i pagamenti e non può fare rimborsi; il team fatturazione sì. Come rispondi in #help?",
          es = "La pregunta de Nadia es de facturación. El equipo de comunidad no ve los pagos ni puede hacer reembolsos; el equipo de Facturación, sí. ¿Qué le contestas en #help?",
        },
        target = 45,
        timeout = "30m",
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "reply-fast", "own-it" },
          effects = { mood = -20, audience = 10 },
          feedback = {
            en = "She came to the chat because the official channel went quiet, and the chat went quiet too. Even when it isn't your area, a first reply within minutes tells her someone has picked it up.",
            it = "È venuta in chat perché il canale ufficiale taceva, e anche la chat ha taciuto. Anche quando non è un tema tuo, una prima risposta entro pochi minuti le dice che qualcuno se n'è fatto carico.",
            es = "Vino al chat porque el canal oficial no contestaba, y el chat tampoco contestó. Aunque no sea tu área, una primera respuesta en pocos minutos le dice que alguien se ha hecho cargo.",
          },
          next = "bounced",
        },
        choices = {
          choice {
            text = {
              en = "Hi Nadia, sorry: a double charge is the last thing you need, and three days of automatic replies doesn't help. I can't see payments from here, but I'll take this to our Billing team myself. I'm sending you a DM now; please don't post card details in here.",
              it = "Ciao Nadia, mi dispiace: un addebito doppio è l'ultima cosa che ci vuole, e tre giorni di risposte automatiche non aiutano. Da qui non vedo i pagamenti, ma porto io la questione al team fatturazione. Ti scrivo subito in privato: qui in chat non mettere i dati della carta.",
              es = "Hola, Nadia, lo siento: un cobro doble es lo último que te hacía falta, y tres días de respuestas automáticas no ayudan. Desde aquí no veo los pagos, pero yo me encargo de llevárselo al equipo de Facturación. Te escribo ahora por privado; no pongas aquí datos de la tarjeta.",
            },
            empathy = 9, policy = 9,
            tags = { "own-it", "reply-fast", "go-private", "apologise-sincerely" },
            follows = { 1, 2 },
            effect = function(state) apologise(state, 25) end,
            feedback = {
              en = "You're honest about what you can't do, and you take it on anyway: 'I'll take this to Billing myself' is the opposite of 'not my job'. The details move to a DM before anyone posts a card number.",
              it = "Dici con chiarezza quello che non puoi fare, e te ne fai carico lo stesso: 'porto io la questione alla fatturazione' è l'esatto contrario di 'non è compito mio'. I dettagli passano in privato prima che qualcuno scriva un numero di carta.",
              es = "Dejas claro lo que no puedes hacer y aun así te haces cargo: 'yo me encargo de llevárselo a Facturación' es justo lo contrario de 'no es cosa mía'. Los detalles pasan a privado antes de que nadie publique un número de tarjeta.",
            },
            next = "dm",
          },
          choice {
            text = {
              en = "Hi Nadia! This server is for learners and the community, so we can't help with billing in here. Please write to billing@polyglotta.example and they'll sort it out for you 😊",
              it = "Ciao Nadia! Questo server è per chi studia e per la community, quindi qui non possiamo aiutarti con la fatturazione. Scrivi a billing@polyglotta.example e ci penseranno loro 😊",
              es = "¡Hola, Nadia! Este servidor es para estudiantes y para la comunidad, así que aquí no podemos ayudarte con la facturación. Escribe a billing@polyglotta.example y ellos te lo solucionan 😊",
            },
            empathy = 3, policy = 2,
            tags = { "own-it", "listen" },
            breaks = { 2 },
            effects = { mood = -20 },
            feedback = {
              en = "Polite, accurate, and still 'not my job': she has just told you she already wrote to support and heard nothing. Sending her back to an address is a door closing with a smiley on it. Take the question to Billing yourself.",
              it = "Una risposta educata e corretta, ma resta un 'non è compito mio': ti ha appena detto che ha già scritto all'assistenza senza risposta. Rimandarla a un indirizzo email è una porta chiusa con lo smile sopra. Porta tu la domanda alla fatturazione.",
              es = "Una respuesta educada, correcta y, aun así, un 'no es cosa mía': te acaba de decir que ya escribió a soporte y nadie le contestó. Mandarla otra vez a un correo es cerrarle la puerta con un emoji. Llévale tú la consulta a Facturación.",
            },
            next = "bounced",
          },
          choice {
            text = {
              en = "Oh no, sorry Nadia! Reply here with the email on your account and the last four digits of the card, and I'll check it for you right away.",
              it = "Oddio, mi dispiace Nadia! Scrivimi qui l'email del tuo account e le ultime quattro cifre della carta, e controllo subito.",
              es = "¡Vaya, lo siento, Nadia! Respóndeme aquí con el correo de tu cuenta y los cuatro últimos dígitos de la tarjeta y lo miro ahora mismo.",
            },
            empathy = 6, policy = 1,
            tags = { "go-private", "reply-fast" },
            breaks = { 1 },
            effects = { mood = 5, set = { exposed = true } },
            feedback = {
              en = "Keen and quick, but #help has thousands of members, and you've asked her to post her email and card digits in front of all of them. Keep the warmth and ask for the details by DM.",
              it = "Tono disponibile e risposta veloce, ma #help ha migliaia di iscritti e le hai appena chiesto di scrivere email e cifre della carta davanti a tutti. Tieni il tono e chiedi i dati in privato.",
              es = "Mucha disposición y mucha rapidez, pero #help tiene miles de miembros y le acabas de pedir que publique su correo y los dígitos de la tarjeta delante de todos. Mantén el tono y pide los datos por privado.",
            },
            next = "exposed",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2a
    beat {
      id = "bounced",
      posts = {
        post { from = "nadia", at = "3m", likes = 9, replies = 2,
          when = function(state) return sim.chosen("question") == 2 end,
          text = {
            en = "I DID write to billing. Three days ago. That's why I'm here. So nobody can help, great.",
            it = "Alla fatturazione HO GIÀ scritto. Tre giorni fa. È per questo che sono qui. Quindi non può aiutarmi nessuno, perfetto.",
            es = "YA escribí a facturación. Hace tres días. Por eso estoy aquí. O sea, que nadie me puede ayudar. Genial.",
          } },
        post { from = "nadia", at = "3m", likes = 9, replies = 2,
          when = function(state) return sim.chosen("question") == 0 end,
          text = {
            en = "Half an hour, nothing. Not even here. I'll just ask my bank to reverse it, then.",
            it = "Mezz'ora e niente. Neanche qui. A questo punto chiedo alla banca di stornarlo.",
            es = "Media hora y nada. Ni siquiera aquí. Pues nada, le pediré al banco que lo anule.",
          } },
        post { from = "kofi", at = "5m", likes = 6, text = {
          en = "Told you 🙃",
          it = "Te l'avevo detto 🙃",
          es = "Te lo dije 🙃",
        } },
      },
      decision = decision {
        prompt = {
          en = "Nadia has already tried the official route, and she's giving up on you. What now?",
          it = "Nadia ha già provato la strada ufficiale e sta perdendo la pazienza anche con voi. E adesso?",
          es = "Nadia ya probó la vía oficial y está perdiendo la paciencia también con vosotros. ¿Y ahora qué?",
        },
        target = 45,
        timeout = "30m",
        weight = 2,
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast", "own-it" },
          effects = { mood = -15 },
          feedback = {
            en = "Twice unanswered, she takes it to her bank and to the app store reviews. One message saying 'I'll take this on' would have kept her.",
            it = "Due volte senza risposta: si rivolge alla banca e alle recensioni dello store. Sarebbe bastato un messaggio con scritto 'me ne occupo io' per non perderla.",
            es = "Sin respuesta dos veces, se va a su banco y a las reseñas de la tienda de apps. Un mensaje diciendo 'me encargo yo' habría bastado para no perderla.",
          },
          next = "end-escalated",
        },
        choices = {
          choice {
            text = {
              en = "You're right, Nadia, and I'm sorry: you'd already tried that. Let me take it on myself. I'm sending you a DM now, and I'll get it in front of our Billing team today.",
              it = "Hai ragione, Nadia, scusami: ci avevi già provato. Me ne occupo io. Ti scrivo subito in privato e oggi stesso porto il tuo caso al team fatturazione.",
              es = "Tienes razón, Nadia, perdona: eso ya lo habías intentado. Me encargo yo. Te escribo ahora por privado y hoy mismo se lo paso al equipo de Facturación.",
            },
            empathy = 9, policy = 9,
            tags = { "own-it", "recover-fast", "apologise-sincerely", "go-private" },
            follows = { 1, 2 },
            effect = function(state) apologise(state, 25) end,
            feedback = {
              en = "A short, specific apology and a change of course: you stop pointing elsewhere and become her way in. That is the whole 'own it' principle in three sentences.",
              it = "Scuse brevi e precise e un cambio di rotta: smetti di indicare altrove e diventi tu il suo punto di accesso. È tutto il principio del 'fartene carico' in tre frasi.",
              es = "Una disculpa breve y concreta, y un cambio de rumbo: dejas de mandarla a otra parte y pasas a ser tú su puerta de entrada. Eso es 'hacerte cargo' en tres frases.",
            },
            next = "dm",
          },
          choice {
            text = {
              en = "I understand, but I really don't have access to billing from here. They usually answer within 5–7 working days, so it should be soon.",
              it = "Ti capisco, ma da qui non ho proprio accesso alla fatturazione. Di solito rispondono entro 5-7 giorni lavorativi, quindi dovrebbe mancare poco.",
              es = "Te entiendo, pero desde aquí de verdad que no tengo acceso a facturación. Suelen contestar en 5-7 días laborables, así que ya no debería faltar mucho.",
            },
            empathy = 4, policy = 2,
            tags = { "own-it", "listen" },
            breaks = { 2 },
            effects = { mood = -15 },
            feedback = {
              en = "Every word is true, and it leaves her exactly where she was. You don't need access to billing to walk over to the people who have it. Take the case to them and tell her who has it.",
              it = "Tutto vero, e la lascia esattamente dov'era. Non serve avere accesso alla fatturazione per andare da chi ce l'ha. Porta il caso a loro e dille chi lo sta seguendo.",
              es = "Todo es verdad y la deja exactamente donde estaba. No hace falta tener acceso a facturación para ir a hablar con quien lo tiene. Llévales el caso y dile quién lo lleva.",
            },
            next = "end-escalated",
          },
          choice {
            text = {
              en = "So sorry, Nadia! Leave it with me: you'll have the €59.99 back on your card by tomorrow, I promise. DM me your account email.",
              it = "Scusaci tanto, Nadia! Lascia fare a me: entro domani i 59,99 € tornano sulla tua carta, te lo prometto. Scrivimi in privato l'email dell'account.",
              es = "¡Lo siento muchísimo, Nadia! Déjalo en mis manos: mañana tendrás los 59,99 € de vuelta en la tarjeta, te lo prometo. Pásame por privado el correo de tu cuenta.",
            },
            empathy = 7, policy = 1,
            tags = { "no-lies", "own-it" },
            follows = { 1 },
            breaks = { 3 },
            effects = { mood = 25, set = { promised = true } },
            feedback = {
              en = "You've stopped passing the buck, which is good, but you've promised an amount and a date that only Billing can confirm. Promise what you control: that you'll take it to them today and come back to her.",
              it = "Hai smesso di scaricare la responsabilità, ed è un bene, ma hai promesso importo e data che solo la fatturazione può confermare. Prometti quello che dipende da te: che oggi porti il caso a loro e poi torni da lei.",
              es = "Has dejado de pasar la pelota, y eso está bien, pero has prometido un importe y una fecha que solo Facturación puede confirmar. Promete lo que depende de ti: que hoy se lo llevas y que vuelves a escribirle.",
            },
            next = "dm",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2b
    beat {
      id = "exposed",
      posts = {
        post { from = "nadia", at = "1m", text = {
          en = "Sure: nadia.costa@mailbox.example, card ending 4417, charged €59.99 twice on 3 March.",
          it = "Certo: nadia.costa@mailbox.example, carta che finisce con 4417, addebitati 59,99 € due volte il 3 marzo.",
          es = "Claro: nadia.costa@mailbox.example, tarjeta acabada en 4417, me cobraron 59,99 € dos veces el 3 de marzo.",
        } },
        post { from = "kofi", at = "3m", likes = 12, text = {
          en = "Careful @nadia_c, there are 4,000 people in this channel 👀",
          it = "Attenta @nadia_c, in questo canale siamo in 4.000 👀",
          es = "Cuidado, @nadia_c, que en este canal somos 4.000 👀",
        } },
      },
      decision = decision {
        prompt = {
          en = "Nadia has posted her email and card digits in a channel with 4,000 members. What do you do?",
          it = "Nadia ha pubblicato email e cifre della carta in un canale con 4.000 iscritti. Che cosa fai?",
          es = "Nadia ha publicado su correo y los dígitos de la tarjeta en un canal de 4.000 miembros. ¿Qué haces?",
        },
        target = 40,
        choices = {
          choice {
            text = {
              en = "(Hide her message, then:) Nadia, I've hidden your message because it showed your email and card. That's my fault for asking here, sorry. I've sent you a DM, let's carry on there.",
              it = "(Nascondi il suo messaggio, poi:) Nadia, ho nascosto il tuo messaggio perché si vedevano email e carta. È colpa mia che te li ho chiesti qui, scusami. Ti ho scritto in privato, continuiamo lì.",
              es = "(Ocultas su mensaje y luego:) Nadia, he ocultado tu mensaje porque se veían tu correo y tu tarjeta. Ha sido culpa mía por pedírtelos aquí, perdona. Te he escrito por privado, seguimos allí.",
            },
            empathy = 9, policy = 9,
            tags = { "recover-fast", "go-private", "own-it", "apologise-sincerely" },
            follows = { 1 },
            effects = { set = { exposed = false } },
            effect = function(state) apologise(state, 25) end,
            feedback = {
              en = "You fix your own mistake within minutes, say plainly whose it was, and carry on in the right place. Hiding a member's personal data is exactly what moderation is for.",
              it = "Correggi il tuo errore in pochi minuti, dici chiaramente di chi era la colpa e prosegui nel posto giusto. La moderazione serve proprio a questo: nascondere i dati personali di chi li ha esposti.",
              es = "Corriges tu propio error en minutos, dices claramente de quién fue y sigues donde toca. La moderación sirve justo para eso: ocultar los datos personales de quien los ha expuesto.",
            },
            next = "dm",
          },
          choice {
            text = {
              en = "Thanks Nadia, got it! Checking with Billing now 👍",
              it = "Grazie Nadia, ricevuto! Controllo subito con la fatturazione 👍",
              es = "¡Gracias, Nadia, recibido! Lo miro ahora mismo con Facturación 👍",
            },
            empathy = 6, policy = 1,
            tags = { "go-private", "reply-fast" },
            breaks = { 1 },
            effects = { mood = 5 },
            feedback = {
              en = "Fast and friendly, but her email and card digits stay up for 4,000 people, even after Kofi pointed it out. Hide the message first, then apologise for asking.",
              it = "Veloce e gentile, ma email e cifre della carta restano lì davanti a 4.000 persone, anche dopo che Kofi l'ha fatto notare. Prima nascondi il messaggio, poi scusati per averglieli chiesti.",
              es = "Rapidez y amabilidad, pero su correo y los dígitos de la tarjeta siguen a la vista de 4.000 personas, incluso después de que Kofi lo advirtiera. Primero oculta el mensaje y luego discúlpate por habérselos pedido.",
            },
            next = "dm",
          },
          choice {
            text = {
              en = "(Send Nadia a DM asking her to delete the message herself when she gets a moment.)",
              it = "(Scrivi a Nadia in privato chiedendole di cancellare lei il messaggio appena può.)",
              es = "(Escribes a Nadia por privado para pedirle que borre ella el mensaje cuando pueda.)",
            },
            empathy = 6, policy = 5,
            tags = { "go-private", "recover-fast" },
            cost = "15m",
            effects = { set = { exposed = false } },
            feedback = {
              en = "Discreet, but the data stays public until she happens to read your DM, and the mistake was yours, not hers. You can hide the message yourself right now; do that, and say sorry.",
              it = "Una scelta discreta, ma i dati restano pubblici finché lei non legge il tuo messaggio, e l'errore era tuo, non suo. Puoi nascondere tu il messaggio subito: fallo, e chiedi scusa.",
              es = "Una opción discreta, pero los datos siguen públicos hasta que ella lea tu mensaje, y el error fue tuyo, no suyo. Puedes ocultar tú el mensaje ahora mismo: hazlo y pide perdón.",
            },
            next = "dm",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3
    beat {
      id = "dm",
      posts = {
        post { from = "nadia", at = "1m",
          when = function(state) return sim.chosen("exposed") == nil end,
          text = {
            en = "(direct message) Thanks. Account email is nadia.costa@mailbox.example. Two charges of €59.99 on 3 March, both 'POLYGLOTTA ANNUAL'.",
            it = "(messaggio privato) Grazie. L'email dell'account è nadia.costa@mailbox.example. Due addebiti da 59,99 € il 3 marzo, tutti e due 'POLYGLOTTA ANNUAL'.",
            es = "(mensaje directo) Gracias. El correo de la cuenta es nadia.costa@mailbox.example. Dos cargos de 59,99 € el 3 de marzo, los dos 'POLYGLOTTA ANNUAL'.",
          } },
        post { from = "sofia", at = "15m", text = {
          en = "(internal chat) Found it: the app store retried the payment and it went through twice. I'm refunding the second €59.99 now. It takes 3 to 5 working days to reach her card. I'll email her the refund reference today.",
          it = "(chat interna) Trovato: lo store ha ritentato il pagamento ed è passato due volte. Rimborso subito il secondo addebito da 59,99 €. Ci vogliono da 3 a 5 giorni lavorativi perché arrivi sulla carta. Oggi le mando per email il riferimento del rimborso.",
          es = "(chat interno) Encontrado: la tienda de apps reintentó el pago y se cobró dos veces. Devuelvo ahora el segundo cargo de 59,99 €. Tarda de 3 a 5 días laborables en llegar a la tarjeta. Hoy le mando por correo la referencia del reembolso.",
        } },
      },
      decision = decision {
        prompt = {
          en = "You took Nadia's case to Sofia Marin in Billing, who has confirmed the double charge (see her message). What do you tell Nadia?",
          it = "Hai portato il caso di Nadia a Sofia Marin della fatturazione, che ha confermato l'addebito doppio (vedi il suo messaggio). Cosa dici a Nadia?",
          es = "Le has llevado el caso de Nadia a Sofia Marin, de Facturación, que ha confirmado el cobro doble (mira su mensaje). ¿Qué le dices a Nadia?",
        },
        target = 60,
        weight = 2,
        choices = {
          choice {
            when = function(state) return not state.promised end,
            text = {
              en = "Good news, Nadia: Sofia Marin in Billing has confirmed the double charge and is refunding the second €59.99 today. It can take 3 to 5 working days to reach your card; Sofia will email you the refund reference. I'll check in with you on Friday.",
              it = "Buone notizie, Nadia: Sofia Marin della fatturazione ha confermato l'addebito doppio e oggi ti rimborsa il secondo pagamento da 59,99 €. Sulla carta possono volerci da 3 a 5 giorni lavorativi; Sofia ti manderà per email il riferimento. Venerdì ti riscrivo per controllare.",
              es = "Buenas noticias, Nadia: Sofia Marin, de Facturación, ha confirmado el cobro doble y hoy te devuelve el segundo cargo de 59,99 €. Puede tardar de 3 a 5 días laborables en llegar a la tarjeta; Sofia te mandará la referencia por correo. El viernes te escribo para ver si ha llegado.",
            },
            empathy = 9, policy = 10,
            tags = { "own-it", "no-lies", "listen" },
            follows = { 2, 3 },
            effects = { mood = 15, set = { named = true } },
            feedback = {
              en = "This is a proper hand-over: a named person, what she confirmed, how long it really takes, and a date when you'll come back. Nadia never has to chase anyone.",
              it = "Questo è un passaggio di consegne fatto bene: una persona con nome e cognome, cosa ha confermato, quanto ci vuole davvero e una data in cui ti farai risentire. Nadia non deve rincorrere nessuno.",
              es = "Así se pasa un caso: una persona con nombre, lo que ha confirmado, cuánto tarda de verdad y una fecha en la que vuelves a escribirle. Nadia no tiene que perseguir a nadie.",
            },
            next = after_handover,
          },
          choice {
            when = function(state) return state.promised end,
            text = {
              en = "Nadia, a correction: I shouldn't have said 'by tomorrow', sorry. Sofia Marin in Billing has confirmed the double charge and is refunding the second €59.99 today, but it can take 3 to 5 working days to reach your card. Sofia will email you the reference; I'll check in on Friday.",
              it = "Nadia, una correzione: non dovevo dirti 'entro domani', scusami. Sofia Marin della fatturazione conferma l'addebito doppio e oggi ti rimborsa i 59,99 € in più, ma sulla carta possono volerci 3-5 giorni lavorativi. Sofia ti manda il riferimento per email; venerdì ti riscrivo io.",
              es = "Nadia, una corrección: no debí decirte 'mañana', perdona. Sofia Marin, de Facturación, confirma el cobro doble y hoy te devuelve los 59,99 € de más, pero tarda de 3 a 5 días laborables en llegar a la tarjeta. Sofia te manda la referencia por correo; el viernes te escribo yo.",
            },
            empathy = 9, policy = 10,
            tags = { "no-lies", "own-it", "apologise-sincerely" },
            follows = { 2, 3 },
            effects = { mood = 5, set = { named = true, promised = false } },
            effect = function(state) apologise(state, 10) end,
            feedback = {
              en = "Correcting your own promise before it breaks is uncomfortable and exactly right: she gets the true timeline today instead of an empty card tomorrow. The named contact and the Friday check make it a real hand-over.",
              it = "Correggere la tua promessa prima che salti è scomodo ed è esattamente la cosa giusta: oggi riceve i tempi veri, invece di una carta vuota domani. Il nome della collega e il controllo di venerdì ne fanno un vero passaggio di consegne.",
              es = "Corregir tu propia promesa antes de que falle es incómodo y es justo lo que hay que hacer: hoy recibe los plazos reales en vez de una tarjeta vacía mañana. El nombre de la compañera y el seguimiento del viernes lo convierten en un traspaso de verdad.",
            },
            next = after_handover,
          },
          choice {
            when = function(state) return not state.promised end,
            text = {
              en = "All sorted, Nadia! The money will be back on your card by tomorrow 🎉",
              it = "Tutto risolto, Nadia! Entro domani i soldi tornano sulla tua carta 🎉",
              es = "¡Todo resuelto, Nadia! Mañana tendrás el dinero de vuelta en la tarjeta 🎉",
            },
            empathy = 6, policy = 1,
            tags = { "no-lies", "own-it" },
            breaks = { 3 },
            effects = { mood = 20, set = { promised = true } },
            feedback = {
              en = "Sofia said 3 to 5 working days. 'By tomorrow' makes tonight nicer and guarantees a disappointed Nadia later this week. Give her the real timeline and who to ask.",
              it = "Sofia ha detto da 3 a 5 giorni lavorativi. 'Entro domani' rende più piacevole la serata e ti garantisce una Nadia delusa nel giro di qualche giorno. Dalle i tempi veri e il nome a cui rivolgersi.",
              es = "Sofia dijo de 3 a 5 días laborables. 'Mañana' le alegra la tarde y te asegura una Nadia decepcionada dentro de unos días. Dale el plazo real y a quién preguntar.",
            },
            next = after_handover,
          },
          choice {
            text = {
              en = "I've passed your case on to Billing, Nadia. They'll be in touch with you directly.",
              it = "Ho girato il tuo caso alla fatturazione, Nadia. Ti contatteranno direttamente loro.",
              es = "He pasado tu caso a Facturación, Nadia. Ellos se pondrán en contacto contigo directamente.",
            },
            empathy = 4, policy = 3,
            tags = { "own-it", "listen" },
            breaks = { 2 },
            effects = { set = { named = false } },
            feedback = {
              en = "It's a hand-over, but a faceless one: no name, no timeline, no follow-up. Exactly the kind of silence she came to the chat to escape. Tell her who has it, what they said and when you'll check.",
              it = "È un passaggio di consegne, ma senza volto: niente nome, niente tempi, niente seguito. Proprio il silenzio da cui era scappata venendo in chat. Dille chi segue il caso, cosa ha detto e quando ricontrollerai.",
              es = "Es un traspaso, pero sin cara: sin nombre, sin plazos, sin seguimiento. Justo el silencio del que vino huyendo al chat. Dile quién lleva el caso, qué le han dicho y cuándo vas a comprobarlo.",
            },
            next = after_handover,
          },
        },
      },
    },

    ---------------------------------------------------------------- 4a
    beat {
      id = "friday",
      posts = {
        post { from = "sofia", at = "4d", text = {
          en = "(internal chat) FYI: the bank has confirmed Nadia Costa's refund. I emailed her the reference on Monday.",
          it = "(chat interna) Per conoscenza: la banca ha confermato il rimborso di Nadia Costa. Il riferimento gliel'ho mandato per email lunedì.",
          es = "(chat interno) Para que lo sepas: el banco ha confirmado el reembolso de Nadia Costa. Le mandé la referencia por correo el lunes.",
        } },
      },
      decision = decision {
        prompt = {
          en = "It's Friday. Nadia hasn't written since Monday, and Sofia says the bank has confirmed the refund. What do you do?",
          it = "È venerdì. Nadia non scrive da lunedì e Sofia dice che la banca ha confermato il rimborso. Che cosa fai?",
          es = "Es viernes. Nadia no ha escrito desde el lunes y Sofia dice que el banco ya ha confirmado el reembolso. ¿Qué haces?",
        },
        target = 60,
        timeout = "8h",
        silence = choice {
          empathy = 3, policy = 3,
          tags = { "own-it", "listen" },
          breaks = { 2 },
          feedback = {
            en = "No news is probably good news, but you told her you'd check on Friday. The follow-up is what makes a hand-over feel like being looked after; it takes one message.",
            it = "Nessuna notizia, buona notizia, probabilmente. Ma le avevi detto che venerdì avresti controllato. È il ricontrollo finale che fa sentire una persona seguita davvero, e costa un messaggio.",
            es = "Si no hay noticias, seguramente es buena señal, pero le dijiste que el viernes lo comprobarías. Es el seguimiento lo que hace que alguien se sienta atendido de verdad después de un traspaso, y cuesta un solo mensaje.",
          },
          next = "end-contained",
        },
        choices = {
          choice {
            text = {
              en = "(Direct message) Hi Nadia, checking in as promised: Sofia tells me the bank has confirmed your refund. Has it shown up on your card? If not, tell me and I'll chase it today.",
              it = "(Messaggio privato) Ciao Nadia, ti riscrivo come promesso: Sofia mi dice che la banca ha confermato il rimborso. Ti è arrivato sulla carta? Se no, dimmelo e oggi stesso sollecito.",
              es = "(Mensaje directo) Hola, Nadia, te escribo como te dije: Sofia me cuenta que el banco ya ha confirmado tu reembolso. ¿Te ha llegado ya a la tarjeta? Si no, dímelo y hoy mismo lo reclamo.",
            },
            empathy = 9, policy = 9,
            tags = { "own-it", "listen" },
            follows = { 2 },
            effects = { mood = 10 },
            feedback = {
              en = "You kept your word, in private, and left the door open in case something went wrong. That's the last step of owning it, and the one people remember.",
              it = "Hai mantenuto la parola, in privato, e hai lasciato la porta aperta nel caso qualcosa fosse andato storto. È l'ultimo passo del farsene carico, ed è quello che la gente ricorda.",
              es = "Has cumplido tu palabra, en privado, y has dejado la puerta abierta por si algo falla. Es el último paso de hacerte cargo, y el que la gente recuerda.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "(In #help) Happy to report that @nadia_c's double charge has been refunded! If anyone else was charged twice, DM me.",
              it = "(In #help) Piccolo aggiornamento: l'addebito doppio di @nadia_c è stato rimborsato! Se è capitato anche a qualcun altro, scrivetemi in privato.",
              es = "(En #help) Buenas noticias: ¡ya se ha devuelto el cobro doble de @nadia_c! Si a alguien más le han cobrado dos veces, que me escriba por privado.",
            },
            empathy = 6, policy = 5,
            tags = { "listen", "go-private" },
            effects = { mood = 0 },
            feedback = {
              en = "Closing the loop in public is a good instinct, and the invitation to others is smart. But you haven't asked Nadia whether the money has actually arrived, or whether she wants her refund announced. Check with her first.",
              it = "Chiudere il cerchio in pubblico è un buon istinto, e l'invito agli altri è furbo. Però non hai chiesto a Nadia se i soldi sono davvero arrivati, né se le va che si annunci il suo rimborso. Prima senti lei.",
              es = "Cerrar el tema en público es buena idea, y la invitación a los demás es inteligente. Pero no le has preguntado a Nadia si el dinero le ha llegado de verdad, ni si quiere que se anuncie su reembolso. Pregúntale a ella primero.",
            },
            next = "end-contained",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4b
    beat {
      id = "chaser",
      posts = {
        post { from = "nadia", at = "4d", likes = 14, replies = 3,
          when = function(state) return state.promised end,
          text = {
            en = "Update for anyone who was charged twice: I was promised the money back 'by tomorrow'. That was on Monday. It's Friday, and still nothing on my card 🙃",
            it = "Aggiornamento per chi ha avuto un addebito doppio: mi avevano promesso i soldi indietro 'entro domani'. Era lunedì. Oggi è venerdì e sulla carta ancora niente 🙃",
            es = "Actualización para quien también haya sufrido un cobro doble: me prometieron el dinero 'para mañana'. Eso fue el lunes. Hoy es viernes y en la tarjeta, nada 🙃",
          } },
        post { from = "nadia", at = "4d", likes = 18, replies = 4,
          when = function(state) return not state.promised end,
          text = {
            en = "Update for anyone who was charged twice: four days after 'Billing will be in touch', nobody has been in touch. Back to square one.",
            it = "Aggiornamento per chi ha avuto un addebito doppio: quattro giorni dopo 'ti contatteranno dalla fatturazione', non mi ha contattato nessuno. Punto e a capo.",
            es = "Actualización para quien también haya sufrido un cobro doble: cuatro días después de 'Facturación se pondrá en contacto contigo', nadie se ha puesto en contacto. Vuelta a empezar.",
          } },
        post { from = "kofi", at = "4d1h", likes = 8,
          text = {
            en = "@nadia_c Ask your bank for a chargeback, that's what finally worked for me.",
            it = "@nadia_c Chiedi lo storno alla banca, a me alla fine ha funzionato solo così.",
            es = "@nadia_c Pide a tu banco un contracargo, a mí al final fue lo único que me funcionó.",
          } },
      },
      decision = decision {
        prompt = {
          en = "Nadia is back in #help, in public, and she isn't happy. Sofia confirms the refund went out on Monday, the day you asked her. She emailed Nadia the reference, but it may have ended up in spam. What do you do?",
          it = "Nadia è tornata in #help, in pubblico, e non è contenta. Sofia conferma che il rimborso è partito lunedì, il giorno stesso in cui gliel'hai chiesto. Ha mandato a Nadia il riferimento per email, ma potrebbe essere finito nello spam. Che cosa fai?",
          es = "Nadia ha vuelto a #help, en público, y no está contenta. Sofia confirma que el reembolso salió el lunes, el mismo día que se lo pediste. Le envió a Nadia la referencia por correo, pero puede que haya acabado en spam. ¿Qué haces?",
        },
        target = 45,
        timeout = "2h",
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast", "own-it" },
          effects = { mood = -20 },
          feedback = {
            en = "She's telling everyone in #help that nobody followed through, and silence proves her right. Come back in public, own the gap, and give her the facts.",
            it = "Sta dicendo a tutto #help che nessuno ha seguito il suo caso, e il silenzio le dà ragione. Torna in pubblico, ammetti la mancanza e dalle i fatti.",
            es = "Le está contando a todo #help que nadie hizo seguimiento, y el silencio le da la razón. Vuelve en público, reconoce el fallo y dale los datos.",
          },
          next = "end-escalated",
        },
        choices = {
          choice {
            text = {
              en = "Nadia, I'm sorry, I should have stayed on this with you. Sofia Marin in Billing tells me your refund went out on Monday, and I've sent you the reference by DM. Banks can take a few more days to show it. I'll check with you again on Monday; until it's there, I'm the person to ask.",
              it = "Nadia, scusami, avrei dovuto seguire la cosa con te. Sofia Marin della fatturazione mi conferma che il rimborso è partito lunedì; ti ho mandato il riferimento in privato. La banca può metterci ancora qualche giorno: lunedì ti riscrivo, e fino ad allora chiedi pure a me.",
              es = "Nadia, lo siento, tenía que haber estado encima de esto. Sofia Marin, de Facturación, me confirma que tu reembolso salió el lunes; te he mandado la referencia por privado. El banco puede tardar unos días más: el lunes te vuelvo a escribir y, mientras tanto, pregúntame a mí.",
            },
            empathy = 9, policy = 9,
            tags = { "recover-fast", "own-it", "apologise-sincerely", "go-private" },
            follows = { 1, 2, 3 },
            effect = function(state) apologise(state, 20) end,
            feedback = {
              en = "You own the gap in public, where she raised it, give the facts without her private details, and make yourself her single point of contact. It's the hand-over you should have done the first time.",
              it = "Ammetti la mancanza in pubblico, dove lei l'ha sollevata, dai i fatti senza i suoi dati privati e diventi il suo unico punto di riferimento. È il passaggio di consegne che andava fatto la prima volta.",
              es = "Reconoces el fallo en público, donde ella lo planteó, das los hechos sin exponer sus datos personales y te conviertes en su único punto de contacto. Es el traspaso que tenías que haber hecho la primera vez.",
            },
            next = "end-contained",
          },
          choice {
            text = {
              en = "Hi Nadia, refunds are processed by our Billing team and usually take 5 to 7 working days. Please check your email for updates from them.",
              it = "Ciao Nadia, i rimborsi li gestisce il team fatturazione e di solito richiedono da 5 a 7 giorni lavorativi. Controlla la tua email per eventuali aggiornamenti da parte loro.",
              es = "Hola, Nadia, los reembolsos los gestiona nuestro equipo de Facturación y suelen tardar de 5 a 7 días laborables. Revisa tu correo por si te han escrito.",
            },
            empathy = 3, policy = 2,
            tags = { "own-it", "listen" },
            breaks = { 2 },
            effects = { mood = -20 },
            feedback = {
              en = "It's the same 'someone else's department' answer that brought her here, now in front of everyone. You can find out what happened in two minutes: ask Sofia, then tell Nadia.",
              it = "È la stessa risposta 'se ne occupa un altro reparto' che l'aveva portata qui, stavolta davanti a tutti. Puoi scoprire cosa è successo in due minuti: chiedi a Sofia, poi dillo a Nadia.",
              es = "Es la misma respuesta de 'eso lo lleva otro departamento' que la trajo aquí, ahora delante de todos. Puedes averiguar qué ha pasado en dos minutos: pregúntale a Sofia y cuéntaselo a Nadia.",
            },
            next = "end-escalated",
          },
          choice {
            text = {
              en = "(Direct message) Hi Nadia, sorry about this. Let me look into it and get back to you.",
              it = "(Messaggio privato) Ciao Nadia, mi dispiace. Fammi controllare e ti faccio sapere.",
              es = "(Mensaje directo) Hola, Nadia, lo siento. Déjame mirarlo y te digo algo.",
            },
            empathy = 5, policy = 5,
            tags = { "go-private", "own-it", "apologise-sincerely" },
            effect = function(state) apologise(state, 10) end,
            feedback = {
              en = "Kind enough, but the complaint is public and your answer is private, so #help only sees that nobody replied. And you already have the answer: Sofia gave it to you. Answer in the thread with the facts.",
              it = "Abbastanza gentile, ma il reclamo è pubblico e la tua risposta privata, quindi in #help si vede solo che nessuno ha risposto. E la risposta ce l'hai già: te l'ha data Sofia. Rispondi nel thread con i fatti.",
              es = "Es amable, pero la queja es pública y tu respuesta privada, así que en #help solo se ve que nadie contestó. Y ya tienes la respuesta: te la ha dado Sofia. Contesta en el hilo con los datos.",
            },
            next = "end-contained",
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved", text = {
        en = "The refund arrives and Nadia replies to your message: 'Got it, thank you for actually following it up.' A week later she's the one in #help telling Kofi to ask the community team.",
        it = "Il rimborso arriva e Nadia risponde al tuo messaggio: 'Arrivato, grazie per averlo seguito davvero.' Una settimana dopo è lei, in #help, a dire a Kofi di rivolgersi al team community.",
        es = "El reembolso llega y Nadia contesta a tu mensaje: 'Ya lo tengo, gracias por hacer el seguimiento de verdad.' Una semana después es ella la que, en #help, le dice a Kofi que pregunte al equipo de comunidad.",
      } },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained", text = {
        en = "Nadia gets her money back and keeps her plan, but when someone in #help asks about billing, she tells them to be ready to chase.",
        it = "Nadia riceve il rimborso e non disdice l'abbonamento, ma quando qualcuno in #help chiede della fatturazione gli dice di prepararsi a insistere.",
        es = "Nadia recupera su dinero y mantiene el plan, pero cuando alguien en #help pregunta por facturación, le dice que se prepare para insistir.",
      } },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated", text = {
        en = "Nadia asks her bank for a chargeback, cancels her plan and leaves a one-star review: 'Support is a maze of people telling you it's someone else's job.' Kofi adds his own story underneath.",
        it = "Nadia chiede lo storno alla banca, disdice l'abbonamento e lascia una recensione a una stella: 'L'assistenza è un labirinto di gente che ti dice che non tocca a loro.' Sotto, Kofi aggiunge la sua storia.",
        es = "Nadia pide a su banco un contracargo, cancela el plan y deja una reseña de una estrella: 'El soporte es un laberinto de gente que te dice que eso no es cosa suya.' Debajo, Kofi añade su propia historia.",
      } },
    },
  },
}
