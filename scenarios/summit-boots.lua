-- summit-boots.lua — a happy customer posts a summit photo of her ten-year-old
-- boots on the brand page; marketing wants the photo, and an unhappy customer
-- turns up in the comments. Intro level, English, Italian and Spanish.
--
-- Teaches: answer praise personally and specifically; ask before sharing a
-- customer's photo (and think of everyone in it); keep the conditions of a
-- consent; leave criticism up even under a fan post, and answer it.

-- A sorry counts for more when there is goodwill left to draw on: a fan who
-- was thanked properly forgives a slip faster than one who got a template.
local function sorry_for_sharing(state)
  if state.thanked then
    state.mood.marta = state.mood.marta + 35
  else
    state.mood.marta = state.mood.marta + 20
  end
end

-- The ending follows what happened to the photo, to Dario's comment and to
-- Marta's goodwill. Hidden criticism and a broken consent always come out.
local function closing(state)
  if state.hidden then return "end-hidden" end
  if state.breach then return "end-poster" end
  if state.shared and state.mood.marta >= 40 and state.mood.dario >= 0 then
    return "end-resolved"
  end
  if state.mood.marta < 0 and state.mood.dario < 0 then return "end-sour" end
  return "end-contained"
end

return scenario {
  id = "summit-boots",
  lang = "en",
  title = { en = "Ten years on the trail", it = "Dieci anni di sentieri", es = "Diez años de montaña" },
  summary = {
    en = "A customer posts a summit photo of her ten-year-old boots on your page. Thank her properly, share the photo the right way, and don't let the good moment bury a complaint.",
    it = "Una cliente pubblica sulla vostra pagina la foto in vetta con gli scarponi che ha da dieci anni. Ringraziala come si deve, condividi la foto nel modo giusto e non lasciare che il bel momento seppellisca un reclamo.",
    es = "Una clienta publica en vuestra página una foto en la cumbre con las botas que lleva diez años usando. Dale las gracias como se merece, comparte la foto como es debido y no dejes que el buen momento entierre una queja.",
  },
  archetype = "happy-fan",
  channel = "page",
  difficulty = "intro",
  minutes = 6,
  brand = { name = "Altavia Outdoor", handle = "@altavia_outdoor" },

  rules = {
    {
      en = "Ask the author before sharing a customer's photo or post anywhere, and credit them by name.",
      it = "Prima di condividere altrove la foto o il post di un cliente, chiedi il permesso all'autore e citalo per nome.",
      es = "Antes de compartir en cualquier sitio la foto o la publicación de un cliente, pide permiso a su autor y menciónalo por su nombre.",
    },
    {
      en = "Photos used in ads or campaigns need the written consent of everyone shown in them, on the marketing team's release form.",
      it = "Le foto usate in pubblicità o campagne richiedono il consenso scritto di tutte le persone ritratte, sul modulo liberatoria del marketing.",
      es = "Las fotos que se usan en anuncios o campañas necesitan el consentimiento por escrito de todas las personas que aparecen, en el formulario de cesión del equipo de marketing.",
    },
    {
      en = "Criticism stays up and gets an answer; order details move to private messages.",
      it = "Le critiche restano visibili e ricevono una risposta; i dettagli degli ordini si spostano in privato.",
      es = "Las críticas no se ocultan: se responden. Los datos de los pedidos pasan a mensaje privado.",
    },
    {
      en = "Every fan post gets a personal answer within the working day.",
      it = "Ogni post di un fan riceve una risposta personale entro la giornata lavorativa.",
      es = "Toda publicación de un fan recibe una respuesta personal dentro de la jornada laboral.",
    },
  },

  personas = {
    persona { id = "marta", name = "Marta Vidal", handle = "@marta_en_ruta",
              role = { en = "customer", it = "cliente", es = "clienta" }, mood = 40 },
    persona { id = "dario", name = "Dario Fenn", handle = "@dario_fenn",
              role = { en = "unhappy customer", it = "cliente scontento", es = "cliente descontento" }, mood = -30 },
    persona { id = "luca", name = "Luca Bertin", handle = "@luca_altavia",
              role = { en = "colleague in marketing", it = "collega del marketing", es = "compañero de marketing" } },
  },

  state = {
    thanked = false,   -- Marta got a personal, specific thank-you
    shared = false,    -- the photo went up on our page with her consent
    reposted = false,  -- the photo was shared without asking her
    campaign = false,  -- it was also sent to marketing for the posters
    breach = false,    -- her condition for the poster was ignored
    hidden = false,    -- Dario's complaint was hidden
  },
  audience = 10,
  -- Praise is not a race: what this scenario trains is how the fan and her
  -- photo are treated, so empathy and policy count double.
  weights = { empathy = 2, speed = 1, policy = 2 },

  beats = {
    ---------------------------------------------------------------- 1
    beat {
      id = "photo",
      posts = {
        post { from = "marta", likes = 64, replies = 3, text = {
          en = "Ten years, two resoles, and today they got me to the top of Monte Corvo (2,950 m) 🏔️ Thank you @altavia_outdoor, for the boots and for the lady in your Bergamo shop who told me to go half a size up. Best advice I ever ignored for exactly one day. [photo: battered leather boots on the summit cairn, her friend Sara laughing in the background]",
          it = "Dieci anni, due risuolature, e oggi mi hanno portata in cima al Monte Corvo (2.950 m) 🏔️ Grazie @altavia_outdoor, per gli scarponi e per la signora del vostro negozio di Bergamo che mi disse di prendere mezzo numero in più. Il consiglio migliore che abbia mai ignorato, per un giorno solo. [foto: scarponi di cuoio consumati sull'ometto di vetta, l'amica Sara che ride sullo sfondo]",
          es = "Diez años, dos cambios de suela y hoy me han subido a la cima del Monte Corvo (2.950 m) 🏔️ Gracias @altavia_outdoor, por las botas y por la señora de vuestra tienda de Bérgamo que me dijo que cogiera media talla más. El mejor consejo que he ignorado en mi vida, durante un solo día. [foto: unas botas de cuero muy gastadas sobre el hito de la cumbre, con su amiga Sara riéndose al fondo]",
        } },
      },
      decision = decision {
        prompt = {
          en = "Marta's photo is on your page and collecting likes. How do you answer her?",
          it = "La foto di Marta è sulla vostra pagina e sta raccogliendo like. Come le rispondi?",
          es = "La foto de Marta está en vuestra página y no para de sumar «me gusta». ¿Qué le contestas?",
        },
        target = 60,
        timeout = "6h",
        silence = choice {
          empathy = 1, policy = 3,
          tags = { "engage-fans", "reply-fast" },
          breaks = { 4 },
          effects = { mood = -15 },
          feedback = {
            en = "Praise deserves an answer as much as a complaint does. Six hours of silence tells a customer who just thanked you by name that nobody reads the page. Two warm, specific lines would have been enough.",
            it = "Un complimento merita una risposta quanto un reclamo. Sei ore di silenzio dicono a una cliente che vi ha appena ringraziati per nome che la pagina non la legge nessuno. Bastavano due righe calde e precise.",
            es = "Un elogio merece respuesta tanto como una queja. Seis horas de silencio le dicen a una clienta que acaba de daros las gracias con nombre y apellidos que nadie lee la página. Bastaban dos líneas cercanas y concretas.",
          },
          next = "share",
        },
        choices = {
          choice {
            text = {
              en = "Marta, ten years and two resoles, and they still took you up 2,950 m: that photo made the whole team's morning! I'm passing your thanks on to Chiara at the Bergamo shop, she'll be delighted her half-size tip paid off. Congratulations on the summit!",
              it = "Marta, dieci anni e due risuolature, e ti hanno ancora portata a 2.950 metri: questa foto ha fatto la giornata a tutto il team! Giro subito il tuo grazie a Chiara del negozio di Bergamo, sarà felicissima che il suo mezzo numero in più sia servito. Complimenti per la vetta!",
              es = "Marta, diez años, dos suelas nuevas, ¡y todavía te suben a 2.950 metros! Esa foto nos ha alegrado la mañana a todo el equipo. Le paso tu agradecimiento a Chiara, de la tienda de Bérgamo: le va a hacer muchísima ilusión que su consejo de la media talla funcionara. ¡Enhorabuena por la cumbre!",
            },
            empathy = 9, policy = 9,
            tags = { "engage-fans", "listen", "reply-fast" },
            follows = { 4 },
            effects = { mood = 20, set = { thanked = true } },
            feedback = {
              en = "Personal and specific: you picked up the resoles, the height and the shop assistant she mentioned. That shows you read her post, and a fan who feels read becomes an advocate.",
              it = "Personale e precisa: riprendi le risuolature, la quota e la commessa che lei cita. Si vede che hai letto il suo post, e un fan che si sente letto diventa un sostenitore.",
              es = "Personal y concreta: recoges las suelas, la altura y a la dependienta que ella menciona. Se nota que has leído su publicación, y un fan que se siente escuchado acaba siendo vuestro mejor embajador.",
            },
            next = "share",
          },
          choice {
            text = {
              en = "Thanks for sharing, Marta! 😊 We love seeing our community out on the trail. #AltaviaOutdoors",
              it = "Grazie per aver condiviso, Marta! 😊 Ci piace un sacco vedere la nostra community in giro per i sentieri. #AltaviaOutdoors",
              es = "¡Gracias por compartirlo, Marta! 😊 Nos encanta ver a nuestra comunidad en la montaña. #AltaviaOutdoors",
            },
            empathy = 4, policy = 7,
            tags = { "engage-fans", "listen" },
            follows = { 4 },
            feedback = {
              en = "Quick and polite, but it could go under any photo of anyone, and that is how it reads. She told you about ten years, two resoles and a shop assistant: answer those, not the hashtag.",
              it = "Rapida ed educata, ma potrebbe stare sotto qualunque foto di chiunque, e si sente. Lei ti ha raccontato dieci anni, due risuolature e una commessa: rispondi a quello, non con un hashtag.",
              es = "Rápida y educada, pero valdría para cualquier foto de cualquiera, y se nota. Ella te ha contado diez años, dos suelas y una dependienta: contesta a eso, no con un hashtag.",
            },
            next = "share",
          },
          choice {
            text = {
              en = "Ten years! Sounds like they've earned a rest 😄 If you fancy a new pair, the Corvo Pro is 15% off this week with code SUMMIT15.",
              it = "Dieci anni! Direi che si sono meritati la pensione 😄 Se ti va un paio nuovo, questa settimana i Corvo Pro sono scontati del 15% con il codice SUMMIT15.",
              es = "¡Diez años! Creo que se han ganado la jubilación 😄 Si te apetece estrenar, esta semana las Corvo Pro tienen un 15 % de descuento con el código SUMMIT15.",
            },
            empathy = 3, policy = 5,
            tags = { "engage-fans", "listen" },
            follows = { 4 },
            effects = { mood = -10 },
            feedback = {
              en = "She is proud of how long her old boots lasted, and you suggest she throw them out and buy new ones. Celebrate what she shared; the sales pitch can wait for another day.",
              it = "Lei è orgogliosa di quanto sono durati i suoi vecchi scarponi, e tu le suggerisci di buttarli e comprarne di nuovi. Festeggia quello che ha condiviso; la vendita può aspettare un altro giorno.",
              es = "Ella está orgullosa de lo que le han durado sus botas viejas, y tú le sugieres que las tire y se compre otras. Celebra lo que ha compartido; la venta puede esperar a otro día.",
            },
            next = "share",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2
    beat {
      id = "share",
      posts = {
        post { from = "marta", at = "20m", likes = 9,
          when = function(state) return state.thanked end,
          text = {
            en = "Ha, tell Chiara she deserves a medal. She also told me to wax them every season, which I ignored for nine years 😅",
            it = "Ah ah, dite a Chiara che si merita una medaglia. Mi aveva anche detto di ingrassarli ogni stagione, cosa che ho ignorato per nove anni 😅",
            es = "Jaja, decidle a Chiara que se merece una medalla. También me dijo que les diera cera cada temporada, cosa que he ignorado durante nueve años 😅",
          } },
        post { from = "luca", at = "40m", text = {
          en = "(internal chat) Just saw the summit photo on the page, it's gorgeous. Can we have it for the autumn 'Built to Last' posters? The printer needs files by Friday.",
          it = "(chat interna) Ho appena visto la foto in vetta sulla pagina, è stupenda. Possiamo usarla per i manifesti autunnali 'Fatti per durare'? La tipografia vuole i file entro venerdì.",
          es = "(chat interno) Acabo de ver la foto de la cumbre en la página, es preciosa. ¿Podemos usarla para los carteles de otoño «Hechas para durar»? La imprenta necesita los archivos antes del viernes.",
        } },
      },
      decision = decision {
        prompt = {
          en = "Luca wants the photo for a campaign, and it would look great on your own feed too. What do you do?",
          it = "Luca vuole la foto per una campagna, e starebbe benissimo anche sul vostro profilo. Cosa fai?",
          es = "Luca quiere la foto para una campaña, y también quedaría genial en vuestro perfil. ¿Qué haces?",
        },
        target = 60,
        weight = 2,
        choices = {
          choice {
            text = {
              en = "Marta, would you let us share your summit photo on our page, credited to you? Our marketing team would also love it for a poster; that needs a short consent form, and since Sara is in the shot, only if she's happy too. No pressure at all if you'd rather not!",
              it = "Marta, ci permetti di condividere la tua foto in vetta sulla nostra pagina, con il tuo nome? Al marketing piacerebbe anche usarla per un manifesto: servirebbe un breve modulo di consenso e, visto che nella foto c'è anche Sara, solo se va bene anche a lei. Nessun problema se preferisci di no!",
              es = "Marta, ¿nos dejas compartir tu foto de la cumbre en nuestra página, con tu nombre? A marketing también le encantaría usarla para un cartel: para eso hace falta un breve formulario de consentimiento y, como sale Sara, solo si a ella también le parece bien. ¡Si prefieres que no, ningún problema!",
            },
            empathy = 9, policy = 10,
            tags = { "engage-fans", "listen" },
            follows = { 1, 2 },
            effects = { mood = 10 },
            feedback = {
              en = "You asked before using it, you were open about the poster, and you thought of Sara, who never posted anything. Asking costs a few hours; sharing without asking can cost you the fan.",
              it = "Hai chiesto prima di usarla, hai parlato chiaro del manifesto e hai pensato a Sara, che non ha pubblicato niente. Chiedere costa qualche ora; condividere senza chiedere può costarti la cliente.",
              es = "Has preguntado antes de usarla, has hablado claro sobre el cartel y has pensado en Sara, que no ha publicado nada. Preguntar cuesta unas horas; compartir sin preguntar te puede costar la clienta.",
            },
            next = "consent",
          },
          choice {
            text = {
              en = "(Share the photo on the brand's main feed, crediting @marta_en_ruta. She posted it on your own page, so it's public anyway.)",
              it = "(Condividi la foto sul profilo principale del marchio, citando @marta_en_ruta. L'ha pubblicata sulla vostra pagina, quindi è già pubblica.)",
              es = "(Comparte la foto en el perfil principal de la marca, mencionando a @marta_en_ruta. La ha publicado en vuestra propia página, así que ya es pública.)",
            },
            empathy = 5, policy = 2,
            tags = { "engage-fans" },
            breaks = { 1 },
            effects = { mood = -30, audience = 10, set = { reposted = true } },
            feedback = {
              en = "The credit is a nice touch, but 'public' is not the same as 'yours to use'. She posted it for her friends and for you, not for your followers, and Sara never agreed to anything. One question first would have done it.",
              it = "Citarla è un bel gesto, ma 'pubblico' non vuol dire 'vostro'. L'ha pubblicata per i suoi amici e per voi, non per i vostri follower, e Sara non ha acconsentito a niente. Bastava chiedere prima.",
              es = "Mencionarla está bien, pero «público» no significa «vuestro». La publicó para sus amigos y para vosotros, no para vuestros seguidores, y Sara no ha dado permiso para nada. Bastaba con preguntar antes.",
            },
            next = "unasked",
          },
          choice {
            text = {
              en = "(Download the photo and send it to Luca for the posters; you'll let Marta know once the design is signed off.)",
              it = "(Scarica la foto e mandala a Luca per i manifesti; lo dirai a Marta quando la grafica sarà approvata.)",
              es = "(Descarga la foto y mándasela a Luca para los carteles; ya se lo dirás a Marta cuando el diseño esté aprobado.)",
            },
            empathy = 2, policy = 0,
            tags = { "engage-fans", "listen" },
            breaks = { 1, 2 },
            effects = { mood = -45, set = { reposted = true, campaign = true } },
            feedback = {
              en = "Helping a colleague meet a deadline feels like good teamwork, but using a customer's photo, with her friend's face, in an ad without asking breaks both sharing rules. Ask Marta first and let the form do its job.",
              it = "Aiutare un collega a rispettare una scadenza sembra gioco di squadra, ma usare in una pubblicità la foto di una cliente, con il volto della sua amica, senza chiedere, viola entrambe le regole sulla condivisione. Prima chiedi a Marta, poi il modulo fa il resto.",
              es = "Ayudar a un compañero a llegar a tiempo parece trabajo en equipo, pero usar en un anuncio la foto de una clienta, con la cara de su amiga, sin preguntar, incumple las dos normas sobre compartir. Pregunta primero a Marta y deja que el formulario haga su trabajo.",
            },
            next = "unasked",
          },
          choice {
            text = {
              en = "(Tell Luca that customer photos are more trouble than they're worth, and leave the photo where it is.)",
              it = "(Rispondi a Luca che le foto dei clienti portano più grane che altro, e lasci la foto dov'è.)",
              es = "(Le dices a Luca que las fotos de clientes dan más problemas que otra cosa, y dejas la foto donde está.)",
            },
            empathy = 4, policy = 6,
            tags = { "engage-fans" },
            feedback = {
              en = "Nothing breaks, but nothing happens either: a fan who would happily have seen her photo on your page never gets asked. Fans are half the job; a polite question is all it takes.",
              it = "Non si rompe niente, ma non succede neanche niente: una cliente che sarebbe stata felice di vedere la sua foto sulla vostra pagina non viene nemmeno interpellata. I fan sono metà del lavoro; basta una domanda gentile.",
              es = "No se rompe nada, pero tampoco pasa nada: a una clienta a la que le habría encantado ver su foto en vuestra página nadie le pregunta. Los fans son la mitad del trabajo; basta con una pregunta amable.",
            },
            next = "nitpick",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3a
    beat {
      id = "consent",
      posts = {
        post { from = "marta", at = "1h", likes = 12,
          when = function(state) return state.mood.marta >= 60 end,
          text = {
            en = "Of course, share away! 🥰 Sara says fine for the page, but please NOT on a poster, she'd die of embarrassment. Could you crop her out for that one?",
            it = "Ma certo, condividete pure! 🥰 Sara dice che per la pagina va bene, ma sul manifesto NO, morirebbe di vergogna. Potete tagliarla fuori per quello?",
            es = "¡Claro, compartidla! 🥰 Sara dice que en la página vale, pero en un cartel NI HABLAR, se muere de vergüenza. ¿Podéis recortarla para eso?",
          } },
        post { from = "marta", at = "1h",
          when = function(state) return state.mood.marta < 60 end,
          text = {
            en = "OK for the page I suppose. Not the poster with Sara on it though.",
            it = "Per la pagina va bene, direi. Ma sul manifesto con Sara no.",
            es = "Para la página vale, supongo. Pero el cartel con Sara, no.",
          } },
        post { from = "luca", at = "1h10m", text = {
          en = "(internal chat) Great! Honestly the shot works because of Sara laughing in the back. She's tiny, nobody will recognise her. Can we keep the full frame?",
          it = "(chat interna) Ottimo! Però, sinceramente, la foto funziona proprio per Sara che ride dietro. È piccolissima, nessuno la riconoscerà. Possiamo tenere l'inquadratura intera?",
          es = "(chat interno) ¡Genial! Aunque, sinceramente, la foto funciona precisamente por Sara riéndose detrás. Sale diminuta, nadie la va a reconocer. ¿Podemos dejarla entera?",
        } },
      },
      decision = decision {
        prompt = {
          en = "Marta has said yes, with one condition, and Luca would rather not keep it. What do you do?",
          it = "Marta ha detto sì, a una condizione, e Luca preferirebbe non rispettarla. Cosa fai?",
          es = "Marta ha dicho que sí, con una condición, y Luca preferiría saltársela. ¿Qué haces?",
        },
        target = 60,
        choices = {
          choice {
            text = {
              en = "Thank you, Marta! The page post goes up today with your name on it, and the poster will be just you and the cairn, no Sara. I'll DM you the consent form so it's all in writing.",
              it = "Grazie, Marta! Oggi pubblichiamo la foto sulla pagina con il tuo nome, e sul manifesto ci sarete solo tu e l'ometto di vetta, niente Sara. Ti mando il modulo di consenso in privato, così è tutto per iscritto.",
              es = "¡Gracias, Marta! Hoy subimos la foto a la página con tu nombre, y en el cartel saldréis solo tú y el hito de la cumbre, sin Sara. Te mando el formulario de consentimiento por privado para que quede todo por escrito.",
            },
            empathy = 9, policy = 10,
            tags = { "engage-fans", "go-private", "listen" },
            follows = { 1, 2 },
            effects = { mood = 15, set = { shared = true } },
            feedback = {
              en = "A consent with a condition is only a consent if you keep the condition. You told her exactly what will happen, and the paperwork goes to DMs. Tell Luca no; a cropped photo is still a good poster.",
              it = "Un consenso con una condizione vale solo se la condizione la rispetti. Le hai detto esattamente cosa succederà, e le carte passano in privato. A Luca di' di no: anche ritagliata è un bel manifesto.",
              es = "Un consentimiento con condiciones solo vale si cumples las condiciones. Le has dicho exactamente qué va a pasar, y el papeleo va por privado. A Luca, dile que no: recortada también es un buen cartel.",
            },
            next = "nitpick",
          },
          choice {
            text = {
              en = "(Agree with Luca: Sara is tiny in the background. Post it on the page with Marta's credit and send the full frame to the printer.)",
              it = "(Dai ragione a Luca: Sara sullo sfondo è minuscola. Pubblichi la foto sulla pagina citando Marta e mandi in tipografia l'inquadratura intera.)",
              es = "(Le das la razón a Luca: Sara sale diminuta al fondo. Subes la foto a la página mencionando a Marta y mandas a la imprenta la imagen entera.)",
            },
            empathy = 2, policy = 0,
            tags = { "listen", "no-lies" },
            breaks = { 2 },
            effects = { set = { shared = true, breach = true } },
            feedback = {
              en = "She said yes on one condition and you dropped it because the photo looks better. Sara will recognise herself, even if strangers don't. Crop the poster, or find another photo.",
              it = "Ha detto sì a una condizione e tu l'hai lasciata cadere perché la foto rende di più. Sara si riconoscerà, anche se gli altri no. Ritaglia il manifesto, o cerca un'altra foto.",
              es = "Dijo que sí con una condición y tú te la has saltado porque la foto queda mejor. Sara se va a reconocer aunque los demás no lo hagan. Recorta el cartel o busca otra foto.",
            },
            next = "nitpick",
          },
          choice {
            text = {
              en = "Thank you, Marta! As a thank-you we're sending you a €50 voucher. If you have a minute, a review of your boots on our website would mean a lot to us too 🙏",
              it = "Grazie, Marta! Per ringraziarti ti mandiamo un buono da 50 €. E se hai un minuto, una recensione dei tuoi scarponi sul nostro sito ci farebbe davvero piacere 🙏",
              es = "¡Gracias, Marta! Para darte las gracias te enviamos un vale de 50 €. Y si tienes un momento, una reseña de tus botas en nuestra web nos haría muchísima ilusión 🙏",
            },
            empathy = 6, policy = 3,
            tags = { "engage-fans", "no-lies" },
            effects = { mood = 5, set = { shared = true } },
            feedback = {
              en = "Generous, but a voucher and a review request in the same breath turns a thank-you into a deal, and a review written for a voucher misleads other buyers. You also left her condition about Sara unanswered. Confirm the crop; thank her without strings.",
              it = "Generoso, ma un buono e una richiesta di recensione nella stessa frase trasformano un grazie in uno scambio, e una recensione scritta in cambio di un buono inganna gli altri clienti. In più non hai risposto alla sua condizione su Sara. Conferma il ritaglio e ringrazia senza chiedere niente in cambio.",
              es = "Generoso, pero un vale y una petición de reseña en la misma frase convierten un agradecimiento en un trato, y una reseña escrita a cambio de un vale engaña a los demás compradores. Además, no has contestado a su condición sobre Sara. Confirma el recorte y da las gracias sin pedir nada a cambio.",
            },
            next = "nitpick",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3b
    beat {
      id = "unasked",
      posts = {
        post { from = "marta", at = "2h", likes = 21, replies = 4,
          when = function(state) return not state.campaign end,
          text = {
            en = "Erm, @altavia_outdoor, glad you liked it, but you could have asked. Sara is in that photo and she really doesn't like being on brand pages.",
            it = "Ehm, @altavia_outdoor, mi fa piacere che vi sia piaciuta, ma potevate chiedere. In quella foto c'è Sara, e a lei non piace per niente finire sulle pagine dei marchi.",
            es = "Ejem, @altavia_outdoor, me alegro de que os haya gustado, pero podríais haber preguntado. En esa foto sale Sara, y a ella no le hace ninguna gracia aparecer en páginas de marcas.",
          } },
        post { from = "marta", at = "2h", likes = 58, replies = 17,
          when = function(state) return state.campaign end,
          text = {
            en = "So someone from @altavia_outdoor just emailed me a POSTER PROOF with my photo on it. Nobody asked me. Sara is on it too, and she's furious. Is this how you treat customers who say nice things about you?",
            it = "Quindi qualcuno di @altavia_outdoor mi ha appena mandato per email la BOZZA DI UN MANIFESTO con la mia foto. Nessuno mi ha chiesto niente. C'è anche Sara, ed è furiosa. È così che trattate i clienti che parlano bene di voi?",
            es = "O sea, que alguien de @altavia_outdoor me acaba de mandar por correo la PRUEBA DE UN CARTEL con mi foto. Nadie me ha preguntado nada. También sale Sara, y está que trina. ¿Así tratáis a los clientes que hablan bien de vosotros?",
          } },
      },
      decision = decision {
        prompt = {
          en = "Marta has noticed, in public, that you used her photo without asking. How do you answer?",
          it = "Marta ha notato, e l'ha detto in pubblico, che avete usato la sua foto senza chiedere. Come rispondi?",
          es = "Marta se ha dado cuenta, y lo ha dicho en público, de que habéis usado su foto sin preguntar. ¿Qué le contestas?",
        },
        target = 45,
        timeout = "2h",
        silence = choice {
          empathy = 0, policy = 1,
          tags = { "recover-fast", "apologise-sincerely" },
          effects = { mood = -20, audience = 20 },
          feedback = {
            en = "When you have made the mistake, silence reads as 'we don't care'. Within the hour you needed to take the photo down, apologise for not asking, and offer to do it properly.",
            it = "Quando l'errore è tuo, il silenzio si legge come 'non ci importa'. Entro un'ora dovevi togliere la foto, scusarti per non aver chiesto e proporre di rifare tutto come si deve.",
            es = "Cuando el error es tuyo, el silencio se lee como «nos da igual». En menos de una hora tenías que retirar la foto, pedir perdón por no haber preguntado y ofrecer hacerlo bien.",
          },
          next = "end-unasked",
        },
        choices = {
          choice {
            text = {
              en = "You're right, Marta, and I'm sorry: I should have asked you first, and I didn't think about Sara at all. I've pulled it, and it won't be used anywhere. If you'd both like it shared later, cropped or not, just say so; if not, that's completely fine.",
              it = "Hai ragione, Marta, e mi dispiace: avrei dovuto chiedertelo prima, e a Sara non ho proprio pensato. L'ho già ritirata e non verrà usata da nessuna parte. Se più avanti vi andrà di condividerla, ritagliata o no, basta dirlo; se no, va benissimo così.",
              es = "Tienes razón, Marta, y lo siento: tendría que habértelo preguntado antes, y en Sara ni siquiera pensé. Ya la he retirado y no se va a usar en ningún sitio. Si más adelante os apetece que la compartamos, recortada o no, solo tienes que decirlo; y si no, no pasa nada.",
            },
            empathy = 9, policy = 9,
            tags = { "recover-fast", "apologise-sincerely", "own-it" },
            follows = { 1 },
            effects = { audience = -5, set = { reposted = false, campaign = false } },
            effect = sorry_for_sharing,
            feedback = {
              en = "You undid the mistake before explaining anything, named what you did wrong, and gave her the choice back. That is how a slip stays a slip.",
              it = "Hai rimediato all'errore prima di spiegare qualunque cosa, hai detto chiaramente cosa hai sbagliato e le hai restituito la scelta. Così uno scivolone resta uno scivolone.",
              es = "Has deshecho el error antes de dar explicaciones, has dicho claramente qué hiciste mal y le has devuelto la decisión. Así un desliz se queda en desliz.",
            },
            next = "nitpick",
          },
          choice {
            text = {
              en = "(Have Sara cropped out of the photo, keep using it, and reply: 'Done, Sara's out of it now! 😊')",
              it = "(Fai ritagliare Sara dalla foto, continui a usarla e rispondi: 'Fatto, Sara non c'è più! 😊')",
              es = "(Haces que recorten a Sara de la foto, la seguís usando y contestas: «¡Hecho, Sara ya no sale! 😊»)",
            },
            empathy = 4, policy = 3,
            tags = { "recover-fast", "apologise-sincerely" },
            breaks = { 1 },
            effects = { mood = 5 },
            feedback = {
              en = "Quick, and it deals with Sara, but it skips the apology and still treats Marta's photo as yours to keep. Her complaint was 'you could have asked': take it down, say sorry, and ask.",
              it = "Veloce, e risolve il problema di Sara, ma salti le scuse e continui a trattare la foto di Marta come se fosse vostra. Il suo rimprovero era 'potevate chiedere': toglila, scusati e chiedi.",
              es = "Rápido, y resuelve lo de Sara, pero te saltas la disculpa y sigues tratando la foto de Marta como si fuera vuestra. Su queja era «podríais haber preguntado»: quítala, pide perdón y pregunta.",
            },
            next = "nitpick",
          },
          choice {
            text = {
              en = "Hi Marta, the photo was posted publicly on our page, so we thought it was fine to use it, with full credit to you. We're sorry if Sara is upset, and we're happy to remove it if you want.",
              it = "Ciao Marta, la foto era stata pubblicata sulla nostra pagina ed era pubblica, quindi abbiamo pensato di poterla usare, citandoti. Ci dispiace se Sara si è offesa; se vuoi, la togliamo.",
              es = "Hola, Marta: la foto estaba publicada en nuestra página y era pública, así que pensamos que podíamos usarla, mencionándote. Sentimos que Sara se haya molestado; si quieres, la quitamos.",
            },
            empathy = 2, policy = 2,
            tags = { "apologise-sincerely", "own-it", "not-personal" },
            breaks = { 1 },
            effects = { mood = -20, audience = 15 },
            feedback = {
              en = "'Sorry if Sara is upset' apologises for her feelings, not for what you did, and the 'it was public' argument tells every fan that praising you is risky. Own it, remove it first, then ask.",
              it = "'Ci dispiace se Sara si è offesa' è una scusa per i suoi sentimenti, non per quello che avete fatto, e l'argomento 'era pubblica' fa capire a ogni fan che parlare bene di voi è rischioso. Ammetti l'errore, togli la foto e poi chiedi.",
              es = "«Sentimos que Sara se haya molestado» pide perdón por lo que siente ella, no por lo que habéis hecho vosotros, y lo de «era pública» le dice a cualquier fan que hablar bien de vosotros es arriesgado. Asume el error, quita la foto y luego pregunta.",
            },
            next = "end-unasked",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4
    beat {
      id = "nitpick",
      posts = {
        post { from = "dario", at = "3h", likes = 15, replies = 1, text = {
          en = "Good for her. My Kaska boots split at the sole after eight months and your shop called it 'wear and tear'. Funny how it's only the happy posts that get answers here.",
          it = "Beata lei. I miei Kaska si sono aperti sulla suola dopo otto mesi e in negozio mi hanno detto 'usura normale'. Curioso come qui rispondiate solo ai post contenti.",
          es = "Qué suerte la suya. A mis Kaska se les abrió la suela a los ocho meses y en la tienda me dijeron que era «desgaste normal». Qué curioso que aquí solo contestéis a los comentarios bonitos.",
        } },
        post { from = "marta", at = "3h15m", likes = 7,
          when = function(state) return state.mood.marta >= 60 end,
          text = {
            en = "@dario_fenn the glue went on mine once and they resoled them for free. Worth messaging them.",
            it = "@dario_fenn ai miei una volta si era staccata la colla e me li hanno risuolati gratis. Vale la pena scrivergli.",
            es = "@dario_fenn a las mías una vez se les despegó la suela y me las arreglaron gratis. Merece la pena escribirles.",
          } },
      },
      decision = decision {
        prompt = {
          en = "Dario's complaint is sitting under Marta's post. What do you do?",
          it = "Il reclamo di Dario è lì, sotto il post di Marta. Cosa fai?",
          es = "La queja de Dario está justo debajo de la publicación de Marta. ¿Qué haces?",
        },
        target = 60,
        timeout = "6h",
        silence = choice {
          empathy = 1, policy = 2,
          tags = { "listen", "reply-fast" },
          breaks = { 3 },
          effects = { mood = { dario = -20 }, audience = 10 },
          feedback = {
            en = "Leaving him unanswered proves his point for everyone reading: happy posts get replies, problems don't. A short public answer and an invitation to DM would have been enough.",
            it = "Lasciarlo senza risposta gli dà ragione davanti a tutti: ai post contenti si risponde, ai problemi no. Bastava una breve risposta pubblica e l'invito a scrivere in privato.",
            es = "Dejarlo sin respuesta le da la razón delante de todos: a lo bonito se contesta y a los problemas no. Bastaba con una respuesta pública corta y una invitación a escribir por privado.",
          },
          next = closing,
        },
        choices = {
          choice {
            text = {
              en = "Dario, a sole shouldn't split after eight months, and I'm sorry the shop left it at 'wear and tear'. Could you DM us your order number and a photo of the sole? I'll take it to our repairs team today and get back to you.",
              it = "Dario, una suola non dovrebbe aprirsi dopo otto mesi, e mi dispiace che in negozio ti abbiano liquidato con 'usura normale'. Ci mandi in privato il numero d'ordine e una foto della suola? Oggi stesso lo porto al nostro laboratorio riparazioni e ti faccio sapere.",
              es = "Dario, una suela no debería abrirse a los ocho meses, y siento que en la tienda lo dejaran en «desgaste normal». ¿Nos mandas por privado el número de pedido y una foto de la suela? Hoy mismo se lo paso a nuestro taller de reparaciones y te digo algo.",
            },
            empathy = 9, policy = 10,
            tags = { "listen", "go-private", "own-it", "dont-delete-criticism" },
            follows = { 3 },
            effects = { mood = { dario = 40 }, audience = -5 },
            feedback = {
              en = "A complaint under a fan post is still a complaint. You answered it in the open, took his side on the facts, and moved the order details to DMs: everyone reading sees that problems get answers here too.",
              it = "Un reclamo sotto il post di un fan resta un reclamo. Hai risposto in pubblico, gli hai dato ragione sui fatti e hai spostato i dati dell'ordine in privato: chi legge vede che qui si risponde anche ai problemi.",
              es = "Una queja debajo de la publicación de un fan sigue siendo una queja. Has contestado en público, le has dado la razón en lo que la tiene y has pasado los datos del pedido a privado: quien lo lea ve que aquí también se responde a los problemas.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "(Hide Dario's comment. This is Marta's moment, and his complaint belongs with customer service.)",
              it = "(Nascondi il commento di Dario. Questo è il momento di Marta, e il suo reclamo va girato al servizio clienti.)",
              es = "(Ocultas el comentario de Dario. Este es el momento de Marta, y su queja es cosa de atención al cliente.)",
            },
            empathy = 2, policy = 0,
            tags = { "dont-delete-criticism", "listen" },
            breaks = { 3 },
            effects = { mood = { dario = -40 }, set = { hidden = true } },
            feedback = {
              en = "Protecting a nice thread is tempting, but hiding a fair complaint proves his point, and he will notice within minutes. Leave it up and answer it; a well-handled complaint under a fan post makes the page look better, not worse.",
              it = "Proteggere un bel thread è allettante, ma nascondere un reclamo legittimo gli dà ragione, e se ne accorgerà in pochi minuti. Lascialo lì e rispondi: un reclamo gestito bene sotto un post di un fan fa fare bella figura alla pagina, non brutta.",
              es = "Proteger un hilo bonito es tentador, pero ocultar una queja legítima le da la razón, y se va a dar cuenta en minutos. Déjala y contéstala: una queja bien llevada debajo de la publicación de un fan deja la página en mejor lugar, no en peor.",
            },
            next = closing,
          },
          choice {
            text = {
              en = "Hi Dario, all our boots carry a two-year warranty against defects. A split sole at eight months is usually down to drying them on a radiator, but we're happy to take a look if you contact customer service.",
              it = "Ciao Dario, tutti i nostri scarponi hanno una garanzia di due anni sui difetti. Una suola che si apre dopo otto mesi di solito dipende dall'asciugatura sul termosifone, ma se contatti il servizio clienti diamo volentieri un'occhiata.",
              es = "Hola, Dario: todas nuestras botas tienen dos años de garantía por defectos. Que una suela se abra a los ocho meses suele deberse a secarlas en el radiador, pero si contactas con atención al cliente les echamos un vistazo encantados.",
            },
            empathy = 3, policy = 5,
            tags = { "listen", "not-personal", "own-it" },
            effects = { mood = { dario = -20 } },
            feedback = {
              en = "The warranty is worth mentioning, but guessing in public that he ruined them himself is blaming the customer in front of an audience, and then you send him away. Leave the diagnosis to the repairs team and take the case yourself.",
              it = "La garanzia andava citata, ma ipotizzare in pubblico che li abbia rovinati lui è dare la colpa al cliente davanti a tutti, e poi lo rimandi altrove. Lascia la diagnosi al laboratorio e prendi in mano il caso tu.",
              es = "Mencionar la garantía está bien, pero insinuar en público que las ha estropeado él es culpar al cliente delante de todos, y encima lo mandas a otra ventanilla. Deja el diagnóstico al taller y encárgate tú del caso.",
            },
            next = closing,
          },
          choice {
            when = function(state) return state.mood.marta >= 60 end,
            text = {
              en = "(Like Marta's reply and leave it there. A happy customer answering for you is worth more than any brand reply.)",
              it = "(Metti like alla risposta di Marta e lasci perdere. Una cliente contenta che risponde per te vale più di qualunque risposta del marchio.)",
              es = "(Das «me gusta» a la respuesta de Marta y lo dejas ahí. Una clienta contenta que contesta por ti vale más que cualquier respuesta de la marca.)",
            },
            empathy = 4, policy = 4,
            tags = { "engage-fans", "own-it", "listen" },
            effects = { mood = { dario = -10 } },
            feedback = {
              en = "Marta's reply is lovely advocacy, but it isn't an answer from you: Dario still has a split boot and no one from the brand has said a word to him. Thank Marta, then take his case yourself.",
              it = "La risposta di Marta è un bel gesto, ma non è una risposta vostra: Dario ha ancora uno scarpone rotto e nessuno del marchio gli ha detto una parola. Ringrazia Marta, poi prendi in mano il suo caso.",
              es = "La respuesta de Marta es un detalle precioso, pero no es una respuesta vuestra: Dario sigue con una bota rota y nadie de la marca le ha dicho nada. Dale las gracias a Marta y encárgate tú de su caso.",
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
        en = "Marta's summit photo goes up with her name on it and gets more comments than anything you posted all month. Dario's boots go to the repairs team, and a week later he posts a photo of the new sole.",
        it = "La foto in vetta di Marta esce con il suo nome e raccoglie più commenti di qualunque altro post del mese. Gli scarponi di Dario vanno in laboratorio, e una settimana dopo lui pubblica la foto della suola nuova.",
        es = "La foto de Marta en la cumbre se publica con su nombre y tiene más comentarios que cualquier otra cosa que hayáis subido en todo el mes. Las botas de Dario van al taller y, una semana después, él cuelga una foto de la suela nueva.",
      } },
    },
    beat {
      id = "end-contained",
      ending = ending { outcome = "contained", text = {
        en = "Nothing goes wrong, but not much goes right either: the thread slips down the page, and a fan who could have been your best advert stays just a customer.",
        it = "Non succede niente di male, ma nemmeno granché di buono: il thread scivola in fondo alla pagina, e una cliente che poteva essere la vostra migliore pubblicità resta solo una cliente.",
        es = "No sale nada mal, pero tampoco gran cosa bien: el hilo se pierde página abajo, y una clienta que podía haber sido vuestra mejor publicidad se queda en simple clienta.",
      } },
    },
    beat {
      id = "end-sour",
      ending = ending { outcome = "contained", text = {
        en = "The thread fizzles out on a sour note: Marta stops tagging you, and Dario's comment is the last thing anyone reads under her photo.",
        it = "Il thread si spegne con l'amaro in bocca: Marta smette di taggarvi, e il commento di Dario è l'ultima cosa che si legge sotto la sua foto.",
        es = "El hilo se apaga con mal sabor de boca: Marta deja de etiquetaros, y el comentario de Dario es lo último que se lee debajo de su foto.",
      } },
    },
    beat {
      id = "end-unasked",
      ending = ending { outcome = "escalated", text = {
        en = "Marta's post about her photo being used without asking is shared by hiking groups all evening. Under it, other customers start asking whether their photos have been used too.",
        it = "Il post di Marta sulla foto usata senza permesso gira per tutta la sera nei gruppi di escursionismo. Sotto, altri clienti cominciano a chiedere se anche le loro foto sono state usate.",
        es = "La publicación de Marta sobre su foto usada sin permiso circula toda la tarde por los grupos de senderismo. Debajo, otros clientes empiezan a preguntar si también han usado las suyas.",
      } },
    },
    beat {
      id = "end-hidden",
      ending = ending { outcome = "escalated", text = {
        en = "Dario notices his comment has vanished and posts a screenshot: 'Complain on Altavia's page and you disappear.' It gets more shares than Marta's photo ever did.",
        it = "Dario si accorge che il suo commento è sparito e pubblica uno screenshot: 'Se ti lamenti sulla pagina di Altavia, sparisci.' Viene condiviso più della foto di Marta.",
        es = "Dario ve que su comentario ha desaparecido y publica una captura: «Si te quejas en la página de Altavia, desapareces». Se comparte más que la foto de Marta.",
      } },
    },
    beat {
      id = "end-poster",
      ending = ending { outcome = "escalated", text = {
        en = "Three weeks later Sara walks past a shop window and sees herself laughing on your poster. Marta's post about it ('I said one thing: not Sara') is the most shared thing about your brand that month.",
        it = "Tre settimane dopo Sara passa davanti a una vetrina e si vede ridere sul vostro manifesto. Il post di Marta ('Avevo chiesto una cosa sola: niente Sara') è il contenuto sul vostro marchio più condiviso del mese.",
        es = "Tres semanas después, Sara pasa por delante de un escaparate y se ve riéndose en vuestro cartel. La publicación de Marta («Pedí una sola cosa: que no saliera Sara») es lo más compartido sobre vuestra marca en todo el mes.",
      } },
    },
  },
}
