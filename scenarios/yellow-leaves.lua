-- yellow-leaves.lua — a newcomer's plant question in a forum fills up with
-- spam, a sales pitch dressed as advice, and two regulars chatting about a
-- plant fair. Intro level, English, Italian and Spanish.
--
-- Teaches: remove spam quietly and report it, without arguing with it; move
-- off-topic chat instead of deleting it, and say why; tell a newcomer's real
-- question from spam even when both carry a link; the same rules for regulars.

-- Who comes back to the thread depends on how the regulars were treated:
-- silently deleted regulars complain, spared ones get noticed by others.
local function after_links(state)
  if state.regulars_deleted then return "callout-bruno" end
  if state.regulars_spared then return "callout-noor" end
  return "return"
end

-- Spam still up, or a rule bent for friends, decides a bad ending; otherwise
-- the ending follows how Sofía and the newcomer were treated.
local function closing(state)
  if state.spam_left then return "end-phished" end
  if state.regulars_spared then return "end-favourites" end
  if state.tomas_removed or state.mood.sofia < 20 then return "end-contained" end
  return "end-resolved"
end

return scenario {
  id = "yellow-leaves",
  lang = "en",
  title = { en = "Yellow leaves and green spam", it = "Foglie gialle e spam verde", es = "Hojas amarillas y spam verde" },
  summary = {
    en = "A newcomer asks why her monstera is turning yellow, and the thread fills up with spam, a sales pitch posing as advice and a chat about the weekend's plant fair. Clean it up without scaring off the people who matter.",
    it = "Una nuova iscritta chiede perché la sua monstera ingiallisce, e il thread si riempie di spam, di una vendita travestita da consiglio e di chiacchiere sulla fiera del weekend. Fai pulizia senza allontanare le persone che contano.",
    es = "Una recién llegada pregunta por qué su monstera amarillea, y el hilo se llena de spam, de una venta disfrazada de consejo y de charla sobre la feria de plantas del fin de semana. Pon orden sin espantar a la gente que importa.",
  },
  archetype = "spam",
  channel = "forum",
  difficulty = "intro",
  minutes = 7,
  brand = { name = "Leafline", handle = "@leafline" },

  rules = {
    {
      en = "No ads, affiliate links or sales outside the Marketplace board.",
      it = "Niente pubblicità, link di affiliazione o vendite fuori dalla sezione Mercatino.",
      es = "Nada de anuncios, enlaces de afiliado ni ventas fuera del tablón Mercadillo.",
    },
    {
      en = "Keep threads on topic; general chat belongs in the Lounge.",
      it = "Restate in tema nei thread; le chiacchiere vanno nel Salotto.",
      es = "Cada hilo, a su tema; la charla general va en la Sala.",
    },
    {
      en = "Spam is removed and the account reported. Moderators don't reply to spam.",
      it = "Lo spam si rimuove e l'account si segnala. I moderatori non rispondono allo spam.",
      es = "El spam se borra y la cuenta se denuncia. Los moderadores no contestan al spam.",
    },
    {
      en = "When you move or remove a member's post, tell them why, politely, with the rule number.",
      it = "Quando sposti o rimuovi il post di un utente, spiegagli il perché, con gentilezza e citando il numero della regola.",
      es = "Cuando muevas o borres la publicación de un miembro, explícale por qué, con educación y citando el número de la norma.",
    },
    {
      en = "The same rules apply to everyone, regulars and staff included.",
      it = "Le regole valgono per tutti, habitué e staff compresi.",
      es = "Las normas son las mismas para todos, veteranos y equipo incluidos.",
    },
  },

  personas = {
    persona { id = "sofia", name = "Sofía Marín", handle = "@sofi_monstera",
              role = { en = "new member", it = "nuova iscritta", es = "miembro nuevo" } },
    persona { id = "bot", name = "GrowLux Deals", handle = "@growlux_deals",
              role = { en = "spam account", it = "account di spam", es = "cuenta de spam" } },
    persona { id = "ada", name = "Ada Lindqvist", handle = "@ada_ferns",
              role = { en = "regular member", it = "utente storica", es = "miembro veterano" }, mood = 20 },
    persona { id = "bruno", name = "Bruno Keller", handle = "@bruno_cacti",
              role = { en = "regular member", it = "utente storico", es = "miembro veterano" }, mood = 20 },
    persona { id = "tomas", name = "Tomás Ibarra", handle = "@tomas_pothos",
              role = { en = "new member", it = "nuovo iscritto", es = "miembro nuevo" }, mood = 10 },
    persona { id = "leafdoc", name = "Dr. Leaf", handle = "@dr_leaf_cures",
              role = { en = "new account", it = "account nuovo", es = "cuenta nueva" } },
    persona { id = "noor", name = "Noor Haddad", handle = "@noor_succulents",
              role = { en = "member", it = "utente", es = "miembro" } },
    persona { id = "bot2", name = "GrowLux Official", handle = "@growlux_official",
              role = { en = "new account", it = "account nuovo", es = "cuenta nueva" } },
  },

  state = {
    spam_left = false,         -- a spam link is still up in the thread
    locked = false,            -- the thread was locked on Sofía
    regulars_deleted = false,  -- the regulars' posts were deleted without a word
    regulars_spared = false,   -- the regulars' chat and sale were let slide
    tomas_removed = false,     -- the newcomer's real question was removed as spam
  },
  audience = 8,
  clock = { rate = 120 },  -- forums move slowly: one real second is two simulated minutes

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "thread",
      posts = {
        post { from = "sofia", likes = 2, replies = 1, text = {
          en = "Help! My monstera has had three yellow leaves since I moved it next to the window last week. Too much sun? Too much water? I'm new here, sorry if it's a silly question 🌱 [photo]",
          it = "Aiuto! Da quando la settimana scorsa ho spostato la mia monstera vicino alla finestra ha tre foglie gialle. Troppo sole? Troppa acqua? Sono nuova, scusate se è una domanda stupida 🌱 [foto]",
          es = "¡Socorro! Desde que la semana pasada puse mi monstera junto a la ventana tiene tres hojas amarillas. ¿Demasiado sol? ¿Demasiada agua? Soy nueva, perdonad si es una pregunta tonta 🌱 [foto]",
        } },
        post { from = "bot", at = "10m", text = {
          en = "🔥 PRO GROW LIGHTS 80% OFF 🔥 Full-spectrum LED, your plants will THANK YOU. Today only 👉 growlux-deals.example/sale",
          it = "🔥 LAMPADE PRO PER PIANTE -80% 🔥 LED a spettro completo, le tue piante ti RINGRAZIERANNO. Solo oggi 👉 growlux-deals.example/sale",
          es = "🔥 LÁMPARAS PRO DE CULTIVO -80 % 🔥 LED de espectro completo, tus plantas te lo AGRADECERÁN. Solo hoy 👉 growlux-deals.example/sale",
        } },
      },
      decision = decision {
        prompt = {
          en = "An account that joined an hour ago has posted a grow-light ad under Sofía's question. What do you do?",
          it = "Un account iscritto da un'ora ha pubblicato una pubblicità di lampade sotto la domanda di Sofía. Cosa fai?",
          es = "Una cuenta creada hace una hora ha publicado un anuncio de lámparas debajo de la pregunta de Sofía. ¿Qué haces?",
        },
        target = 45,
        timeout = "2h",
        silence = choice {
          empathy = 2, policy = 1,
          tags = { "moderate-abuse" },
          breaks = { 3 },
          effects = { mood = -5, set = { spam_left = true } },
          feedback = {
            en = "Left alone, a spam link stays up for every newcomer to click, and it tells members nobody is looking after the place. Removing it takes ten seconds.",
            it = "Se lo lasci lì, il link di spam resta a disposizione di ogni nuovo arrivato che ci clicca, e dice agli utenti che nessuno si occupa del forum. Rimuoverlo richiede dieci secondi.",
            es = "Si lo dejas, el enlace de spam se queda ahí para que lo pinche cualquier recién llegado, y les dice a los miembros que nadie cuida el foro. Borrarlo lleva diez segundos.",
          },
          next = "offtopic",
        },
        choices = {
          choice {
            text = {
              en = "(Remove the post and report the account as spam. Say nothing in the thread.)",
              it = "(Rimuovi il post e segnala l'account come spam. Nel thread non scrivi niente.)",
              es = "(Borras la publicación y denuncias la cuenta como spam. En el hilo no dices nada.)",
            },
            empathy = 7, policy = 10,
            tags = { "moderate-abuse" },
            follows = { 1, 3 },
            effects = { mood = 10 },
            feedback = {
              en = "Quiet and complete: the link is gone, the account is reported, and Sofía's thread is about her plant again. Spam needs no announcement.",
              it = "Silenzioso e completo: il link non c'è più, l'account è segnalato e il thread di Sofía torna a parlare della sua pianta. Lo spam non ha bisogno di annunci.",
              es = "Discreto y completo: el enlace ha desaparecido, la cuenta está denunciada y el hilo de Sofía vuelve a hablar de su planta. El spam no necesita anuncios.",
            },
            next = "offtopic",
          },
          choice {
            text = {
              en = "@growlux_deals This forum is not for advertising. Please read our rules before posting again.",
              it = "@growlux_deals Questo forum non è fatto per la pubblicità. Leggi il regolamento prima di scrivere di nuovo.",
              es = "@growlux_deals Este foro no es para hacer publicidad. Lee las normas antes de volver a publicar.",
            },
            empathy = 4, policy = 3,
            tags = { "moderate-abuse", "dont-feed-trolls" },
            breaks = { 3 },
            effects = { set = { spam_left = true } },
            feedback = {
              en = "Polite, but there is nobody to persuade: it's a bot, and the link stays live under your reply for anyone to click. Remove it and report it; don't talk to it.",
              it = "Educato, ma non c'è nessuno da convincere: è un bot, e il link resta attivo sotto la tua risposta, pronto per chi ci clicca. Rimuovilo e segnalalo; non parlarci.",
              es = "Educado, pero no hay nadie a quien convencer: es un bot, y el enlace sigue activo debajo de tu respuesta para quien lo pinche. Bórralo y denúncialo; no le hables.",
            },
            next = "offtopic",
          },
          choice {
            text = {
              en = "(Lock the thread for a couple of hours, until you've checked the other boards for the same spam.)",
              it = "(Chiudi il thread per un paio d'ore, finché non hai controllato che lo stesso spam non sia anche nelle altre sezioni.)",
              es = "(Cierras el hilo un par de horas, hasta comprobar que el mismo spam no está en los demás tablones.)",
            },
            empathy = 2, policy = 4,
            tags = { "moderate-abuse", "listen" },
            cost = "2h",
            effects = { mood = -20, set = { locked = true } },
            feedback = {
              en = "Checking the other boards is sensible, but locking the thread punishes the one person who did nothing wrong: a newcomer whose first question now sits locked under an ad. Remove the spam, then go hunting.",
              it = "Controllare le altre sezioni è sensato, ma chiudere il thread punisce l'unica persona che non ha fatto niente di male: una nuova iscritta la cui prima domanda resta bloccata sotto una pubblicità. Prima togli lo spam, poi vai a caccia.",
              es = "Revisar los demás tablones tiene sentido, pero cerrar el hilo castiga a la única persona que no ha hecho nada malo: una recién llegada cuya primera pregunta se queda cerrada debajo de un anuncio. Primero borra el spam y luego sal a buscar más.",
            },
            next = "offtopic",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2
    beat {
      id = "offtopic",
      posts = {
        post { from = "sofia", at = "5m",
          when = function(state) return state.locked end,
          text = {
            en = "I came back and my thread was locked?? Did I do something wrong? 😟",
            it = "Sono tornata e il mio thread era chiuso?? Ho sbagliato qualcosa? 😟",
            es = "¿¿He vuelto y mi hilo estaba cerrado?? ¿He hecho algo mal? 😟",
          } },
        post { from = "ada", at = "20m", likes = 6, text = {
          en = "@sofi_monstera Not silly at all! Yellow lower leaves after a move is nearly always water, not sun: the window spot is colder, so the soil stays wet longer. Push a finger two knuckles deep and only water when it's dry.",
          it = "@sofi_monstera Ma quale domanda stupida! Foglie basse gialle dopo uno spostamento sono quasi sempre colpa dell'acqua, non del sole: vicino alla finestra fa più fresco e la terra resta bagnata più a lungo. Infila un dito per due falangi e annaffia solo quando è asciutta.",
          es = "@sofi_monstera ¡Nada de tonta! Hojas bajas amarillas después de un cambio de sitio casi siempre es el agua, no el sol: junto a la ventana hace más fresco y la tierra tarda más en secarse. Mete un dedo hasta la segunda falange y riega solo cuando esté seca.",
        } },
        post { from = "ada", at = "35m",
          when = function(state) return state.spam_left end,
          text = {
            en = "Also, nobody click that grow-light link above. A friend bought from a 'GrowLux' site last month and her card got used in three countries.",
            it = "E non cliccate su quel link delle lampade qui sopra. Un'amica il mese scorso ha comprato su un sito 'GrowLux' e la sua carta è stata usata in tre paesi diversi.",
            es = "Y que nadie pinche ese enlace de lámparas de arriba. Una amiga compró el mes pasado en una web «GrowLux» y le usaron la tarjeta en tres países.",
          } },
        post { from = "bruno", at = "50m", likes = 3, text = {
          en = "@ada_ferns going to the Verona plant fair on Saturday? I'm bringing half my cactus collection, the car is going to look like a desert 😂",
          it = "@ada_ferns vieni alla fiera delle piante di Verona sabato? Porto mezza collezione di cactus, la macchina sembrerà un deserto 😂",
          es = "@ada_ferns ¿vas a la feria de plantas de Verona el sábado? Me llevo media colección de cactus, el coche va a parecer un desierto 😂",
        } },
        post { from = "ada", at = "55m", likes = 2, text = {
          en = "@bruno_cacti Obviously! Last year the hoyas sold out in an hour, I'm queueing at 7.",
          it = "@bruno_cacti Ovvio! L'anno scorso le hoya sono finite in un'ora, quest'anno alle 7 sono in coda.",
          es = "@bruno_cacti ¡Pues claro! El año pasado las hoyas se agotaron en una hora; este año a las 7 estoy en la cola.",
        } },
        post { from = "bruno", at = "1h", text = {
          en = "Btw, anyone want monstera cuttings? €5 each, DM me 🌿",
          it = "A proposito, a qualcuno servono talee di monstera? 5 € l'una, scrivetemi in privato 🌿",
          es = "Por cierto, ¿alguien quiere esquejes de monstera? 5 € cada uno, escribidme por privado 🌿",
        } },
        post { from = "sofia", at = "1h20m", text = {
          en = "Um, sorry, so it IS the watering? Should I repot it? 😅",
          it = "Ehm, scusate, quindi è davvero l'acqua? Devo rinvasarla? 😅",
          es = "Ehm, perdón, ¿entonces ES el riego? ¿La trasplanto? 😅",
        } },
      },
      decision = decision {
        prompt = {
          en = "Two regulars have turned Sofía's thread into a chat about the plant fair, and Bruno is selling cuttings in it. Sofía's follow-up question is getting lost. What do you do?",
          it = "Due habitué hanno trasformato il thread di Sofía in una chiacchierata sulla fiera, e Bruno ci vende pure le talee. La nuova domanda di Sofía si sta perdendo. Cosa fai?",
          es = "Dos veteranos han convertido el hilo de Sofía en una charla sobre la feria, y Bruno encima vende esquejes. La nueva pregunta de Sofía se está perdiendo. ¿Qué haces?",
        },
        target = 60,
        weight = 2,
        choices = {
          choice {
            text = {
              en = "(Move the fair chat to a new Lounge thread and Bruno's offer to the Marketplace, then post:) 'Bruno, Ada: I've moved the fair chat to the Lounge (rule 2) and the cuttings to the Marketplace (rule 1), so Sofía's question stays on top. Carry on over there! Sofía, no need to repot yet: try Ada's finger test first.'",
              it = "(Sposti le chiacchiere sulla fiera in un nuovo thread del Salotto e l'offerta di Bruno nel Mercatino, poi scrivi:) 'Bruno, Ada: ho spostato la fiera nel Salotto (regola 2) e le talee nel Mercatino (regola 1), così la domanda di Sofía resta in cima. Continuate pure di là! Sofía, per ora niente rinvaso: prova prima il test del dito di Ada.'",
              es = "(Mueves la charla de la feria a un hilo nuevo en la Sala y la oferta de Bruno al Mercadillo, y escribes:) «Bruno, Ada: he movido lo de la feria a la Sala (norma 2) y los esquejes al Mercadillo (norma 1), para que la pregunta de Sofía siga arriba. ¡Seguid por allí! Sofía, de momento no la trasplantes: prueba primero el truco del dedo de Ada».",
            },
            empathy = 9, policy = 10,
            tags = { "rules-consistently", "moderate-abuse", "listen" },
            follows = { 1, 2, 4, 5 },
            effects = { mood = { sofia = 15, bruno = 5 } },
            feedback = {
              en = "Nothing is lost: the chat and the sale carry on where they belong, everyone is told why with the rule number, and the newcomer gets her answer back on top. Moving beats deleting whenever the post itself is fine.",
              it = "Non si perde niente: la chiacchierata e la vendita continuano dove devono stare, tutti sanno il perché con il numero della regola, e la nuova iscritta ritrova la sua risposta in cima. Spostare è meglio che cancellare, quando il post in sé va bene.",
              es = "No se pierde nada: la charla y la venta siguen donde les corresponde, todos saben por qué con el número de la norma, y la recién llegada vuelve a tener su respuesta arriba. Si la publicación en sí está bien, moverla es mejor que borrarla.",
            },
            next = "links",
          },
          choice {
            text = {
              en = "(Delete the fair chat and the cuttings offer without comment. They're regulars; they know the rules.)",
              it = "(Cancelli le chiacchiere sulla fiera e l'offerta di talee senza commenti. Sono habitué, le regole le conoscono.)",
              es = "(Borras la charla de la feria y la oferta de esquejes sin decir nada. Son veteranos; ya conocen las normas.)",
            },
            empathy = 3, policy = 5,
            tags = { "rules-consistently", "moderate-abuse" },
            follows = { 1, 2, 5 },
            breaks = { 4 },
            effects = { mood = { sofia = 5, bruno = -30, ada = -20 }, set = { regulars_deleted = true } },
            feedback = {
              en = "Consistent, and the thread is clean, but posts that vanish without a word feel like a slap, especially to people who have helped here for years. Move them, and say in one friendly line why.",
              it = "Coerente, e il thread è pulito, ma un post che sparisce senza una parola sembra uno schiaffo, soprattutto per chi aiuta qui da anni. Spostali, e spiega il perché in una riga cordiale.",
              es = "Coherente, y el hilo queda limpio, pero una publicación que desaparece sin una palabra sienta como una bofetada, sobre todo a quien lleva años ayudando aquí. Muévelas y explica el porqué en una línea amable.",
            },
            next = "links",
          },
          choice {
            text = {
              en = "(Leave it. They're regulars, it's friendly chat, and Ada has already answered the question.)",
              it = "(Lasci stare. Sono habitué, è una chiacchierata tra amici e Ada ha già risposto alla domanda.)",
              es = "(Lo dejas estar. Son veteranos, es una charla amistosa y Ada ya ha contestado a la pregunta.)",
            },
            empathy = 5, policy = 2,
            tags = { "rules-consistently", "listen" },
            breaks = { 1, 2, 5 },
            effects = { mood = { sofia = -10 }, set = { regulars_spared = true } },
            feedback = {
              en = "It feels kind to the regulars, but Sofía's new question is buried, and a sale in a help thread is exactly what a newer member would be warned for. Rules bent for friends are noticed quickly.",
              it = "Sembra un gesto gentile verso gli habitué, ma la nuova domanda di Sofía finisce sepolta, e una vendita in un thread di aiuto è proprio ciò per cui un utente più recente verrebbe richiamato. Le regole piegate per gli amici si notano presto.",
              es = "Parece un detalle con los veteranos, pero la nueva pregunta de Sofía queda enterrada, y una venta en un hilo de ayuda es justo lo que a un miembro más nuevo le valdría un aviso. Las normas que se doblan para los amigos se notan enseguida.",
            },
            next = "links",
          },
          choice {
            text = {
              en = "Reminder to everyone: please keep this thread on topic. Off-topic posts and sales will be removed.",
              it = "Promemoria per tutti: restiamo in tema in questo thread. I post fuori tema e le vendite verranno rimossi.",
              es = "Recordatorio para todos: mantengamos este hilo en su tema. Las publicaciones fuera de tema y las ventas se borrarán.",
            },
            empathy = 4, policy = 6,
            tags = { "rules-consistently", "listen" },
            follows = { 2, 5 },
            effects = { mood = { bruno = -10 } },
            feedback = {
              en = "Correct, but it adds one more off-topic post and moves nothing: the chat stays, the sale stays, and Sofía is still waiting under them. Do the moving yourself and answer her.",
              it = "Giusto, ma aggiunge un altro post fuori tema e non sposta niente: la chiacchierata resta, la vendita resta e Sofía aspetta ancora lì sotto. Sposta tu i post e rispondile.",
              es = "Correcto, pero añade otra publicación fuera de tema y no mueve nada: la charla sigue, la venta sigue y Sofía continúa esperando debajo. Mueve tú las publicaciones y contéstale.",
            },
            next = "links",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3
    beat {
      id = "links",
      posts = {
        post { from = "tomas", at = "30m", likes = 1, text = {
          en = "same problem here!! mine is a pothos tho. pics: imgshare.example/t8k2x is it root rot?? first post, sorry for the bad english",
          it = "stesso problema!! il mio però è un potos. foto: imgshare.example/t8k2x è marciume radicale?? primo post, scusate l'italiano",
          es = "mismo problema aquí!! pero el mío es un potus. fotos: imgshare.example/t8k2x es pudrición de raíz?? primer mensaje, perdón si escribo mal",
        } },
        post { from = "leafdoc", at = "45m", likes = 0, text = {
          en = "Yellow leaves = nutrient lockout, 100%. I've saved 200+ plants with my organic root formula. Only €19, order at leafcure.example or DM me 🌿",
          it = "Foglie gialle = blocco dei nutrienti, al 100%. Ho salvato più di 200 piante con la mia formula organica per radici. Solo 19 €, ordina su leafcure.example o scrivimi in privato 🌿",
          es = "Hojas amarillas = bloqueo de nutrientes, 100 %. He salvado más de 200 plantas con mi fórmula orgánica para raíces. Solo 19 €, pide en leafcure.example o escríbeme por privado 🌿",
        } },
      },
      decision = decision {
        prompt = {
          en = "Two brand-new accounts, two links. Tomás's link goes to an image host; Dr. Leaf's to a shop. What do you do?",
          it = "Due account appena creati, due link. Quello di Tomás porta a un sito di immagini, quello di Dr. Leaf a un negozio. Cosa fai?",
          es = "Dos cuentas recién creadas, dos enlaces. El de Tomás lleva a una web de imágenes; el de Dr. Leaf, a una tienda. ¿Qué haces?",
        },
        target = 60,
        weight = 2,
        choices = {
          choice {
            text = {
              en = "(Remove Dr. Leaf's post and any other spam in the thread, report the account, and split Tomás's post into its own thread:) 'Welcome, Tomás! Photos help a lot here. A pothos deserves its own answers, so I've moved your post to a new thread.'",
              it = "(Rimuovi il post di Dr. Leaf e ogni altro spam nel thread, segnali l'account e sposti il post di Tomás in un thread tutto suo:) 'Benvenuto, Tomás! Le foto qui aiutano tantissimo. Un potos merita risposte tutte per sé, quindi ho spostato il tuo post in un thread nuovo.'",
              es = "(Borras la publicación de Dr. Leaf y cualquier otro spam del hilo, denuncias la cuenta y pasas la de Tomás a un hilo propio:) «¡Bienvenido, Tomás! Las fotos ayudan muchísimo. Un potus se merece sus propias respuestas, así que he movido tu mensaje a un hilo nuevo».",
            },
            empathy = 9, policy = 10,
            tags = { "moderate-abuse", "rules-consistently", "listen" },
            follows = { 1, 3, 4 },
            effects = { mood = { sofia = 5, tomas = 20 }, set = { spam_left = false } },
            feedback = {
              en = "You judged the posts, not the accounts: a sales pitch dressed as advice is still a sale, and a newcomer's photo link is still a question. The spam goes quietly, and the newcomer is welcomed and given his own thread.",
              it = "Hai giudicato i post, non gli account: una vendita travestita da consiglio resta una vendita, e il link alle foto di un nuovo iscritto resta una domanda. Lo spam sparisce in silenzio, il nuovo arrivato viene accolto e ha il suo thread.",
              es = "Has juzgado las publicaciones, no las cuentas: una venta disfrazada de consejo sigue siendo una venta, y el enlace a las fotos de un recién llegado sigue siendo una pregunta. El spam desaparece sin ruido y al nuevo se le da la bienvenida y su propio hilo.",
            },
            next = after_links,
          },
          choice {
            text = {
              en = "(Remove both posts and report both accounts. Brand-new accounts posting links is how spam always starts.)",
              it = "(Rimuovi entrambi i post e segnali entrambi gli account. Account nuovi che postano link: lo spam comincia sempre così.)",
              es = "(Borras las dos publicaciones y denuncias las dos cuentas. Cuentas nuevas que publican enlaces: el spam siempre empieza así.)",
            },
            empathy = 2, policy = 4,
            tags = { "moderate-abuse", "rules-consistently" },
            follows = { 3 },
            breaks = { 4 },
            effects = { mood = { tomas = -50 }, set = { spam_left = false, tomas_removed = true } },
            feedback = {
              en = "Safe-looking, but Tomás broke no rule: he asked a question and linked his photos, which is what newcomers do. A rule of thumb about new accounts is a reason to look closer, not to remove. Judge the post.",
              it = "Sembra prudente, ma Tomás non ha violato nessuna regola: ha fatto una domanda e ha messo il link alle sue foto, come fanno i nuovi arrivati. 'Account nuovo con link' è un motivo per guardare meglio, non per rimuovere. Giudica il post.",
              es = "Parece prudente, pero Tomás no ha incumplido ninguna norma: ha hecho una pregunta y ha enlazado sus fotos, que es lo que hacen los recién llegados. «Cuenta nueva con enlace» es un motivo para mirar mejor, no para borrar. Juzga la publicación.",
            },
            next = after_links,
          },
          choice {
            text = {
              en = "@dr_leaf_cures Sales belong on the Marketplace board (rule 1), please repost your offer there. @tomas_pothos welcome!",
              it = "@dr_leaf_cures Le vendite vanno nel Mercatino (regola 1): ripubblica lì la tua offerta. @tomas_pothos benvenuto!",
              es = "@dr_leaf_cures Las ventas van en el Mercadillo (norma 1): vuelve a publicar allí tu oferta. @tomas_pothos ¡bienvenido!",
            },
            empathy = 6, policy = 3,
            tags = { "moderate-abuse", "rules-consistently" },
            follows = { 1 },
            breaks = { 3 },
            effects = { mood = { tomas = 10 } },
            feedback = {
              en = "Fair to Tomás, and treating everyone alike is the right instinct, but Dr. Leaf isn't a member selling spare cuttings: it's a fake miracle cure, and you just invited it to the Marketplace. Spam is removed and reported, not redirected.",
              it = "Giusto con Tomás, e trattare tutti allo stesso modo è l'istinto corretto, ma Dr. Leaf non è un utente che vende qualche talea: è una finta cura miracolosa, e l'hai appena invitata nel Mercatino. Lo spam si rimuove e si segnala, non si sposta.",
              es = "Justo con Tomás, y tratar a todos por igual es el instinto correcto, pero Dr. Leaf no es un miembro que vende unos esquejes: es un falso remedio milagroso, y lo acabas de invitar al Mercadillo. El spam se borra y se denuncia, no se redirige.",
            },
            next = after_links,
          },
        },
      },
    },

    ---------------------------------------------------------------- 4a
    beat {
      id = "callout-bruno",
      posts = {
        post { from = "bruno", at = "1h", likes = 9, text = {
          en = "Did my posts just vanish? Three years on this forum and not even a message. Nice.",
          it = "Ma i miei post sono spariti? Tre anni su questo forum e neanche un messaggio. Complimenti.",
          es = "¿Han desaparecido mis mensajes? Tres años en este foro y ni un aviso. Muy bonito.",
        } },
        post { from = "ada", at = "1h5m", likes = 7, text = {
          en = "Mine too. A one-line note would have done.",
          it = "Anche i miei. Bastava una riga.",
          es = "Los míos también. Bastaba con una línea.",
        } },
      },
      decision = decision {
        prompt = {
          en = "Bruno and Ada noticed their posts disappeared, and they aren't happy. How do you answer?",
          it = "Bruno e Ada si sono accorti che i loro post sono spariti, e non l'hanno presa bene. Come rispondi?",
          es = "Bruno y Ada se han dado cuenta de que sus mensajes han desaparecido, y no les ha sentado bien. ¿Qué contestas?",
        },
        target = 60,
        timeout = "4h",
        silence = choice {
          empathy = 1, policy = 3,
          tags = { "listen", "rules-consistently" },
          breaks = { 4 },
          effects = { mood = { bruno = -20, ada = -10 }, audience = 10 },
          feedback = {
            en = "Silence after a silent deletion makes it look deliberate. Two regulars who help newcomers every week deserve a line: what broke which rule, and where their posts can go.",
            it = "Il silenzio dopo una cancellazione silenziosa la fa sembrare voluta. Due habitué che aiutano i nuovi ogni settimana meritano una riga: quale regola, e dove possono stare i loro post.",
            es = "Callar después de un borrado silencioso hace que parezca intencionado. Dos veteranos que ayudan a los nuevos cada semana merecen una línea: qué norma y dónde pueden ir sus mensajes.",
          },
          next = closing,
        },
        choices = {
          choice {
            text = {
              en = "Bruno, Ada, you're right: I should have told you, sorry. The fair chat was off topic here (rule 2) and sales go on the Marketplace (rule 1), but nothing was wrong with the posts themselves, so I've restored them there: the fair in the Lounge, the cuttings in the Marketplace.",
              it = "Bruno, Ada, avete ragione: dovevo avvisarvi, scusate. La fiera qui era fuori tema (regola 2) e le vendite vanno nel Mercatino (regola 1), ma i post in sé non avevano niente che non andasse, quindi li ho ripristinati lì: la fiera nel Salotto, le talee nel Mercatino.",
              es = "Bruno, Ada, tenéis razón: tendría que haberos avisado, perdón. Lo de la feria aquí estaba fuera de tema (norma 2) y las ventas van en el Mercadillo (norma 1), pero los mensajes en sí estaban bien, así que los he recuperado allí: la feria en la Sala y los esquejes en el Mercadillo.",
            },
            empathy = 9, policy = 10,
            tags = { "rules-consistently", "recover-fast", "apologise-sincerely" },
            follows = { 1, 2, 4, 5 },
            effects = { mood = { bruno = 40, ada = 30 } },
            feedback = {
              en = "You kept the rule and fixed the way it was applied: an apology for the silence, the rule numbers, and the posts given a proper home. Regulars can live with a rule; what stings is being ignored.",
              it = "Hai mantenuto la regola e corretto il modo in cui era stata applicata: scuse per il silenzio, i numeri delle regole e i post sistemati nel posto giusto. Agli habitué una regola va bene; quello che brucia è essere ignorati.",
              es = "Has mantenido la norma y has corregido cómo se aplicó: una disculpa por el silencio, los números de las normas y los mensajes colocados en su sitio. A los veteranos una norma no les molesta; lo que duele es que los ignoren.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "The rules are pinned at the top of every board. Off-topic posts and sales get removed, for everyone.",
              it = "Il regolamento è fissato in cima a ogni sezione. I post fuori tema e le vendite si rimuovono, per tutti.",
              es = "Las normas están fijadas arriba en todos los tablones. Lo que está fuera de tema y las ventas se borran, sean de quien sean.",
            },
            empathy = 2, policy = 6,
            tags = { "rules-consistently", "not-personal" },
            follows = { 5 },
            breaks = { 4 },
            effects = { mood = { bruno = -15, ada = -15 }, audience = 5 },
            feedback = {
              en = "Consistent, and every word is true, but they didn't ask about the rules; they asked why nobody told them. Own the silence, give the rule numbers, and show them where the posts can go.",
              it = "Coerente, e ogni parola è vera, ma loro non chiedevano del regolamento: chiedevano perché nessuno li avesse avvisati. Ammetti il silenzio, cita le regole e mostra dove possono stare i loro post.",
              es = "Coherente, y todo es verdad, pero no preguntaban por las normas: preguntaban por qué nadie les avisó. Reconoce el silencio, cita las normas y enséñales dónde pueden ir sus mensajes.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "(Put their posts back in Sofía's thread as they were, with a quick 'Sorry, my mistake!')",
              it = "(Rimetti i loro post nel thread di Sofía com'erano, con un veloce 'Scusate, errore mio!')",
              es = "(Devuelves sus mensajes al hilo de Sofía tal como estaban, con un rápido «¡Perdón, error mío!»)",
            },
            empathy = 6, policy = 2,
            tags = { "rules-consistently", "apologise-sincerely" },
            breaks = { 1, 2, 5 },
            effects = { mood = { bruno = 20, ada = 20, sofia = -10 }, set = { regulars_spared = true } },
            feedback = {
              en = "It smooths things over, but it gives up the rule instead of the mistake: the sale and the chat are back on top of a newcomer's question, and everyone has seen that complaining gets the rules lifted. Apologise for the silence, not for the rule.",
              it = "Calma le acque, ma rinuncia alla regola invece che all'errore: vendita e chiacchiere tornano sopra la domanda di una nuova iscritta, e tutti hanno visto che basta lamentarsi per far sparire le regole. Scusati per il silenzio, non per la regola.",
              es = "Calma los ánimos, pero renuncia a la norma en lugar de al error: la venta y la charla vuelven a tapar la pregunta de una recién llegada, y todos han visto que quejarse basta para saltarse las normas. Pide perdón por el silencio, no por la norma.",
            },
            next = closing,
          },
        },
      },
    },

    ---------------------------------------------------------------- 4b
    beat {
      id = "callout-noor",
      posts = {
        post { from = "noor", at = "1h", likes = 14, replies = 2, text = {
          en = "Quick question for the mods: so selling cuttings in a help thread is fine now? I got a warning for exactly that last month.",
          it = "Domanda veloce per i moderatori: quindi adesso vendere talee in un thread di aiuto si può? Il mese scorso mi avete richiamata proprio per questo.",
          es = "Pregunta rápida para los moderadores: ¿así que ahora se pueden vender esquejes en un hilo de ayuda? El mes pasado me llevé un aviso justo por eso.",
        } },
      },
      decision = decision {
        prompt = {
          en = "Noor has noticed that Bruno's sale was left alone, when she was warned for the same thing. How do you answer?",
          it = "Noor ha notato che la vendita di Bruno è rimasta lì, mentre lei era stata richiamata per la stessa cosa. Come rispondi?",
          es = "Noor se ha dado cuenta de que la venta de Bruno sigue ahí, cuando a ella la avisaron por lo mismo. ¿Qué contestas?",
        },
        target = 60,
        timeout = "4h",
        weight = 2,
        silence = choice {
          empathy = 1, policy = 1,
          tags = { "rules-consistently", "listen" },
          breaks = { 5 },
          effects = { mood = { noor = -30 }, audience = 15 },
          feedback = {
            en = "Not answering a fair question about fairness is an answer: it says the rules depend on who you are. Thank her, admit the miss, and apply the rule now.",
            it = "Non rispondere a una domanda legittima sull'equità è già una risposta: dice che le regole dipendono da chi sei. Ringraziala, ammetti la svista e applica la regola adesso.",
            es = "No contestar a una pregunta justa sobre la justicia ya es una respuesta: dice que las normas dependen de quién seas. Dale las gracias, admite el despiste y aplica la norma ahora.",
          },
          next = closing,
        },
        choices = {
          choice {
            text = {
              en = "Noor, fair point, and thanks for raising it. It isn't fine, I missed it. I've now moved Bruno's offer to the Marketplace (rule 1) and the fair chat to the Lounge (rule 2), exactly as I would for anyone.",
              it = "Noor, hai ragione, e grazie per averlo fatto notare. Non si può, mi era sfuggito. Ho appena spostato l'offerta di Bruno nel Mercatino (regola 1) e le chiacchiere sulla fiera nel Salotto (regola 2), esattamente come farei con chiunque.",
              es = "Noor, tienes razón, y gracias por decirlo. No se puede: se me pasó. Acabo de mover la oferta de Bruno al Mercadillo (norma 1) y la charla de la feria a la Sala (norma 2), igual que haría con cualquiera.",
            },
            empathy = 8, policy = 10,
            tags = { "rules-consistently", "recover-fast", "listen" },
            follows = { 1, 2, 5 },
            effects = { mood = { noor = 30, sofia = 10 }, set = { regulars_spared = false } },
            feedback = {
              en = "Admitting a miss in public costs nothing and buys the one thing moderation runs on: the belief that the rules are the same for everyone. Fix it at once, and say which rule.",
              it = "Ammettere una svista in pubblico non costa niente e fa guadagnare l'unica cosa su cui si regge la moderazione: la fiducia che le regole siano uguali per tutti. Correggi subito, e cita la regola.",
              es = "Reconocer un despiste en público no cuesta nada y te da lo único sobre lo que se sostiene la moderación: la confianza en que las normas son iguales para todos. Corrígelo enseguida y di qué norma.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "Bruno has been here for years and it was a friendly offer between members, not a business. Different situation.",
              it = "Bruno è qui da anni ed era un'offerta amichevole tra utenti, non un'attività commerciale. È diverso.",
              es = "Bruno lleva años aquí y era una oferta entre amigos, no un negocio. Es distinto.",
            },
            empathy = 3, policy = 1,
            tags = { "rules-consistently", "not-personal" },
            breaks = { 5 },
            effects = { mood = { noor = -30 }, audience = 20 },
            feedback = {
              en = "You have just said, in public, that the rules depend on how long someone has been here. Every member who was ever warned reads that. Apply rule 1 to Bruno the way it was applied to Noor.",
              it = "Hai appena detto, in pubblico, che le regole dipendono da quanto tempo uno è iscritto. Lo legge ogni utente che sia mai stato richiamato. Applica la regola 1 a Bruno come è stata applicata a Noor.",
              es = "Acabas de decir, en público, que las normas dependen de la antigüedad. Lo lee cualquier miembro al que se haya avisado alguna vez. Aplícale a Bruno la norma 1 igual que a Noor.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "Please raise questions about moderation by private message rather than in a help thread. Thanks!",
              it = "Per favore, le domande sulla moderazione fatele in privato, non in un thread di aiuto. Grazie!",
              es = "Por favor, las preguntas sobre moderación, por privado y no en un hilo de ayuda. ¡Gracias!",
            },
            empathy = 3, policy = 4,
            tags = { "rules-consistently", "listen" },
            effects = { mood = { noor = -15 }, audience = 10 },
            feedback = {
              en = "Sending meta-talk to private messages is often right, but here it dodges a fair point while Bruno's sale is still up for all to see. Fix the inconsistency first; then the question answers itself.",
              it = "Spostare le discussioni sulla moderazione in privato spesso è giusto, ma qui serve a schivare un'osservazione legittima mentre la vendita di Bruno è ancora lì sotto gli occhi di tutti. Prima correggi l'incoerenza; poi la domanda si risponde da sola.",
              es = "Llevar las discusiones sobre moderación a privado suele estar bien, pero aquí sirve para esquivar una observación justa mientras la venta de Bruno sigue ahí a la vista de todos. Corrige primero la incoherencia; luego la pregunta se responde sola.",
            },
            next = closing,
          },
        },
      },
    },

    ---------------------------------------------------------------- 4c
    beat {
      id = "return",
      posts = {
        post { from = "bot2", at = "2h", text = {
          en = "Best grow lights on the market!!! 80% off for Leafline members 👉 growlux-deals.example/vip",
          it = "Le migliori lampade per piante sul mercato!!! -80% per gli iscritti a Leafline 👉 growlux-deals.example/vip",
          es = "¡¡¡Las mejores lámparas de cultivo del mercado!!! -80 % para los miembros de Leafline 👉 growlux-deals.example/vip",
        } },
        post { from = "tomas", at = "2h10m",
          when = function(state) return state.tomas_removed end,
          text = {
            en = "why was my post deleted?? i only put photos of my plant 😕",
            it = "perché avete cancellato il mio post?? avevo solo messo le foto della mia pianta 😕",
            es = "¿¿por qué borrasteis mi mensaje?? solo puse fotos de mi planta 😕",
          } },
        post { from = "sofia", at = "2h20m", likes = 4,
          when = function(state) return state.mood.sofia >= 20 end,
          text = {
            en = "Update: the soil was soaking wet 🙈 Watering less from now on. Thank you all, this place is lovely!",
            it = "Aggiornamento: la terra era fradicia 🙈 D'ora in poi annaffio meno. Grazie a tutti, questo posto è bellissimo!",
            es = "Actualización: la tierra estaba empapada 🙈 A partir de ahora riego menos. ¡Gracias a todos, este sitio es genial!",
          } },
      },
      decision = decision {
        prompt = {
          en = "The grow-light spammer is back with a new account, same shop. What do you do?",
          it = "Lo spammer delle lampade è tornato con un account nuovo, stesso negozio. Cosa fai?",
          es = "El spammer de las lámparas ha vuelto con otra cuenta, misma tienda. ¿Qué haces?",
        },
        target = 45,
        timeout = "2h",
        silence = choice {
          empathy = 2, policy = 1,
          tags = { "moderate-abuse" },
          breaks = { 3 },
          effects = { set = { spam_left = true } },
          feedback = {
            en = "Removing the first post and ignoring the second is not consistent moderation: the link is live again, this time aimed at 'Leafline members'. Remove, report, and block the shop's address so the third one never appears.",
            it = "Togliere il primo post e ignorare il secondo non è moderazione coerente: il link è di nuovo attivo, e stavolta punta agli 'iscritti a Leafline'. Rimuovi, segnala e blocca l'indirizzo del negozio, così il terzo non compare nemmeno.",
            es = "Borrar la primera publicación e ignorar la segunda no es moderar con coherencia: el enlace vuelve a estar activo, y esta vez dirigido a «miembros de Leafline». Borra, denuncia y bloquea la dirección de la tienda para que la tercera ni aparezca.",
          },
          next = closing,
        },
        choices = {
          choice {
            when = function(state) return not state.tomas_removed end,
            text = {
              en = "(Remove the post, report the account, and add the growlux-deals address to the forum's link filter.)",
              it = "(Rimuovi il post, segnali l'account e aggiungi l'indirizzo growlux-deals al filtro dei link del forum.)",
              es = "(Borras la publicación, denuncias la cuenta y añades la dirección growlux-deals al filtro de enlaces del foro.)",
            },
            empathy = 6, policy = 10,
            tags = { "moderate-abuse", "rules-consistently" },
            follows = { 1, 3, 5 },
            feedback = {
              en = "Same spam, same treatment, plus a filter on the shop's address so a third account gets nowhere. Consistent and quiet, which is all spam deserves.",
              it = "Stesso spam, stesso trattamento, più un filtro sull'indirizzo del negozio così un terzo account non arriva da nessuna parte. Coerente e silenzioso: è tutto ciò che lo spam merita.",
              es = "Mismo spam, mismo trato, y además un filtro con la dirección de la tienda para que una tercera cuenta no llegue a nada. Coherente y discreto, que es todo lo que merece el spam.",
            },
            next = closing,
          },
          choice {
            when = function(state) return state.tomas_removed end,
            text = {
              en = "(Remove the spam, report it and filter the shop's address. Then restore Tomás's post in its own thread:) 'Sorry, Tomás, I removed your photos by mistake. They're back in a thread of their own. Welcome to Leafline!'",
              it = "(Rimuovi lo spam, lo segnali e filtri l'indirizzo del negozio. Poi ripristini il post di Tomás in un thread tutto suo:) 'Scusa, Tomás, ho rimosso le tue foto per errore. Ora sono in un thread tutto tuo. Benvenuto su Leafline!'",
              es = "(Borras el spam, lo denuncias y filtras la dirección de la tienda. Después recuperas el mensaje de Tomás en un hilo propio:) «Perdona, Tomás, borré tus fotos por error. Ya están en un hilo solo para ti. ¡Bienvenido a Leafline!».",
            },
            empathy = 9, policy = 10,
            tags = { "moderate-abuse", "recover-fast", "apologise-sincerely" },
            follows = { 1, 3, 4 },
            effects = { mood = { tomas = 50 }, set = { tomas_removed = false } },
            feedback = {
              en = "Consistent with the spam, and honest about your own mistake: a newcomer who gets an apology and his post back usually stays. Next time, open the link before you decide.",
              it = "Coerente con lo spam, e onesto sul tuo errore: un nuovo iscritto che riceve delle scuse e si ritrova il suo post di solito resta. La prossima volta, apri il link prima di decidere.",
              es = "Coherente con el spam y honesto con tu propio error: un recién llegado que recibe una disculpa y recupera su mensaje suele quedarse. La próxima vez, abre el enlace antes de decidir.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "(Remove the post, then pin a notice in the thread:) 'To the spammers: every account posting ads here will be banned on sight. This is your only warning.'",
              it = "(Rimuovi il post, poi fissi un avviso nel thread:) 'Agli spammer: ogni account che pubblica pubblicità qui verrà bannato all'istante. Questo è l'unico avvertimento.'",
              es = "(Borras la publicación y fijas un aviso en el hilo:) «A los spammers: toda cuenta que publique anuncios aquí será expulsada en el acto. Este es el único aviso».",
            },
            empathy = 3, policy = 5,
            tags = { "moderate-abuse", "dont-feed-trolls" },
            follows = { 1 },
            breaks = { 3 },
            feedback = {
              en = "The removal is right, but the notice talks to bots that don't read, and pins a warning over a newcomer's question. Members never need to see the fight with spam; quietly filter the address instead.",
              it = "La rimozione è giusta, ma l'avviso parla a dei bot che non leggono, e piazza un avvertimento sopra la domanda di una nuova iscritta. Gli utenti non hanno bisogno di vedere la lotta allo spam: filtra l'indirizzo, in silenzio.",
              es = "Borrarla está bien, pero el aviso les habla a bots que no leen y coloca una advertencia encima de la pregunta de una recién llegada. Los miembros no necesitan ver la pelea con el spam: filtra la dirección sin hacer ruido.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "@growlux_official Seriously, again? Reported. Go away.",
              it = "@growlux_official Ancora? Sul serio? Segnalato. Sparisci.",
              es = "@growlux_official ¿Otra vez? ¿En serio? Denunciado. Lárgate.",
            },
            empathy = 2, policy = 2,
            tags = { "not-personal", "moderate-abuse" },
            breaks = { 3 },
            effects = { set = { spam_left = true } },
            feedback = {
              en = "Satisfying for a second, but a bot doesn't care, members see a moderator snapping, and the link is still there. Remove and report; say nothing.",
              it = "Dà soddisfazione per un attimo, ma a un bot non importa, gli utenti vedono un moderatore che sbotta e il link è ancora lì. Rimuovi e segnala; non dire niente.",
              es = "Da gusto un segundo, pero a un bot le da igual, los miembros ven a un moderador perdiendo los nervios y el enlace sigue ahí. Borra y denuncia; sin decir nada.",
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
        en = "Sofía's monstera puts out a new leaf two weeks later and she posts it in the thread. The regulars met at the fair, and Tomás now answers pothos questions himself.",
        it = "Due settimane dopo la monstera di Sofía mette una foglia nuova e lei la pubblica nel thread. Gli habitué si sono visti alla fiera, e ora è Tomás a rispondere alle domande sui potos.",
        es = "Dos semanas después, la monstera de Sofía saca una hoja nueva y ella la cuelga en el hilo. Los veteranos se vieron en la feria, y ahora es Tomás quien contesta las preguntas sobre potus.",
      } },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained", text = {
        en = "The thread ends clean, but not everyone stays: one of the newcomers never posts again, and the forum is a little quieter for it.",
        it = "Il thread finisce pulito, ma non tutti restano: uno dei nuovi arrivati non scrive più, e il forum è un po' più silenzioso.",
        es = "El hilo queda limpio, pero no todos se quedan: uno de los recién llegados no vuelve a escribir, y el foro está un poco más callado.",
      } },
    },
    beat {
      id = "end-favourites",
      ending = ending { outcome = "escalated", text = {
        en = "Noor opens a thread titled 'Rules for us, not for them', with screenshots of her warning and Bruno's sale. By the evening it has more replies than any plant question this month.",
        it = "Noor apre un thread intitolato 'Regole per noi, non per loro', con gli screenshot del suo richiamo e della vendita di Bruno. In serata ha più risposte di qualunque domanda sulle piante del mese.",
        es = "Noor abre un hilo titulado «Normas para nosotros, no para ellos», con capturas de su aviso y de la venta de Bruno. Por la tarde ya tiene más respuestas que cualquier pregunta sobre plantas del mes.",
      } },
    },
    beat {
      id = "end-phished",
      ending = ending { outcome = "escalated", text = {
        en = "Two members buy 'grow lights' through the link and their cards are charged abroad that night. Their posts asking why the forum left a scam up stay pinned in the Lounge for a week.",
        it = "Due utenti comprano le 'lampade' dal link, e quella notte le loro carte vengono addebitate all'estero. I loro post che chiedono perché il forum abbia lasciato online una truffa restano in cima al Salotto per una settimana.",
        es = "Dos miembros compran «lámparas» a través del enlace y esa misma noche les cargan la tarjeta en el extranjero. Sus mensajes preguntando por qué el foro dejó una estafa a la vista se quedan fijados en la Sala una semana.",
      } },
    },
  },
}
