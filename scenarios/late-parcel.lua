-- late-parcel.lua — an angry customer on a public feed: a birthday present
-- stuck at the depot, the party is tomorrow. Intro level, in English, Italian
-- and Spanish.
--
-- Teaches: a fast, specific first reply; moving personal data to DMs; bad news
-- told early instead of a promise nobody confirmed; closing the loop in public.

-- Each apology counts for less than the one before: the first earns the full
-- points, the second half, the third a third. The count lives in state.
local function apologise(state, points)
  state.apologies = state.apologies + 1
  state.mood.giulia = state.mood.giulia + points // state.apologies
end

-- Once the case is sorted, the ending depends on how Giulia feels and on
-- whether her address is still sitting in the public thread.
local function closing(state)
  if state.mood.giulia >= 0 and not state.exposed then
    return "end-resolved"
  end
  return "end-contained"
end

return scenario {
  id = "late-parcel",
  lang = "en",
  title = { en = "The late parcel", it = "Il pacco in ritardo", es = "El paquete que no llega" },
  summary = {
    en = "A mother's birthday present for her son is stuck at the depot and she has gone public. Calm her down, find the parcel, and keep her data out of the feed.",
    it = "Il regalo di compleanno per il figlio di una cliente è fermo in deposito e lei si sfoga in pubblico. Calmala, ritrova il pacco e tieni i suoi dati fuori dal feed.",
    es = "El regalo de cumpleaños de una clienta para su hijo está parado en el almacén y ella lo ha contado en público. Cálmala, encuentra el paquete y mantén sus datos fuera del feed.",
  },
  archetype = { "angry-customer", "public-complaint" },
  channel = "feed",
  difficulty = "intro",
  minutes = 6,
  brand = { name = "Rondine Express", handle = "@RondineExpress" },

  rules = {
    {
      en = "Personal data (addresses, phone numbers, order and tracking numbers) never goes in public: move it to direct messages.",
      it = "Mai dati personali in pubblico (indirizzi, numeri di telefono, numeri d'ordine o di spedizione): si passa in messaggio privato.",
      es = "Los datos personales (direcciones, teléfonos, números de pedido y de envío) nunca van en público: se pasan a mensajes directos.",
    },
    {
      en = "Never promise a delivery date the depot has not confirmed.",
      it = "Mai promettere una data di consegna che il deposito non ha confermato.",
      es = "Nunca prometas una fecha de entrega que el almacén no haya confirmado.",
    },
    {
      en = "When a complaint moves to DMs, come back to the public thread and close the loop.",
      it = "Quando un reclamo passa in privato, si torna sul thread pubblico a chiudere il cerchio.",
      es = "Cuando una queja pasa a privado, se vuelve al hilo público para cerrarla.",
    },
  },

  personas = {
    persona { id = "giulia", name = "Giulia Sartori", handle = "@giulia_sarto",
              role = { en = "customer", it = "cliente", es = "clienta" }, mood = -50 },
    persona { id = "paolo", name = "Paolo Ricci", handle = "@paolo_in_bici",
              role = { en = "another customer", it = "un altro cliente", es = "otro cliente" }, mood = -30 },
    persona { id = "elena", name = "Elena Bassi", handle = "@elenab_",
              role = { en = "bystander", it = "utente di passaggio", es = "usuaria de paso" } },
    persona { id = "chiara", name = "Chiara Donati", handle = "@chiaradonati_cronaca",
              role = { en = "local journalist", it = "giornalista locale", es = "periodista local" } },
  },

  state = {
    apologies = 0,     -- how many times we have said sorry to Giulia
    promised = false,  -- we promised a delivery date the depot never confirmed
    exposed = false,   -- Giulia's address is visible in the public thread
  },
  audience = 15,

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "complaint",
      posts = {
        post { from = "giulia", likes = 24, shares = 6, replies = 3, text = {
          en = "@RondineExpress My son's birthday present was due on TUESDAY. Tracking has said 'at the depot' for four days, the party is tomorrow, and nobody picks up the phone. Great job 👏",
          it = "@RondineExpress Il regalo di compleanno di mio figlio doveva arrivare MARTEDÌ. Da quattro giorni il tracking dice 'in giacenza presso il deposito', la festa è domani e al telefono non risponde nessuno. Complimenti davvero 👏",
          es = "@RondineExpress El regalo de cumpleaños de mi hijo tenía que llegar el MARTES. Hace cuatro días que el seguimiento pone 'en el almacén', la fiesta es mañana y nadie coge el teléfono. Enhorabuena, de verdad 👏",
        } },
        post { from = "paolo", at = "3m", likes = 11, shares = 1, text = {
          en = "@giulia_sarto Same here. Mine has been 'at the depot' in Verona for six days. They never answer.",
          it = "@giulia_sarto Uguale. Il mio è 'in deposito' a Verona da sei giorni. Non rispondono mai.",
          es = "@giulia_sarto Igual que yo. El mío lleva seis días 'en el almacén' de Verona. No contestan nunca.",
        } },
      },
      decision = decision {
        prompt = {
          en = "Giulia's complaint is public and collecting likes. How do you answer her?",
          it = "Il reclamo di Giulia è pubblico e sta raccogliendo like. Come le rispondi?",
          es = "La queja de Giulia es pública y está sumando 'me gusta'. ¿Cómo le respondes?",
        },
        target = 45,
        timeout = "2h",
        silence = choice {
          empathy = 0, policy = 3,
          tags = { "reply-fast" },
          effects = { mood = -25, audience = 35 },
          feedback = {
            en = "Two hours of silence on a public complaint is an answer too: it tells Giulia and everyone watching that nobody is listening. A short acknowledgement within minutes would have kept this small.",
            it = "Due ore di silenzio su un reclamo pubblico sono comunque una risposta: dicono a Giulia e a chi guarda che nessuno ascolta. Sarebbe bastato un breve riscontro nel giro di pochi minuti per non farla crescere.",
            es = "Dos horas de silencio ante una queja pública también son una respuesta: le dicen a Giulia y a todo el que mira que nadie escucha. Con un breve 'lo hemos visto' en pocos minutos, la cosa no habría ido a más.",
          },
          next = "brushoff",
        },
        choices = {
          choice {
            text = {
              en = "Giulia, I'm sorry: four days stuck at the depot isn't acceptable, least of all with a party tomorrow. I'm on it now. Please DM us the tracking number and I'll chase the depot myself.",
              it = "Giulia, mi dispiace: quattro giorni fermo in deposito non è accettabile, tanto meno con una festa domani. Me ne occupo subito. Mandaci in privato il numero di spedizione e sollecito io il deposito.",
              es = "Giulia, lo siento: cuatro días parado en el almacén no es aceptable, y menos con una fiesta mañana. Me pongo con ello ahora mismo. Mándanos por privado el número de seguimiento y yo me encargo de reclamar al almacén.",
            },
            empathy = 9, policy = 9,
            tags = { "apologise-sincerely", "reply-fast", "go-private" },
            follows = { 1 },
            effect = function(state) apologise(state, 30) end,
            feedback = {
              en = "A specific apology, a visible first step, and the tracking number moved to DMs: the public sees a brand that cares and nothing private gets posted. This is what a good first reply looks like.",
              it = "Scuse precise, un primo passo concreto e il numero di spedizione spostato in privato: chi legge vede un marchio che si interessa e nessun dato finisce in pubblico. Una buona prima risposta è fatta così.",
              es = "Una disculpa concreta, un primer paso visible y el número de seguimiento pasado a privado: el público ve una marca que se preocupa y no se publica nada personal. Así es una buena primera respuesta.",
            },
            next = "dm",
          },
          choice {
            text = {
              en = "Hi Giulia, sorry about that! Could you reply with your tracking number and delivery address so we can look into it?",
              it = "Ciao Giulia, ci dispiace! Puoi risponderci qui con il numero di spedizione e l'indirizzo di consegna, così verifichiamo?",
              es = "¡Hola, Giulia, lo sentimos! ¿Nos puedes responder aquí con el número de seguimiento y la dirección de entrega para que lo revisemos?",
            },
            empathy = 6, policy = 1,
            tags = { "go-private", "reply-fast" },
            breaks = { 1 },
            effects = { mood = 5, audience = 10, set = { exposed = true } },
            feedback = {
              en = "Friendly and fast, but you have just asked a customer to publish her home address to everyone following the thread. Keep the apology and ask for the details by DM.",
              it = "Risposta cortese e rapida, ma hai appena chiesto a una cliente di pubblicare il suo indirizzo di casa davanti a tutti. Tieni le scuse e chiedi i dati in privato.",
              es = "Respuesta amable y rápida, pero acabas de pedirle a una clienta que publique la dirección de su casa delante de todo el que sigue el hilo. Mantén la disculpa y pide los datos por mensaje directo.",
            },
            next = "exposed",
          },
          choice {
            text = {
              en = "We're sorry for any inconvenience. Delivery times may vary during busy periods. Please check the tracking page for the latest updates.",
              it = "Ci scusiamo per l'eventuale disagio. Nei periodi di maggior traffico i tempi di consegna possono variare. Ti invitiamo a controllare la pagina di tracciamento per gli aggiornamenti.",
              es = "Lamentamos las molestias que hayan podido ocasionarse. En periodos de alta demanda, los plazos de entrega pueden variar. Te invitamos a consultar la página de seguimiento para ver las últimas novedades.",
            },
            empathy = 2, policy = 6,
            tags = { "apologise-sincerely", "listen" },
            effects = { mood = -20, audience = 20, add = { apologies = 1 } },
            feedback = {
              en = "'Sorry for any inconvenience', plus a link to the page she has been staring at for four days, reads as a copy-paste brush-off. Name the problem, own it, and offer a concrete next step.",
              it = "'Ci scusiamo per l'eventuale disagio', più il rimando alla pagina che fissa da quattro giorni, suona come una risposta automatica. Nomina il problema, assumitene la responsabilità e proponi un passo concreto.",
              es = "'Lamentamos las molestias', más un enlace a la página que lleva cuatro días mirando, suena a respuesta copiada y pegada. Nombra el problema, asúmelo y ofrece un paso concreto.",
            },
            next = "brushoff",
          },
          choice {
            text = {
              en = "Hi Giulia! I've flagged it as urgent with the depot. It'll be with you tomorrow morning, before the party. Promise! 🎁",
              it = "Ciao Giulia! L'ho segnalato come urgente al deposito: domattina sarà da te, prima della festa. Promesso! 🎁",
              es = "¡Hola, Giulia! Lo he marcado como urgente en el almacén. Mañana por la mañana lo tienes en casa, antes de la fiesta. ¡Prometido! 🎁",
            },
            empathy = 7, policy = 1,
            tags = { "no-lies", "reply-fast" },
            breaks = { 2 },
            effects = { mood = 30, set = { promised = true } },
            feedback = {
              en = "It feels kind and buys a few calm hours, but nobody has confirmed that date, and a broken promise does far more damage than honest bad news. Promise only the step you control: 'I'm chasing the depot and I'll be back to you within the hour.'",
              it = "Sembra gentile e ti fa guadagnare qualche ora di tregua, ma nessuno ha confermato quella data, e una promessa mancata fa molti più danni di una cattiva notizia detta subito. Prometti solo ciò che dipende da te: 'Sto sollecitando il deposito, ti aggiorno entro un'ora.'",
              es = "Parece amable y te da unas horas de calma, pero nadie ha confirmado esa fecha, y una promesa incumplida hace mucho más daño que una mala noticia dada a tiempo. Promete solo el paso que depende de ti: 'Estoy reclamando al almacén y te digo algo en una hora'.",
            },
            next = "dm",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2a
    beat {
      id = "exposed",
      posts = {
        post { from = "giulia", at = "2m", likes = 9, replies = 1, text = {
          en = "@RondineExpress Tracking RX-4471-0932, Via dei Mille 14, Padova. Now please DO something.",
          it = "@RondineExpress Spedizione RX-4471-0932, via dei Mille 14, Padova. Adesso però FATE qualcosa.",
          es = "@RondineExpress Envío RX-4471-0932, Via dei Mille 14, Padova. Y ahora, por favor, HACED algo.",
        } },
        post { from = "elena", at = "6m", likes = 31, shares = 4, text = {
          en = "@giulia_sarto you might want to delete that, your home address is public now 😬 @RondineExpress did you really ask for that here?",
          it = "@giulia_sarto forse ti conviene cancellarlo, adesso il tuo indirizzo di casa è pubblico 😬 @RondineExpress ma davvero ve lo fate scrivere qui?",
          es = "@giulia_sarto yo que tú lo borraría, ahora tu dirección es pública 😬 @RondineExpress ¿en serio le pedís eso aquí?",
        } },
      },
      decision = decision {
        prompt = {
          en = "Giulia has posted her address and tracking number in public, and someone has noticed. What now?",
          it = "Giulia ha pubblicato indirizzo e numero di spedizione, e qualcuno se n'è accorto. E adesso?",
          es = "Giulia ha publicado su dirección y el número de envío, y alguien se ha dado cuenta. ¿Y ahora?",
        },
        target = 40,
        choices = {
          choice {
            text = {
              en = "Giulia, please delete that reply: it shows your address, and that's my fault for asking here. Sorry. I've sent you a DM and I'm already on the phone with the depot.",
              it = "Giulia, ti chiedo di cancellare quella risposta: c'è il tuo indirizzo, ed è colpa mia che te l'ho chiesto qui. Scusami. Ti ho scritto in privato e sono già al telefono con il deposito.",
              es = "Giulia, por favor, borra esa respuesta: se ve tu dirección, y ha sido culpa mía por pedírtela aquí. Perdona. Te he escrito por privado y ya estoy al teléfono con el almacén.",
            },
            empathy = 9, policy = 8,
            tags = { "recover-fast", "own-it", "go-private", "apologise-sincerely" },
            follows = { 1 },
            effects = { audience = -5, set = { exposed = false } },
            effect = function(state) apologise(state, 30) end,
            feedback = {
              en = "You spotted your own mistake and fixed it in public within minutes: that is recovering fast. Owning it plainly ('my fault for asking here') costs nothing and earns trust.",
              it = "Hai visto il tuo errore e l'hai corretto in pubblico nel giro di pochi minuti: questo è recuperare in fretta. Ammetterlo con semplicità ('è colpa mia che te l'ho chiesto qui') non costa niente e fa guadagnare fiducia.",
              es = "Has visto tu propio error y lo has corregido en público en pocos minutos: eso es recuperarse rápido. Reconocerlo sin rodeos ('ha sido culpa mía por pedírtela aquí') no cuesta nada y genera confianza.",
            },
            next = "dm",
          },
          choice {
            text = {
              en = "Thanks Giulia, got it! Checking with the Padova depot now, back to you shortly.",
              it = "Grazie Giulia, ricevuto! Verifico subito con il deposito di Padova e ti aggiorno a breve.",
              es = "¡Gracias, Giulia, recibido! Lo compruebo ahora mismo con el almacén de Padova y te digo algo enseguida.",
            },
            empathy = 6, policy = 2,
            tags = { "reply-fast", "go-private" },
            breaks = { 1 },
            effects = { mood = 5, audience = 10 },
            feedback = {
              en = "Fast and polite, but it ignores the real problem: her address stays public, and Elena has just pointed it out to everyone. Ask her to delete it, apologise for asking, and move to DMs.",
              it = "Veloce e cortese, ma ignori il problema vero: il suo indirizzo resta pubblico ed Elena l'ha appena fatto notare a tutti. Chiedile di cancellarlo, scusati per averlo chiesto e passa in privato.",
              es = "Respuesta rápida y educada, pero pasa por alto el problema de verdad: su dirección sigue a la vista y Elena acaba de señalarlo delante de todos. Pídele que la borre, discúlpate por habérsela pedido y pasa a privado.",
            },
            next = "dm",
          },
          choice {
            text = {
              en = "@elenab_ Thanks, but the customer chose to share those details. We're handling it.",
              it = "@elenab_ Grazie, ma è stata la cliente a scegliere di condividere quei dati. Ce ne stiamo occupando.",
              es = "@elenab_ Gracias, pero ha sido la clienta la que ha decidido compartir esos datos. Ya nos estamos ocupando.",
            },
            empathy = 2, policy = 2,
            tags = { "own-it", "not-personal" },
            breaks = { 1 },
            effects = { mood = { giulia = -25, elena = -20 }, audience = 20 },
            feedback = {
              en = "Arguing with a bystander who is right turns a slip into a story, and it blames the customer for doing what you asked. Thank Elena, own the mistake, and protect Giulia's data.",
              it = "Mettersi a discutere con chi ha ragione trasforma una svista in un caso, e per di più dà la colpa alla cliente che ha solo fatto quello che le avevi chiesto. Ringrazia Elena, ammetti l'errore e proteggi i dati di Giulia.",
              es = "Discutir con alguien que tiene razón convierte un despiste en un caso, y encima culpa a la clienta por hacer lo que tú le pediste. Dale las gracias a Elena, reconoce el error y protege los datos de Giulia.",
            },
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2b
    beat {
      id = "brushoff",
      posts = {
        post { from = "giulia", likes = 86, shares = 22, replies = 14,
          when = function(state) return sim.chosen("complaint") == 3 end,
          text = {
            en = "'Delivery times may vary.' Four days, a child's birthday, and I get a copy-paste. Is there a human at @RondineExpress?",
            it = "'I tempi di consegna possono variare.' Quattro giorni, il compleanno di un bambino, e mi rispondete con un copia-incolla. C'è un essere umano da @RondineExpress?",
            es = "'Los plazos de entrega pueden variar.' Cuatro días, el cumpleaños de un niño, y me contestáis con un copia y pega. ¿Hay algún ser humano en @RondineExpress?",
          } },
        post { from = "giulia", likes = 140, shares = 65, replies = 31,
          when = function(state) return sim.chosen("complaint") == 0 end,
          text = {
            en = "Two hours, not a word from @RondineExpress. Share if they're sitting on your parcel too. #RondineLost",
            it = "Due ore e da @RondineExpress neanche una parola. Condividete se anche il vostro pacco è sparito da loro. #RondinePersa",
            es = "Dos horas y ni una palabra de @RondineExpress. Compartid si a vosotros también os han perdido un paquete. #RondinePerdida",
          } },
        post { from = "paolo", at = "4m", likes = 40, shares = 8, text = {
          en = "@giulia_sarto Six days and counting in Verona. I'm starting to think the depot is a black hole.",
          it = "@giulia_sarto Il mio è fermo a Verona da sei giorni e non si muove. Comincio a pensare che il deposito sia un buco nero.",
          es = "@giulia_sarto El mío lleva seis días en Verona y no se mueve. Empiezo a pensar que el almacén es un agujero negro.",
        } },
        post { from = "chiara", at = "9m", likes = 52, shares = 19,
          when = function(state) return state.audience >= 45 end,
          text = {
            en = "@giulia_sarto I'm writing a piece on courier delays this month. Could I DM you? @RondineExpress, any comment?",
            it = "@giulia_sarto Sto scrivendo un pezzo sui ritardi dei corrieri di questo mese. Posso scriverti in privato? @RondineExpress, avete un commento?",
            es = "@giulia_sarto Estoy escribiendo un artículo sobre los retrasos de las empresas de mensajería este mes. ¿Te puedo escribir por privado? @RondineExpress, ¿algún comentario?",
          } },
      },
      decision = decision {
        prompt = {
          en = "The complaint is spreading. How do you recover?",
          it = "Il reclamo si sta diffondendo. Come recuperi?",
          es = "La queja se está extendiendo. ¿Cómo lo remontas?",
        },
        target = 40,
        weight = 2,
        choices = {
          choice {
            text = {
              en = "Giulia, you deserved a real answer, not a template, and I'm sorry. Four days at our depot is our failure. I'm taking this on personally: DM me the tracking number and I'll be back to you within the hour.",
              it = "Giulia, meritavi una risposta vera, non un modulo prestampato: mi dispiace. Quattro giorni fermo nel nostro deposito: la colpa è nostra. Me ne occupo io personalmente: scrivimi in privato il numero di spedizione e ti rispondo entro un'ora.",
              es = "Giulia, te merecías una respuesta de verdad, no una plantilla, y lo siento. Cuatro días en nuestro almacén son un fallo nuestro. Me encargo yo personalmente: mándame por privado el número de seguimiento y te respondo en menos de una hora.",
            },
            empathy = 9, policy = 9,
            tags = { "recover-fast", "apologise-sincerely", "own-it", "go-private" },
            follows = { 1 },
            effects = { audience = -5 },
            effect = function(state) apologise(state, 30) end,
            feedback = {
              en = "This is how to recover: admit the first reply fell short, apologise for something specific, and give a time you can keep. The tracking number goes to DMs, so the fix stays private while the public sees you acting.",
              it = "Ecco come si recupera: ammetti che la prima risposta non bastava, scusati per qualcosa di preciso e dai una scadenza che puoi rispettare. Il numero di spedizione passa in privato, così la soluzione resta riservata mentre il pubblico ti vede agire.",
              es = "Así se remonta: reconoces que la primera respuesta se quedó corta, te disculpas por algo concreto y das un plazo que puedes cumplir. El número de seguimiento va por privado, así que la solución queda en privado mientras el público ve que actúas.",
            },
            next = "dm",
          },
          choice {
            text = {
              en = "As mentioned, delivery times may vary. For specific enquiries please call our customer line.",
              it = "Come già indicato, i tempi di consegna possono variare. Per richieste specifiche ti invitiamo a chiamare il servizio clienti.",
              es = "Como ya te indicamos, los plazos de entrega pueden variar. Para consultas concretas, llama a nuestro servicio de atención al cliente.",
            },
            empathy = 1, policy = 4,
            tags = { "own-it", "listen" },
            effects = { mood = -20, audience = 15 },
            feedback = {
              en = "She has already told everyone that nobody answers the phone; sending her back there is 'not my job' in public. Own the case yourself and see it through.",
              it = "Ha già detto a tutti che al telefono non risponde nessuno: rimandarla lì è un 'non è compito mio' detto in pubblico. Prendi in mano il caso e seguilo fino alla fine.",
              es = "Ya le ha contado a todo el mundo que nadie coge el teléfono; mandarla otra vez ahí es un 'no es cosa mía' dicho en público. Hazte cargo del caso y llévalo hasta el final.",
            },
            next = "end-escalated",
          },
          choice {
            text = {
              en = "We're so sorry again, Giulia. Please DM us your tracking number and we'll do everything we can.",
              it = "Ci scusiamo ancora, Giulia. Scrivici in privato il numero di spedizione e faremo tutto il possibile.",
              es = "Lo sentimos de nuevo, Giulia. Mándanos por privado el número de seguimiento y haremos todo lo posible.",
            },
            empathy = 5, policy = 7,
            tags = { "apologise-sincerely", "go-private" },
            follows = { 1 },
            effect = function(state) apologise(state, 20) end,
            feedback = {
              en = "Better than nothing, but it is another generic sorry, and each repeated apology is worth less than the last. Say what went wrong and what you will do, with a time.",
              it = "Meglio di niente, ma è l'ennesimo 'ci scusiamo' generico, e ogni scusa ripetuta vale meno della precedente. Di' cosa è andato storto e cosa farai, con una scadenza.",
              es = "Mejor que nada, pero es otro 'lo sentimos' genérico, y cada disculpa repetida vale menos que la anterior. Di qué ha fallado y qué vas a hacer, con un plazo.",
            },
            -- a second vague apology may not be enough to bring her to DMs
            next = function(state)
              if state.mood.giulia >= -55 then return "dm" end
              return "end-escalated"
            end,
          },
          choice {
            when = function(state) return state.audience >= 45 end,
            text = {
              en = "@chiaradonati_cronaca Delays affect fewer than 1% of our parcels. This is an isolated case and it is being handled.",
              it = "@chiaradonati_cronaca I ritardi riguardano meno dell'1% delle nostre spedizioni. Si tratta di un caso isolato, che stiamo gestendo.",
              es = "@chiaradonati_cronaca Los retrasos afectan a menos del 1 % de nuestros envíos. Es un caso aislado y ya lo estamos gestionando.",
            },
            empathy = 1, policy = 3,
            tags = { "listen", "no-lies" },
            effects = { mood = -20, audience = 20 },
            feedback = {
              en = "Quoting a statistic to the journalist while the customer still has no answer writes the headline for her, and Paolo's six days show it isn't isolated. Fix Giulia's problem first and refer the press to the press office.",
              it = "Rispondere alla giornalista con una statistica mentre la cliente aspetta ancora una risposta le scrive il titolo, e i sei giorni di Paolo dimostrano che il caso non è isolato. Risolvi prima il problema di Giulia e rimanda la stampa all'ufficio stampa.",
              es = "Contestar a la periodista con una estadística mientras la clienta sigue sin respuesta es escribirle el titular, y los seis días de Paolo demuestran que el caso no es aislado. Resuelve primero el problema de Giulia y remite a la prensa al departamento de comunicación.",
            },
            next = "end-press",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3
    beat {
      id = "dm",
      posts = {
        post { from = "giulia", at = "1m", text = {
          en = "(private message) RX-4471-0932. It's a Lego set he has been asking for for months. Please.",
          it = "(messaggio privato) RX-4471-0932. È un set Lego che chiede da mesi. Vi prego.",
          es = "(mensaje privado) RX-4471-0932. Es un set de Lego que lleva meses pidiendo. Por favor.",
        } },
      },
      decision = decision {
        prompt = {
          en = "While she typed, you called the depot: the parcel was mis-sorted to Verona. It is back in Padova tonight. The first van is Monday, but it can be collected at the Padova counter tomorrow from 8:00. What do you tell Giulia?",
          it = "Mentre scriveva hai chiamato il deposito: il pacco era finito per errore a Verona. Stasera rientra a Padova. Il primo furgone utile è lunedì, ma domani dalle 8 si può ritirare allo sportello di Padova. Cosa dici a Giulia?",
          es = "Mientras ella escribía, has llamado al almacén: el paquete se clasificó mal y acabó en Verona. Esta noche vuelve a Padova. La primera furgoneta sale el lunes, pero mañana a partir de las 8:00 se puede recoger en el mostrador de Padova. ¿Qué le dices a Giulia?",
        },
        target = 60,
        choices = {
          choice {
            text = {
              en = "I've found it: it was sent to Verona by mistake, and I'm sorry. It's back in Padova tonight. Our van can't reach you before Monday, but you can collect it at our Padova counter (Via Venezia 52) tomorrow from 8:00. It's under your name, and I've refunded the shipping.",
              it = "L'ho trovato: per errore era stato mandato a Verona, e mi dispiace. Stasera rientra a Padova. Con il furgone non riusciamo prima di lunedì, ma domani dalle 8 puoi ritirarlo al nostro sportello di Padova (via Venezia 52): è già a tuo nome e ti ho rimborsato la spedizione.",
              es = "Lo he encontrado: por error lo mandaron a Verona, y lo siento. Esta noche vuelve a Padova. La furgoneta no llega antes del lunes, pero mañana desde las 8:00 puedes recogerlo en nuestro mostrador de Padova (Via Venezia 52). Está a tu nombre y te he devuelto el importe del envío.",
            },
            empathy = 9, policy = 10,
            tags = { "bad-news-early", "no-lies", "own-it" },
            follows = { 2 },
            -- a plan that saves the party wins her over, whatever the apology count
            effects = { mood = 20, set = { promised = false } },
            effect = function(state) apologise(state, 30) end,
            feedback = {
              en = "Bad news, given at once, with the reason, an apology and the best option you actually have. A plan she can act on before the party beats a vague hope.",
              it = "Una cattiva notizia data subito, con il motivo, le scuse e la migliore soluzione che hai davvero. Un piano su cui può contare prima della festa vale più di una vaga speranza.",
              es = "Una mala noticia dada enseguida, con el motivo, una disculpa y la mejor opción que de verdad tienes. Un plan con el que puede contar antes de la fiesta vale más que una vaga esperanza.",
            },
            next = "followup",
          },
          choice {
            text = {
              en = "Good news: I've had it put on tomorrow's first van, so it'll arrive before the party! 🎉",
              it = "Buone notizie: l'ho fatto caricare sul primo furgone di domani, arriverà prima della festa! 🎉",
              es = "Buenas noticias: he conseguido que lo carguen en la primera furgoneta de mañana, ¡llegará antes de la fiesta! 🎉",
            },
            empathy = 7, policy = 0,
            tags = { "no-lies", "bad-news-early" },
            breaks = { 2 },
            effects = { mood = 25, set = { promised = true } },
            feedback = {
              en = "The depot said Monday. This buys a happy evening and guarantees a furious morning, with a screenshot of your promise. Tell her the truth now and offer the counter pick-up.",
              it = "Il deposito ha detto lunedì. Così guadagni una serata tranquilla e ti assicuri una mattina di fuoco, con lo screenshot della tua promessa. Dille la verità adesso e proponile il ritiro allo sportello.",
              es = "El almacén ha dicho el lunes. Con esto te ganas una tarde tranquila y te aseguras una mañana de furia, con captura de pantalla de tu promesa incluida. Dile la verdad ahora y ofrécele la recogida en el mostrador.",
            },
            next = "broken-promise",
          },
          choice {
            text = {
              en = "I've passed your tracking number to the depot team. Deliveries are their area, so they'll contact you directly about the next steps.",
              it = "Ho girato il tuo numero di spedizione al team del deposito. Le consegne le gestiscono loro, quindi ti contatteranno direttamente per i prossimi passi.",
              es = "He pasado tu número de seguimiento al equipo del almacén. Las entregas las llevan ellos, así que se pondrán en contacto contigo directamente para los siguientes pasos.",
            },
            empathy = 3, policy = 5,
            tags = { "own-it" },
            effects = { mood = -15 },
            feedback = {
              en = "'They'll contact you' is a hand-off with no name, no time and no follow-up: the same black hole she complained about. You already know the answer, so give it to her and stay with her until it's solved.",
              it = "'Ti contatteranno loro' è un passaggio di consegne senza nome, senza tempi e senza seguito: lo stesso buco nero di cui si lamentava. La risposta ce l'hai già: dagliela e resta con lei finché non è risolto.",
              es = "'Ya se pondrán en contacto contigo' es un traspaso sin nombre, sin plazo y sin seguimiento: el mismo agujero negro del que se quejaba. Ya tienes la respuesta, así que dásela y no la sueltes hasta que esté resuelto.",
            },
            next = function(state)
              if state.promised then return "broken-promise" end
              return "followup"
            end,
          },
          choice {
            text = {
              en = "I'm sorry, it's been held up at our hub. We'll do our best to get it to you as soon as possible.",
              it = "Mi dispiace, c'è stato un intoppo nel nostro centro di smistamento. Faremo del nostro meglio per consegnartelo il prima possibile.",
              es = "Lo siento, se ha quedado retenido en nuestro centro de clasificación. Haremos todo lo posible para que te llegue cuanto antes.",
            },
            empathy = 5, policy = 6,
            tags = { "bad-news-early", "apologise-sincerely" },
            effect = function(state) apologise(state, 10) end,
            feedback = {
              en = "Not a lie, but it hides the one thing she needs to hear: it won't arrive before the party unless she collects it. Give the bad news plainly, with the option that still saves the day.",
              it = "Non è una bugia, ma nasconde l'unica cosa che le serve sapere: senza il ritiro allo sportello il pacco non arriverà prima della festa. Dai la cattiva notizia con chiarezza, insieme all'opzione che salva la giornata.",
              es = "No es mentira, pero esconde lo único que necesita saber: no llegará antes de la fiesta a menos que lo recoja ella en el mostrador. Da la mala noticia con claridad, junto con la opción que todavía salva el día.",
            },
            next = function(state)
              if state.promised then return "broken-promise" end
              return "followup"
            end,
          },
        },
      },
    },

    ---------------------------------------------------------------- 4a
    beat {
      id = "broken-promise",
      on_enter = function(state)
        state.mood.giulia = state.mood.giulia - 40   -- she believed you
      end,
      posts = {
        -- the next morning: with no decision open the clock jumps straight here
        post { from = "giulia", at = "14h", likes = 120, shares = 44, replies = 23, text = {
          en = "11:00. Party in three hours. No parcel. Yesterday @RondineExpress PROMISED me it would be on the first van. Screenshot below. Never again.",
          it = "Sono le 11. La festa è tra tre ore. Il pacco non c'è. Ieri @RondineExpress mi aveva PROMESSO che sarebbe partito col primo furgone. Screenshot qui sotto. Mai più.",
          es = "Son las 11:00. La fiesta es dentro de tres horas. Ni rastro del paquete. Ayer @RondineExpress me PROMETIÓ que iría en la primera furgoneta. Captura aquí abajo. Nunca más.",
        } },
        post { from = "chiara", at = "14h20m", likes = 35, shares = 12,
          when = function(state) return state.audience >= 35 end,
          text = {
            en = "@RondineExpress Is it your policy to promise delivery dates you can't keep? I'd like a comment for tomorrow's edition.",
            it = "@RondineExpress È vostra abitudine promettere date di consegna che non potete rispettare? Vorrei un commento per l'edizione di domani.",
            es = "@RondineExpress ¿Tenéis por costumbre prometer fechas de entrega que no podéis cumplir? Me gustaría un comentario para la edición de mañana.",
          } },
      },
      decision = decision {
        prompt = {
          en = "Your promise has been broken in public, with a screenshot. How do you answer?",
          it = "La tua promessa è saltata, in pubblico e con tanto di screenshot. Come rispondi?",
          es = "Tu promesa se ha roto en público, con captura de pantalla incluida. ¿Cómo respondes?",
        },
        target = 45,
        timeout = "1h",
        silence = choice {
          empathy = 0, policy = 2,
          tags = { "recover-fast" },
          effects = { mood = -20, audience = 20 },
          feedback = {
            en = "Going quiet after a broken promise confirms the worst reading of it. Within the hour you needed a public apology that owns the promise and offers the counter pick-up.",
            it = "Sparire dopo una promessa mancata conferma il sospetto peggiore. Entro un'ora serviva una scusa pubblica che si assumesse la promessa e proponesse il ritiro allo sportello.",
            es = "Desaparecer después de una promesa incumplida confirma la peor interpretación. Antes de una hora necesitabas una disculpa pública que asumiera la promesa y ofreciera la recogida en el mostrador.",
          },
          next = function(state)
            if state.audience >= 55 then return "end-press" end
            return "end-escalated"
          end,
        },
        choices = {
          choice {
            text = {
              en = "Giulia, I promised something the depot hadn't confirmed, and that's on me. I'm truly sorry. Your parcel is at our Padova counter (Via Venezia 52) right now, under your name, and the shipping is refunded.",
              it = "Giulia, ti ho promesso una cosa che il deposito non aveva confermato, e la colpa è mia. Mi dispiace davvero. Il pacco è già al nostro sportello di Padova (via Venezia 52), a tuo nome, e la spedizione ti è stata rimborsata.",
              es = "Giulia, te prometí algo que el almacén no había confirmado, y la culpa es mía. Lo siento de verdad. Tu paquete ya está en nuestro mostrador de Padova (Via Venezia 52), a tu nombre, y te hemos devuelto el importe del envío.",
            },
            empathy = 9, policy = 7,
            tags = { "own-it", "apologise-sincerely", "recover-fast", "no-lies" },
            effect = function(state) apologise(state, 30) end,
            feedback = {
              en = "No excuses and no blaming the depot: you name your own mistake, apologise, and put the fastest real solution on the table. After a broken promise, that is the only way back.",
              it = "Niente scuse di comodo e niente colpe al deposito: nomini il tuo errore, ti scusi e metti sul tavolo la soluzione reale più rapida. Dopo una promessa mancata, è l'unica strada.",
              es = "Sin excusas y sin echarle la culpa al almacén: nombras tu propio error, pides perdón y pones sobre la mesa la solución real más rápida. Después de una promesa incumplida, es el único camino de vuelta.",
            },
            next = "end-contained",
          },
          choice {
            text = {
              en = "We're sorry, Giulia. The depot gave us incorrect information yesterday. Your parcel will be delivered on Monday.",
              it = "Ci dispiace, Giulia. Ieri il deposito ci ha fornito informazioni errate. Il pacco ti verrà consegnato lunedì.",
              es = "Lo sentimos, Giulia. Ayer el almacén nos dio información incorrecta. Tu paquete se entregará el lunes.",
            },
            empathy = 3, policy = 1,
            tags = { "own-it", "no-lies" },
            effects = { mood = -15, audience = 10 },
            feedback = {
              en = "Blaming the depot is untrue (it told you Monday), and to her it's the same company anyway. Own the promise you made and offer the pick-up today.",
              it = "Dare la colpa al deposito è falso (a te aveva detto lunedì), e per lei è comunque la stessa azienda. Assumiti la promessa che hai fatto e proponile il ritiro oggi stesso.",
              es = "Echarle la culpa al almacén es falso (a ti te dijo el lunes), y para ella es la misma empresa de todos modos. Asume la promesa que hiciste y ofrécele la recogida hoy mismo.",
            },
            next = "end-escalated",
          },
          choice {
            text = {
              en = "Giulia, please send us a DM so we can look into this.",
              it = "Giulia, scrivici in privato così verifichiamo.",
              es = "Giulia, escríbenos por privado para que lo revisemos.",
            },
            empathy = 4, policy = 5,
            tags = { "go-private" },
            effects = { audience = 10 },
            feedback = {
              en = "DMs are right for details, but here it looks like hiding: the broken promise was public, so the apology has to be public too. Apologise in the thread, then move the logistics to DMs.",
              it = "Il privato va bene per i dettagli, ma qui sembra che tu ti stia nascondendo: la promessa mancata è pubblica, quindi anche le scuse devono esserlo. Scusati nel thread, poi sposta la logistica in privato.",
              es = "El privado está bien para los detalles, pero aquí parece que te escondes: la promesa incumplida fue pública, así que la disculpa también tiene que serlo. Discúlpate en el hilo y después pasa la logística a privado.",
            },
            next = "end-escalated",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4b
    beat {
      id = "followup",
      posts = {
        post { from = "giulia", at = "10m",
          when = function(state) return state.mood.giulia >= 0 end,
          text = {
            en = "(private message) OK. I'll be at the counter at 8. Thank you for actually answering.",
            it = "(messaggio privato) Va bene. Alle 8 sono allo sportello. Grazie per aver risposto davvero.",
            es = "(mensaje privado) Vale. A las 8 estoy en el mostrador. Gracias por contestar de verdad.",
          } },
        post { from = "giulia", at = "10m",
          when = function(state) return state.mood.giulia < 0 end,
          text = {
            en = "(private message) Fine. We'll see.",
            it = "(messaggio privato) Va bene. Vedremo.",
            es = "(mensaje privado) Vale. Ya veremos.",
          } },
        post { from = "paolo", at = "12m", likes = 6, text = {
          en = "@RondineExpress and mine? Still 'at the depot' in Verona. Six days now.",
          it = "@RondineExpress e il mio? Sempre 'in deposito' a Verona. Sono sei giorni.",
          es = "@RondineExpress ¿Y el mío? Sigue 'en el almacén' de Verona. Ya van seis días.",
        } },
      },
      decision = decision {
        prompt = {
          en = "Giulia's case has moved to DMs. The public thread still shows her complaint and Paolo's. What do you post in public?",
          it = "Il caso di Giulia è passato in privato. Sul thread pubblico restano il suo reclamo e quello di Paolo. Cosa pubblichi?",
          es = "El caso de Giulia ha pasado a privado. En el hilo público siguen su queja y la de Paolo. ¿Qué publicas?",
        },
        target = 60,
        timeout = "3h",
        silence = choice {
          empathy = 3, policy = 2,
          tags = { "go-private", "listen" },
          breaks = { 3 },
          feedback = {
            en = "The fix happened in DMs, but the public thread still ends with one angry customer and one unanswered. Anyone who finds it later sees a brand that never replied; come back and close the loop.",
            it = "La soluzione è arrivata in privato, ma il thread pubblico si chiude ancora con una cliente arrabbiata e un cliente senza risposta. Chi lo trova dopo vede un marchio che non ha mai risposto: torna lì e chiudi il cerchio.",
            es = "La solución llegó por privado, pero el hilo público sigue terminando con una clienta enfadada y un cliente sin respuesta. Quien lo encuentre más tarde verá una marca que nunca contestó: vuelve y cierra el tema.",
          },
          next = "end-contained",
        },
        choices = {
          choice {
            text = {
              en = "A quick update for everyone following: we've found Giulia's parcel and we're sorting out the rest with her by DM. Thank you for your patience, Giulia. @paolo_in_bici, I'm sorry you're waiting too: DM me your tracking number and I'll check Verona today.",
              it = "Aggiornamento per chi segue: abbiamo ritrovato il pacco di Giulia e stiamo sistemando il resto con lei in privato. Grazie per la pazienza, Giulia. @paolo_in_bici, mi dispiace che aspetti anche tu: scrivimi in privato il numero di spedizione e oggi stesso controllo a Verona.",
              es = "Para quien lo esté siguiendo: hemos encontrado el paquete de Giulia y lo estamos resolviendo con ella por privado. Gracias por tu paciencia, Giulia. @paolo_in_bici, siento que tú también estés esperando: mándame por privado tu número de seguimiento y hoy mismo lo miro en Verona.",
            },
            empathy = 9, policy = 10,
            tags = { "go-private", "listen", "own-it" },
            follows = { 1, 3 },
            effects = { mood = { giulia = 10, paolo = 30 }, audience = -10 },
            feedback = {
              en = "Closing the loop in public shows everyone the complaint was handled without revealing a single private detail, and taking up Paolo's case heads off the next complaint.",
              it = "Chiudere il cerchio in pubblico mostra a tutti che il reclamo è stato gestito, senza rivelare un solo dato privato, e prendere in carico Paolo previene il prossimo reclamo.",
              es = "Cerrar el tema en público demuestra a todos que la queja se ha atendido sin revelar ni un solo dato privado, y hacerte cargo del caso de Paolo evita la siguiente queja.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "Update: Giulia, your parcel RX-4471-0932 is waiting for you at our Padova counter, Via Venezia 52. Shipping refunded!",
              it = "Aggiornamento: Giulia, il tuo pacco RX-4471-0932 ti aspetta al nostro sportello di Padova, in via Venezia 52. Spedizione rimborsata!",
              es = "Actualización: Giulia, tu paquete RX-4471-0932 te espera en nuestro mostrador de Padova, Via Venezia 52. ¡Envío reembolsado!",
            },
            empathy = 7, policy = 3,
            tags = { "go-private" },
            follows = { 3 },
            breaks = { 1 },
            effects = { audience = -5 },
            feedback = {
              en = "Closing the loop in public is the right instinct, but the tracking number is personal data and belongs in DMs. Say the case is sorted, not where to collect her parcel.",
              it = "Chiudere il cerchio in pubblico è l'istinto giusto, ma il numero di spedizione è un dato personale e va tenuto in privato. Di' che il caso è risolto, non dove ritirare il suo pacco.",
              es = "Cerrar el tema en público es el instinto correcto, pero el número de seguimiento es un dato personal y va por privado. Di que el caso está resuelto, no dónde tiene que recoger su paquete.",
            },
            next = "end-contained",
          },
          choice {
            text = {
              en = "Glad we could sort it out, Giulia! @paolo_in_bici, for other parcels please call our customer line or use the contact form on our website.",
              it = "Felici di averti aiutata, Giulia! @paolo_in_bici, per altre spedizioni ti invitiamo a chiamare il servizio clienti o a usare il modulo contatti sul sito.",
              es = "¡Nos alegra haberlo resuelto, Giulia! @paolo_in_bici, para otros envíos, llama a nuestro servicio de atención al cliente o usa el formulario de contacto de la web.",
            },
            empathy = 4, policy = 6,
            tags = { "own-it", "listen" },
            follows = { 3 },
            effects = { mood = { giulia = 5, paolo = -20 } },
            feedback = {
              en = "You closed Giulia's loop, then sent Paolo to the phone line that everyone in this thread says nobody answers. Take his case the way you took hers.",
              it = "Hai chiuso il caso di Giulia e poi hai mandato Paolo al numero che, a detta di tutti nel thread, non risponde mai. Prendi in carico il suo caso come hai fatto con lei.",
              es = "Has cerrado el caso de Giulia y luego has mandado a Paolo al teléfono que, según todo el hilo, nadie coge. Hazte cargo de su caso como hiciste con el de ella.",
            },
            next = closing,
          },
        },
      },
    },

    ---------------------------------------------------------------- endings
    beat {
      id = "end-resolved",
      ending = ending { outcome = "resolved", text = {
        en = "Giulia collects the Lego set on time. That evening she posts a photo of the birthday cake: 'OK, @RondineExpress sorted it in the end.' Paolo's parcel arrives on Monday.",
        it = "Giulia ritira il set Lego in tempo. La sera pubblica la foto della torta: 'Va bene, alla fine @RondineExpress ha risolto.' Il pacco di Paolo arriva lunedì.",
        es = "Giulia recoge el set de Lego a tiempo. Por la noche publica una foto de la tarta: 'Vale, al final @RondineExpress lo arregló.' El paquete de Paolo llega el lunes.",
      } },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained", text = {
        en = "The parcel turns up and the complaint stops growing, but the thread stays as it was: anyone who searches for the brand still finds Giulia's anger, and she won't be using you again.",
        it = "Il pacco salta fuori e il reclamo smette di crescere, ma il thread resta com'era: chi cerca il marchio trova ancora lo sfogo di Giulia, che non vi sceglierà più.",
        es = "El paquete aparece y la queja deja de crecer, pero el hilo se queda como estaba: quien busque la marca sigue encontrando el enfado de Giulia, que no volverá a contar con vosotros.",
      } },
    },
    beat {
      id = "end-escalated",
      ending = ending { outcome = "escalated", text = {
        en = "Giulia gives up on you and turns the thread into a collection of delivery horror stories. By the evening it has hundreds of shares and its own hashtag.",
        it = "Giulia rinuncia a voi e trasforma il thread in una raccolta di disavventure con le consegne. In serata ha centinaia di condivisioni e un hashtag tutto suo.",
        es = "Giulia se da por vencida con vosotros y convierte el hilo en una recopilación de historias de terror con las entregas. Por la noche tiene cientos de compartidos y su propio hashtag.",
      } },
    },
    beat {
      id = "end-press",
      ending = ending { outcome = "crisis", text = {
        en = "The next morning a local news site runs 'Courier leaves boy without his birthday present', quoting your reply. A complaint has become a press story.",
        it = "La mattina dopo un sito di notizie locale titola 'Il corriere lascia un bambino senza regalo di compleanno', citando la vostra risposta. Un reclamo è diventato un caso sui giornali.",
        es = "A la mañana siguiente, un diario digital local titula 'Una empresa de mensajería deja a un niño sin su regalo de cumpleaños', citando vuestra respuesta. Una queja se ha convertido en noticia.",
      } },
    },
  },
}
