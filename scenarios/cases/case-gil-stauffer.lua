-- scenarios/cases/case-gil-stauffer.lua: Gil Stauffer and #vergonzoso
-- (Spain, 30 January – 4 February 2014), replayed on its own timeline.
--
-- A prospective customer complains on Twitter that a removals company will
-- not guarantee a delivery date. The company answers with its legal
-- department, twice, then threatens a lawyer who points out that the threat
-- may itself be unlawful, and apologises about two days later.
--
-- History comes from the fact sheet (shared/domain/case-studies.md, case 1)
-- and is cited post by post. Private people appear by role only, under
-- invented handles. The sources give a clock time only for the 09:00 count
-- on 31 January: the complaint's hour is inferred and the evening and night
-- replies are dated only as "that evening" or "that night", so their stamps
-- are approximate ("~18:45"), in the order the fact sheet gives; the apology
-- and the coverage, dated by the day alone, give the date only. Beats marked
-- alternative = true are what might have happened, not history.

-- A post whose time is only known to the evening or the night says so on
-- screen.
local EVENING = {
  en = "The sources say only that it happened that evening. The order of the first replies is not certain.",
  es = "Las fuentes solo dicen que ocurrió esa tarde. El orden de las primeras respuestas no es seguro.",
}
local NIGHT = {
  en = "The sources place this during the night of 30–31 January.",
  es = "Las fuentes lo sitúan en la noche del 30 al 31 de enero.",
}

local function chose_silence(beat_id)
  return function() return sim.chosen(beat_id) == 0 end
end

return scenario {
  id = "case-gil-stauffer",
  lang = "en",
  title = { en = "Gil Stauffer and #vergonzoso", es = "Gil Stauffer y #vergonzoso" },
  summary = {
    en = "Spain, January 2014. A prospective customer complains in public that a removals company will not guarantee a delivery date. The company answers with its legal department. Replay the real two days, decide at each turning point, and see what the company actually did.",
    es = "España, enero de 2014. Una clienta potencial se queja en público de que una empresa de mudanzas no le garantiza una fecha de entrega. La empresa responde con su gabinete jurídico. Revive los dos días reales, decide en cada momento clave y descubre qué hizo de verdad la empresa.",
  },
  archetype = { "public-complaint", "crisis" },
  channel = "feed",
  difficulty = "hard",
  minutes = 10,
  brand = { name = "Gil Stauffer", handle = "@Gil_Stauffer" },

  personas = {
    persona { id = "cliente", name = "Mudanza a Barcelona", handle = "@cliente_mudanza", mood = -30,
      role = { en = "prospective customer, about 2,000 followers", es = "clienta potencial, unos 2.000 seguidores" } },
    persona { id = "abogado", name = "Abogado", handle = "@abogado_seguidor",
      role = { en = "a lawyer among her followers", es = "un abogado que la sigue" } },
    persona { id = "usuarios", name = "#vergonzoso", handle = "#vergonzoso",
      role = { en = "many users (a summary, not one tweet)", es = "muchos usuarios (resumen, no un tuit)" } },
    persona { id = "difusor", name = "Cuenta intermedia", handle = "@cuenta_7900",
      role = { en = "an account with about 7,900 followers", es = "una cuenta con unos 7.900 seguidores" } },
    persona { id = "conocida", name = "Cuenta conocida", handle = "@cuenta_conocida",
      role = { en = "a well-known account with a large following", es = "una cuenta muy conocida, con muchos seguidores" } },
    persona { id = "tendencias", name = "Tendencias · España", handle = "trending",
      role = { en = "Twitter's trending topics (a summary)", es = "tendencias de Twitter (resumen)" } },
    persona { id = "lainformacion", name = "Zoom Boom Crash (lainformacion.com)", handle = "blogs.lainformacion.com",
      role = { en = "opinion blog of a news site", es = "blog de opinión de un diario digital" } },
    persona { id = "fatima", name = "Fátima Martínez", handle = "fatimamartinez.es",
      role = { en = "marketing blog", es = "blog de marketing" } },
    persona { id = "smrm", name = "SM Reputation Metrics", handle = "smreputationmetrics.wordpress.com",
      role = { en = "reputation analysis blog", es = "blog de análisis de reputación" } },
    persona { id = "molas", name = "Jordi Molas (Naranjus)", handle = "jordimolas.com",
      role = { en = "marketing blog", es = "blog de marketing" } },
    persona { id = "elmundo", name = "El Mundo · Enredados", handle = "elmundo.es",
      role = { en = "a national newspaper's blog", es = "blog de un diario nacional" } },
    persona { id = "amenzing", name = "amenzing", handle = "amenzing.com",
      role = { en = "news and marketing site", es = "web de noticias y marketing" } },
    persona { id = "reputacion", name = "reputacion-online.org", handle = "reputacion-online.org",
      role = { en = "online reputation blog", es = "blog de reputación online" } },
  },

  audience = 15,
  -- One simulated minute a real second while a turning point is open: the
  -- evening of 30 January moved in minutes, and a 30–60 second answer
  -- should land within the hour. Between turning points the clock skips.
  clock = { rate = 60 },

  case = case {
    organisation = "Gil Stauffer",
    country = "ES",
    start = "2014-01-30 18:00",
    timezone = "CET",
    period = { en = "30 January – 4 February 2014", es = "30 de enero – 4 de febrero de 2014" },
    lesson = {
      en = "Threatening a customer with lawyers over a hashtag turned one complaint into a national case study.",
      es = "Amenazar a una clienta con abogados por un hashtag convirtió una queja en un caso de estudio nacional.",
    },
    sources = {
      source { id = "GS1", publication = "Jordi Molas (originally on Naranjus.com)", date = "2014-02-03",
        title = "De la crítica individual a la crisis en Twitter: el caso de Gil Stauffer",
        url = "http://jordimolas.com/2014/02/03/de-la-critica-individual-a-la-crisis-en-twitter-el-caso-de-gil-stauffer/" },
      source { id = "GS2", publication = "Blog Zoom Boom Crash (lainformacion.com)", date = "2014-02-01",
        title = "El caso Gil Stauffer: cómo tu soberbia se convierte en tu pesadilla por Twitter",
        url = "http://blogs.lainformacion.com/zoomboomcrash/2014/02/01/el-caso-gil-stauffer-como-tu-soberbia-se-convierte-en-tu-pesadilla-por-twitter/" },
      source { id = "GS3", publication = "amenzing.com", date = "2014-02-04",
        title = "La multinacional Gil Stauffer se retracta del tuit que envió a una clienta insatisfecha",
        url = "https://amenzing.com/2014/02/04/la-multinacional-gil-stauffer-se-retracta-del-tuit-que-envio-a-una-clienta-insatisfecha" },
      source { id = "GS4", publication = "UPF Barcelona School of Management, marketing blog", date = "undated",
        title = "El Community Manager y la gestión de crisis: un mal ejemplo",
        url = "https://marketingdigital.bsm.upf.edu/community-manager-gestion-de-crisis" },
      source { id = "GS5", publication = "El Mundo, blog Enredados", date = "2014-02-04",
        title = "Cómo acabar con la imagen de tu marca en… (title truncated in the stored copy)",
        url = "https://www.elmundo.es/blogs/elmundo/enredados/2014/02/04/como-acabar-con-la-imagen-de-tu-marca-en.html" },
      source { id = "GS6", publication = "SM Reputation Metrics", date = "2014-02-03",
        title = "Lecciones del caso @gil_stauffer. Responder a un cliente potencial insatisfecho con una amenaza de denuncia",
        url = "https://smreputationmetrics.wordpress.com/2014/02/03/lecciones-del-caso-gil_stauffer-responder-a-un-cliente-potencial-insatisfecho-con-una-amenaza-de-denuncia/" },
      source { id = "GS7", publication = "Fátima Martínez (blog)", date = "2014-02-02",
        title = "Gil Stauffer rectifica y pide disculpas públicamente por su error en Twitter",
        url = "https://fatimamartinez.es/2014/02/02/gil-stauffer-rectifica-y-pide-disculpas-publicamente-por-su-error-en-twitter/" },
      source { id = "GS8", publication = "reputacion-online.org", date = "undated (early February 2014)",
        title = "Gil Stauffer, la última gran crisis de reputación online",
        url = "https://reputacion-online.org/gil-stauffer-la-ultima-gran-crisis-de-reputacion-online" },
      source { id = "GS9", publication = "marketingonlinezaragoza.org", date = "undated",
        title = "Cómo una red social puede acabar con la reputación de una empresa",
        url = "http://marketingonlinezaragoza.org/como-una-red-social-puede-acabar-con-la-reputacion-de-una-empresa/" },
    },
    reach = {
      point { at = "2014-01-31 09:00", value = 6000, source = "GS6",
        label = { en = "tweets mentioning @gil_stauffer", es = "tuits que mencionan a @gil_stauffer" } },
    },
    lessons = {
      lesson { principle = "never-threaten", text = {
        en = "A complaint is not an attack. Sending a customer's tweet to the legal department, and then threatening a lawyer who objected, made the company the story.",
        es = "Una queja no es un ataque. Enviar el tuit de una clienta al gabinete jurídico, y después amenazar al abogado que lo criticó, convirtió a la empresa en la noticia.",
      } },
      lesson { principle = "not-personal", text = {
        en = "The first reply defended the company and blamed the customer's choice of service. Acknowledge the frustration first; explain without making it her fault.",
        es = "La primera respuesta defendía a la empresa y culpaba a la clienta por el servicio elegido. Primero se reconoce el enfado; luego se explica sin echarle la culpa.",
      } },
      lesson { principle = "dont-delete-criticism", text = {
        en = "Demanding that a customer delete her tweet is itself a screenshot waiting to happen: the demand travelled much further than the complaint.",
        es = "Exigir a una clienta que borre su tuit es una captura de pantalla en potencia: la exigencia llegó mucho más lejos que la queja.",
      } },
      lesson { principle = "recover-fast", text = {
        en = "The apology came about 48 hours in and was judged too little. Within hours, on the same channel, withdrawing the threat by name, it could have ended the story.",
        es = "La disculpa llegó unas 48 horas después y se consideró insuficiente. En pocas horas, en el mismo canal y retirando la amenaza con nombre y apellidos, podría haber cerrado la historia.",
      } },
      lesson { principle = "go-private", text = {
        en = "Analysts agreed a short public reply asking for details, then a call, would have solved the original problem.",
        es = "Los analistas coincidieron en que una respuesta pública breve pidiendo más datos, seguida de una llamada, habría resuelto el problema de origen.",
      } },
    },
    outcome = {
      en = "The company apologised publicly on Twitter about 48 hours after the complaint and withdrew the threat, but analysts found the apology late and insufficient. The case reached a national newspaper's blog and became a standard Spanish teaching example of what not to do. The sources report no figures on lost business.",
      es = "La empresa pidió disculpas públicamente en Twitter unas 48 horas después de la queja y retiró la amenaza, pero los analistas la consideraron tardía e insuficiente. El caso llegó al blog de un diario nacional y se convirtió en un ejemplo clásico de lo que no hay que hacer en la formación de marketing en España. Las fuentes no dan cifras sobre negocio perdido.",
    },
  },

  beats = {
    ---------------------------------------------------------------- 1. the complaint
    beat {
      id = "complaint",
      posts = {
        post { from = "cliente", stamp = "2014-01-30 ~18:00", sources = { "GS2", "GS3", "GS4" }, shares = 442,
          original = '«Pedir presupuesto @Gil_Stauffer para mudanza Madrid-Barcelona y q no aseguren fecha d entrega en Barna "pueden ser 15d o 1mes" #vergonzoso»',
          text = {
            en = 'Ask @Gil_Stauffer for a quote for a Madrid–Barcelona move and they won\'t guarantee a delivery date in Barcelona: "could be 15 days or a month" #vergonzoso (#shameful)',
            es = 'Pedir presupuesto @Gil_Stauffer para mudanza Madrid-Barcelona y q no aseguren fecha d entrega en Barna "pueden ser 15d o 1mes" #vergonzoso',
          },
          uncertain = {
            en = "The time is inferred: one analyst counts about 15 hours from the start of the story to 09:00 the next morning. The 442 retweets are the total one source reports, not a count at this hour.",
            es = "La hora es una deducción: un analista cuenta unas 15 horas desde el inicio hasta las 09:00 del día siguiente. Los 442 retuits son el total que da una fuente, no la cifra a esta hora.",
          } },
      },
      decision = decision {
        stamp = "2014-01-30 ~18:05",
        prompt = {
          en = "You run @Gil_Stauffer, a small, informal account that has chatted amiably with customers for about four years. A prospective customer who asked for a quote for a Madrid–Barcelona move complains in public, with #vergonzoso, that you won't guarantee a delivery date. She chose the shared-load (groupage) service, where the date stays open; a dedicated move can have a fixed date. How do you answer?",
          es = "Gestionas @Gil_Stauffer, una cuenta pequeña e informal que lleva unos cuatro años charlando en buen tono con los clientes. Una clienta potencial que pidió presupuesto para una mudanza Madrid-Barcelona se queja en público, con #vergonzoso, de que no le garantizáis una fecha de entrega. Eligió el servicio combinado (grupaje), en el que la fecha queda abierta; una mudanza exclusiva sí puede tener fecha fija. ¿Qué le respondes?",
        },
        target = 40,
        timeout = "1h30m",
        reveal = reveal {
          stamp = "2014-01-30",
          sources = { "GS4", "GS2", "GS3", "GS5", "GS7" },
          text = {
            en = "That evening the account first answered defensively: no serious company commits to delivery dates, and hers was open because she had chosen the shared-load service. Then it told her it regretted her dissatisfaction but was sending her 'offensive' comment to its legal department. Analysts later wrote that a simple reply asking for more details, or a call away from Twitter, would have settled it.",
            es = "Esa tarde la cuenta respondió primero a la defensiva: ninguna empresa seria se compromete a plazos de entrega, y su fecha quedaba abierta porque había elegido el servicio combinado. Después le dijo que lamentaba su disconformidad, pero que enviaba su comentario «ofensivo» al gabinete jurídico. Los analistas escribieron después que una respuesta sencilla pidiendo más datos, o una llamada fuera de Twitter, lo habría resuelto.",
          },
        },
        silence = choice {
          empathy = 1, policy = 2,
          tags = { "reply-fast", "listen" },
          feedback = {
            en = "Nobody answered her, so history ran on: what follows is what the account actually posted that evening. A quick, calm acknowledgement was all this complaint needed.",
            es = "Nadie le contestó, así que la historia siguió su curso: lo que viene es lo que la cuenta publicó de verdad esa tarde. Esta queja solo necesitaba una respuesta rápida y tranquila.",
          },
          next = "threat",
        },
        choices = {
          choice {
            text = {
              en = "Sorry we left you with that impression, and thanks for telling us. With a shared load the date depends on the route, so we can't fix it in advance; with a dedicated move we can guarantee the day. Could you DM us a phone number? A coordinator will call you today with both options.",
              es = "Sentimos que te hayas llevado esa impresión, y gracias por decírnoslo. Con carga compartida la fecha depende de la ruta y no podemos cerrarla de antemano; con una mudanza exclusiva sí te garantizamos el día. ¿Nos pasas un teléfono por mensaje privado? Hoy mismo te llama un coordinador con las dos opciones.",
            },
            empathy = 9, policy = 9,
            tags = { "listen", "not-personal", "go-private", "reply-fast" },
            effects = { mood = 40, audience = -5 },
            feedback = {
              en = "You acknowledge her frustration, explain the one thing she didn't know (why the date is open) without making it her fault, and offer a real next step off Twitter. The analysts of this case agreed that a reply like this would have ended it there.",
              es = "Reconoces su enfado, le explicas lo único que no sabía (por qué la fecha queda abierta) sin echarle la culpa y le ofreces un paso concreto fuera de Twitter. Los analistas del caso coincidieron en que una respuesta así lo habría cerrado ahí mismo.",
            },
            next = "alt-listened",
          },
          choice {
            text = {
              en = "Hi, please send us a DM with your details and we'll look into it.",
              es = "Hola, envíanos tus datos por mensaje privado y lo revisamos.",
            },
            empathy = 5, policy = 6,
            tags = { "go-private", "listen" },
            effects = { audience = -2 },
            feedback = {
              en = "Going private is right, but on its own it reads like a brush-off: she asked a question in public. Acknowledge her and answer the 'why' in public first, then take the details to DM.",
              es = "Pasar a privado está bien, pero así, a secas, suena a quitártela de encima: ella preguntó en público. Reconócela y explica el porqué en público primero; después, los detalles por privado.",
            },
            next = "alt-dm",
          },
          choice {
            text = {
              en = "(Reply that no serious removals company commits to delivery dates, and that hers is open because she chose the shared-load service.)",
              es = "(Responder que ninguna empresa seria de mudanzas se compromete a una fecha de entrega, y que la suya queda abierta porque eligió el servicio combinado.)",
            },
            empathy = 2, policy = 3, real = true,
            tags = { "not-personal", "listen" },
            effects = { mood = -15, audience = 10 },
            feedback = {
              en = "The facts may be right, but the reply says 'it's your own fault' and lectures her in public. A defensive first answer to a hashtag like #vergonzoso invites the next round. Acknowledge first, explain without blame, offer a call.",
              es = "Puede que los datos sean correctos, pero la respuesta le dice «la culpa es tuya» y le da una lección en público. Contestar a la defensiva a un #vergonzoso invita al siguiente asalto. Primero reconoce, luego explica sin culpar y ofrece una llamada.",
            },
            next = "threat",
          },
          choice {
            text = {
              en = "We're sorry you see it that way, but #vergonzoso is unfair to a team that works very hard. We'd ask you to reconsider the hashtag.",
              es = "Lamentamos que lo veas así, pero #vergonzoso es injusto con un equipo que se deja la piel. Te pediríamos que reconsideraras el hashtag.",
            },
            empathy = 2, policy = 1,
            tags = { "not-personal", "dont-delete-criticism" },
            effects = { mood = -25, audience = 15 },
            feedback = {
              en = "Asking a customer to take back her words makes the hashtag the topic instead of her move. Her opinion is hers to give; answer the problem behind it.",
              es = "Pedirle a una clienta que retire sus palabras convierte el hashtag en el tema, en lugar de su mudanza. Su opinión es suya; responde al problema que hay detrás.",
            },
            next = "alt-hashtag",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2. the first threat
    beat {
      id = "threat",
      posts = {
        post { from = "brand", stamp = "2014-01-30 ~18:30", source = "GS4", when = chose_silence("complaint"),
          text = {
            en = "(Replies that no serious company commits to delivery dates, and that hers is open because she chose the shared-load service.)",
            es = "(Responde que ninguna empresa seria se compromete a plazos de entrega y que la fecha queda abierta porque ella eligió el servicio combinado.)",
          },
          uncertain = {
            en = "A paraphrase from a single source. The sources say only that it was that evening.",
            es = "Paráfrasis de una sola fuente. Las fuentes solo dicen que fue esa tarde.",
          } },
        post { from = "brand", stamp = "2014-01-30 ~18:45", source = "GS2",
          original = "«Lamentamos su disconformidad, pero procedemos a enviar este comentario ofensivo a nuestro gabinete jurídico»",
          text = {
            en = "We regret your dissatisfaction, but we are forwarding this offensive comment to our legal department.",
            es = "Lamentamos su disconformidad, pero procedemos a enviar este comentario ofensivo a nuestro gabinete jurídico",
          },
          uncertain = EVENING },
        post { from = "cliente", stamp = "2014-01-30 ~18:55", source = "GS2",
          text = {
            en = "Ha, ha.. [retweets @Gil_Stauffer's reply about its legal department to her followers]",
            es = "Ja, Ja.. [retuitea a sus seguidores la respuesta de @Gil_Stauffer sobre el gabinete jurídico]",
          },
          uncertain = EVENING },
      },
      decision = decision {
        stamp = "2014-01-30 ~19:00",
        weight = 2,
        prompt = {
          en = "The account's next reply is on screen: her 'offensive' comment is going to the legal department. She has retweeted it to her followers with a mocking 'Ha, ha..', and they are starting to pass it on. What do you do now?",
          es = "Ahí está la siguiente respuesta de la cuenta: su comentario «ofensivo» va al gabinete jurídico. Ella la ha retuiteado a sus seguidores con un «Ja, Ja..» burlón, y empiezan a difundirla. ¿Qué haces ahora?",
        },
        target = 30,
        timeout = "1h",
        reveal = reveal {
          stamp = "2014-01-30",
          sources = { "GS2", "GS3", "GS4", "GS5" },
          text = {
            en = "It doubled down. A second tweet, the same evening, told her that her tweet harmed the brand because of its hashtag, and that she must delete it or it would go to the legal department. A demand to delete is itself a screenshot waiting to happen: that night the exchange passed from account to account.",
            es = "Redobló la apuesta. Un segundo tuit, esa misma tarde, le dijo que su tuit perjudicaba a la marca por el hashtag y que lo borrara o lo enviarían al gabinete jurídico. Una exigencia de borrar es, en sí misma, una captura de pantalla en potencia: esa noche el intercambio pasó de cuenta en cuenta.",
          },
        },
        silence = choice {
          empathy = 2, policy = 3,
          tags = { "recover-fast", "reply-fast" },
          feedback = {
            en = "Saying nothing is better than a second threat, but the first one was up and spreading with no word from you. History ran on: the account posted its second threat.",
            es = "Callar es mejor que una segunda amenaza, pero la primera seguía publicada y corriendo sin que dijeras nada. La historia siguió su curso: la cuenta publicó su segunda amenaza.",
          },
          next = "spread",
        },
        choices = {
          choice {
            text = {
              en = "(Alert your manager, then post:) @cliente_mudanza, our last reply was out of line and we're sorry. Nothing is going to any legal department: you're entitled to your opinion. If you still want that move, we'd like to help. Can we call you?",
              es = "(Avisar a tu responsable y publicar:) @cliente_mudanza, nuestra última respuesta estaba fuera de lugar y te pedimos disculpas. No va a ir nada a ningún gabinete jurídico: tienes todo el derecho a opinar. Si sigues con la idea de la mudanza, nos gustaría ayudarte. ¿Te podemos llamar?",
            },
            empathy = 10, policy = 9,
            tags = { "apologise-sincerely", "never-threaten", "recover-fast", "not-personal" },
            effects = { mood = 40, audience = -10 },
            feedback = {
              en = "You stop the fight where it started: an apology for the tone, the threat withdrawn in so many words, and help offered again. Telling your manager first means the company stands behind the correction.",
              es = "Cortas la pelea donde empezó: disculpas por el tono, la amenaza retirada de forma explícita y la ayuda ofrecida de nuevo. Avisar antes a tu responsable hace que la empresa respalde la rectificación.",
            },
            next = "alt-sorry-early",
          },
          choice {
            text = {
              en = "(Stop replying and take it straight to your manager and communications. Meanwhile post:) @cliente_mudanza, that reply was not the right one. We're looking into it and will come back to you tonight.",
              es = "(Dejar de contestar y llevarlo enseguida a tu responsable y a comunicación. Mientras, publicar:) @cliente_mudanza, esa respuesta no era la adecuada. Lo estamos revisando y te contestamos esta noche.",
            },
            empathy = 7, policy = 9,
            tags = { "not-personal", "recover-fast", "own-it" },
            effects = { mood = 15, audience = -5 },
            feedback = {
              en = "Stepping back and escalating is exactly right once a reply has gone wrong, and the holding line stops the damage. Say sorry in it too: she has just been threatened, and 'not the right one' is a little cold.",
              es = "Parar y escalar es justo lo que toca cuando una respuesta ha salido mal, y el mensaje de espera frena el daño. Incluye también una disculpa: acaban de amenazarla, y «no era la adecuada» se queda algo frío.",
            },
            next = "alt-holding",
          },
          choice {
            text = {
              en = "(Quietly delete the legal-department tweet and say nothing.)",
              es = "(Borrar en silencio el tuit del gabinete jurídico y no decir nada.)",
            },
            empathy = 1, policy = 1,
            tags = { "dont-delete-criticism", "no-lies" },
            effects = { mood = -10, audience = 15 },
            feedback = {
              en = "She has already retweeted it; screenshots exist. Deleting without a word adds a cover-up to the threat. If you remove your own bad post, say that you did and why.",
              es = "Ella ya lo ha retuiteado; ya hay capturas. Borrar sin decir nada añade un intento de ocultarlo a la amenaza. Si eliminas un mensaje tuyo que estaba mal, dilo y explica por qué.",
            },
            next = "alt-deleted",
          },
          choice {
            text = {
              en = "This tweet harms our brand because of the hashtag it carries. Delete it or we will have to send it to our legal department.",
              es = "Este twitt perjudica nuestra marca por el hashtag en que aparece. Elimínelo o tendremos que enviarlo al gabinete jurídico",
            },
            empathy = 0, policy = 0, real = true,
            tags = { "never-threaten", "dont-delete-criticism", "not-personal" },
            effects = { mood = -30, audience = 25 },
            feedback = {
              en = "A second threat, and now a demand to delete: the one move guaranteed to spread further than the complaint ever could. A complaint is not an attack, and nobody is made to delete an opinion.",
              es = "Una segunda amenaza, y ahora exigiéndole que lo borre: justo lo que garantiza que llegue mucho más lejos que la queja. Una queja no es un ataque, y a nadie se le obliga a borrar una opinión.",
            },
            next = "spread",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3. it spreads; a lawyer joins in
    beat {
      id = "spread",
      posts = {
        post { from = "brand", stamp = "2014-01-30 ~19:15", sources = { "GS2", "GS3", "GS4", "GS5" },
          when = chose_silence("threat"),
          original = "«Este twitt perjudica nuestra marca por el hashtag en que aparece. Elimínelo o tendremos que enviarlo al gabinete jurídico»",
          text = {
            en = "This tweet harms our brand because of the hashtag it carries. Delete it or we will have to send it to our legal department.",
            es = "Este twitt perjudica nuestra marca por el hashtag en que aparece. Elimínelo o tendremos que enviarlo al gabinete jurídico",
          },
          uncertain = {
            en = "The exact wording comes from one source (others paraphrase it). The sources say only that it was that evening.",
            es = "La redacción exacta procede de una fuente (las demás la parafrasean). Las fuentes solo dicen que fue esa tarde.",
          } },
        post { from = "usuarios", stamp = "2014-01-30 ~20:00", source = "GS4",
          text = {
            en = "(More and more users reply to @Gil_Stauffer with #vergonzoso, now aimed at the brand.)",
            es = "(Cada vez más usuarios responden a @Gil_Stauffer con #vergonzoso, ahora contra la marca.)",
          },
          uncertain = {
            en = "A summary, not one tweet.",
            es = "Un resumen, no un tuit concreto.",
          } },
        post { from = "abogado", stamp = "2014-01-30 ~20:30", sources = { "GS8", "GS5", "GS3" },
          text = {
            en = "(A lawyer among her followers criticises the brand with #vergonzoso and says that, if anyone here may be breaking the law, it is the company: pressing her to delete a tweet could amount to coercion.)",
            es = "(Un abogado que la sigue critica a la marca con #vergonzoso y señala que, si aquí alguien podría estar cometiendo un delito, es la empresa: presionarla para que borre un tuit podría ser coacción.)",
          },
          uncertain = {
            en = "A paraphrase: his exact words were not captured. The sources place the exchange on 30–31 January.",
            es = "Paráfrasis: no se conservan sus palabras exactas. Las fuentes sitúan el intercambio entre el 30 y el 31 de enero.",
          } },
      },
      decision = decision {
        stamp = "2014-01-30 ~20:35",
        prompt = {
          en = "Replies with #vergonzoso keep coming. Now a lawyer among her followers says in public that it is the company that may be breaking the law: pressing a customer to delete a tweet could be coercion. How do you answer him?",
          es = "Siguen llegando respuestas con #vergonzoso. Ahora un abogado que la sigue dice en público que quien podría estar cometiendo un delito es la empresa: presionar a una clienta para que borre un tuit podría ser coacción. ¿Qué le respondes?",
        },
        target = 40,
        timeout = "1h30m",
        reveal = reveal {
          sources = { "GS5", "GS4", "GS3" },
          uncertain = {
            en = "The sources place this exchange on 30–31 January and give no time.",
            es = "Las fuentes sitúan este intercambio entre el 30 y el 31 de enero y no dan la hora.",
          },
          text = {
            en = "That night the account told him the company would proceed accordingly, with the hashtag #denuncia ('lawsuit'): a legal threat against a bystander. One analysis describes it as the company now publicly accusing a second person as well.",
            es = "Esa noche la cuenta le respondió que la empresa actuaría en consecuencia, con el hashtag #denuncia: una amenaza legal a un tercero. Un análisis lo describe como la empresa acusando ahora en público también a una segunda persona.",
          },
        },
        silence = choice {
          empathy = 3, policy = 4,
          tags = { "never-threaten", "recover-fast" },
          feedback = {
            en = "Not answering a bystander beats threatening him, but by now the company owed everyone a public correction, and none came. In history, the account threatened him too.",
            es = "No contestar a un tercero es mejor que amenazarlo, pero a estas alturas la empresa le debía a todo el mundo una rectificación pública, y no llegó. En la historia real, la cuenta también lo amenazó a él.",
          },
          next = "night",
        },
        choices = {
          choice {
            text = {
              en = "@abogado_seguidor You're right, and thank you for saying so. Nobody is going to be reported for an opinion. We withdraw what we said to @cliente_mudanza and apologise to her, and to you.",
              es = "@abogado_seguidor Tienes razón, y gracias por decirlo. No vamos a denunciar a nadie por dar su opinión. Retiramos lo que le dijimos a @cliente_mudanza y le pedimos disculpas, a ella y a ti.",
            },
            empathy = 9, policy = 10,
            tags = { "never-threaten", "apologise-sincerely", "own-it" },
            effects = { mood = 30, audience = -10 },
            feedback = {
              en = "When a bystander points out your mistake, the fastest way out is to agree, publicly, and withdraw the threat by name. It costs a little pride and saves the company a week.",
              es = "Cuando un tercero señala tu error, la salida más rápida es darle la razón, en público, y retirar la amenaza con nombre y apellidos. Cuesta un poco de orgullo y le ahorra a la empresa una semana.",
            },
            next = "alt-withdrawn",
          },
          choice {
            text = {
              en = "We respect your view, but every company has the right to defend its brand against damaging hashtags.",
              es = "Respetamos su opinión, pero toda empresa tiene derecho a defender su marca frente a hashtags que la perjudican.",
            },
            empathy = 2, policy = 2,
            tags = { "not-personal", "never-threaten" },
            effects = { mood = -10, audience = 15 },
            feedback = {
              en = "Arguing the law with a lawyer, in public, about a threat you made to a customer: every reply becomes the next screenshot. Defending a brand never includes threatening people for their opinions.",
              es = "Discutir de leyes con un abogado, en público, sobre una amenaza que has hecho a una clienta: cada respuesta será la próxima captura. Defender una marca nunca incluye amenazar a nadie por lo que opina.",
            },
            next = "alt-argue",
          },
          choice {
            text = {
              en = "(Hand the whole exchange to legal and communications, and post nothing until they have decided.)",
              es = "(Pasar todo el intercambio a jurídico y a comunicación, y no publicar nada hasta que decidan.)",
            },
            empathy = 4, policy = 6, cost = "1h",
            tags = { "not-personal", "recover-fast" },
            effects = { audience = 5 },
            feedback = {
              en = "Escalating is right and far better than threatening anyone, but the threats are still up and nobody has withdrawn them. Escalate and, in the same hour, post one line taking them back.",
              es = "Escalar es correcto y mucho mejor que amenazar a nadie, pero las amenazas siguen publicadas y nadie las ha retirado. Escala y, en esa misma hora, publica una línea retirándolas.",
            },
            next = "night",
          },
          choice {
            text = {
              en = "(Tell him the company will proceed accordingly, adding the hashtag #denuncia.)",
              es = "(Responderle que la empresa actuará en consecuencia, con el hashtag #denuncia.)",
            },
            empathy = 0, policy = 0, real = true,
            tags = { "never-threaten", "not-personal" },
            effects = { mood = -10, audience = 20 },
            feedback = {
              en = "Threatening a bystander who has just told you that your threats may be unlawful proves his point for him. Never threaten anyone over an opinion, least of all a third party.",
              es = "Amenazar a un tercero que acaba de decirte que tus amenazas podrían ser ilegales le da la razón. Nunca amenaces a nadie por una opinión, y menos aún a un tercero.",
            },
            next = "night",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4. the night, and the morning after
    beat {
      id = "night",
      posts = {
        post { from = "brand", stamp = "2014-01-30 ~20:45", source = "GS5", when = chose_silence("spread"),
          text = {
            en = "(Tells the lawyer the company will proceed accordingly, adding #denuncia.)",
            es = "(Le dice al abogado que la empresa actuará en consecuencia, con #denuncia.)",
          },
          uncertain = {
            en = "A paraphrase: the exact wording was not captured. The sources place the exchange on 30–31 January.",
            es = "Paráfrasis: no se conserva la redacción exacta. Las fuentes sitúan el intercambio entre el 30 y el 31 de enero.",
          } },
        post { from = "difusor", stamp = "2014-01-30 ~22:00", source = "GS2",
          text = {
            en = "(Passes the exchange with @Gil_Stauffer on to its followers.)",
            es = "(Difunde entre sus seguidores el intercambio con @Gil_Stauffer.)",
          },
          uncertain = NIGHT },
        post { from = "conocida", stamp = "2014-01-30 ~23:00", source = "GS2",
          original = "«Otro community manager haciendo el ridículo»",
          text = {
            en = "Another community manager making a fool of himself [screenshot of the exchange with @Gil_Stauffer]",
            es = "Otro community manager haciendo el ridículo [captura del intercambio con @Gil_Stauffer]",
          },
          uncertain = NIGHT },
        post { from = "tendencias", stamp = "2014-01-31", source = "GS7",
          text = {
            en = "(Gil Stauffer is among Spain's trending topics, again and again through the day.)",
            es = "(Gil Stauffer entra en las tendencias de España, varias veces a lo largo del día.)",
          },
          uncertain = {
            en = "The source says 'several times during the day' and gives no times.",
            es = "La fuente dice «varias veces durante el día» y no da horas.",
          } },
      },
      decision = decision {
        stamp = "2014-01-31 09:00",
        weight = 2,
        prompt = {
          en = "Friday, 09:00, about fifteen hours in. 6,000 tweets mention the account; in the original ones the commonest words are 'lamentable', 'intolerable' and 'unacceptable'. The brand will trend again and again today. Management asks you what to do.",
          es = "Viernes, 09:00, unas quince horas después. 6.000 tuits mencionan a la cuenta; en los originales, las palabras más repetidas son «lamentable», «intolerable» e «inaceptable». La marca va a ser tendencia varias veces hoy. La dirección te pregunta qué hacer.",
        },
        target = 60,
        timeout = "3h",
        reveal = reveal {
          stamp = "2014-02-01",
          sources = { "GS5", "GS7", "GS3", "GS8", "GS1", "GS9" },
          uncertain = {
            en = "The sources date the apology only as about 48 hours, or two days, after the complaint.",
            es = "Las fuentes solo sitúan la disculpa unas 48 horas, o dos días, después de la queja.",
          },
          text = {
            en = "Nothing, for the moment. The apology came about 48 hours after the complaint, around Saturday 1 February: short tweets in which the company publicly apologised to the customer for its replies and withdrew the legal threat. Their wording survives only in screenshots. Analysts judged it late and far from enough; blogs and a national newspaper covered the case until 4 February, and it became a teaching example of what not to do.",
            es = "Nada, de momento. La disculpa llegó unas 48 horas después de la queja, hacia el sábado 1 de febrero: unos tuits breves en los que la empresa pedía disculpas públicamente a la clienta por sus respuestas y retiraba la amenaza legal. Su texto solo se conserva en capturas. Los analistas la consideraron tardía y muy insuficiente; blogs y un diario nacional cubrieron el caso hasta el 4 de febrero, y acabó siendo un ejemplo docente de lo que no hay que hacer.",
          },
        },
        silence = choice {
          empathy = 1, policy = 2,
          tags = { "recover-fast", "reply-fast" },
          feedback = {
            en = "Another morning without a word while the brand trends: every hour makes the eventual apology look more forced. History ran on, and the apology came the next day.",
            es = "Otra mañana sin decir nada mientras la marca es tendencia: cada hora hace que la disculpa, cuando llegue, parezca más forzada. La historia siguió su curso, y la disculpa llegó al día siguiente.",
          },
          next = "apology",
        },
        choices = {
          choice {
            text = {
              en = "(A short thread:) @cliente_mudanza, we owe you an apology. Threatening you with our legal department over an honest complaint was wrong, and so was what we said to @abogado_seguidor. We withdraw both, fully. That is on the company, not on one person: from today replies like these get a second pair of eyes, and the team will be trained. We'll DM you about your move, if you still want to hear from us.",
              es = "(Un hilo breve:) @cliente_mudanza, te debemos una disculpa. Amenazarte con nuestro gabinete jurídico por una queja sincera estuvo mal, igual que lo que le dijimos a @abogado_seguidor. Lo retiramos todo, sin reservas. La responsabilidad es de la empresa, no de una persona: desde hoy, respuestas así pasan por una segunda revisión y el equipo recibirá formación. Te escribimos por privado sobre tu mudanza, si aún quieres saber de nosotros.",
            },
            empathy = 10, policy = 10,
            tags = { "apologise-sincerely", "recover-fast", "never-threaten", "own-it", "go-private" },
            effects = { mood = 40, audience = -20 },
            feedback = {
              en = "Same channel, same morning, by name: the threat withdrawn for both people, the responsibility taken by the company rather than pinned on one employee, a concrete change, and a private follow-up. That is an apology that ends the argument.",
              es = "Mismo canal, misma mañana, con nombres: la amenaza retirada a las dos personas, la responsabilidad asumida por la empresa en vez de cargársela a un empleado, un cambio concreto y un seguimiento en privado. Esa es una disculpa que cierra la discusión.",
            },
            next = "alt-apology-now",
          },
          choice {
            text = {
              en = "We apologise for the replies sent yesterday by an employee who acted without authorisation. They do not reflect the values of Gil Stauffer.",
              es = "Pedimos disculpas por las respuestas que envió ayer un empleado sin autorización. No reflejan los valores de Gil Stauffer.",
            },
            empathy = 4, policy = 3,
            tags = { "own-it", "apologise-sincerely" },
            effects = { mood = 5, audience = 5 },
            feedback = {
              en = "Fast, but it apologises for 'the replies' without naming her or withdrawing the threat, and it pins everything on one employee. People ask who approved the account, and the story gets a scapegoat.",
              es = "Es rápida, pero pide perdón por «las respuestas» sin nombrarla ni retirar la amenaza, y lo carga todo sobre un empleado. La gente pregunta quién supervisaba la cuenta, y la historia gana un chivo expiatorio.",
            },
            next = "alt-scapegoat",
          },
          choice {
            text = {
              en = "(Send a statement to the press, but post nothing on Twitter.)",
              es = "(Enviar un comunicado a la prensa, pero no publicar nada en Twitter.)",
            },
            empathy = 3, policy = 4,
            tags = { "listen", "recover-fast" },
            effects = { audience = 10 },
            feedback = {
              en = "The offence happened on Twitter, to a person, in front of her followers. An apology she has to read in a newspaper is not addressed to her. Apologise where it happened.",
              es = "La ofensa fue en Twitter, a una persona y delante de sus seguidores. Una disculpa que tiene que leer en un periódico no va dirigida a ella. Pide perdón donde ocurrió.",
            },
            next = "alt-press-only",
          },
          choice {
            text = {
              en = "(Hold off: post nothing for now, and apologise in a few short tweets in a day or two, once the storm has calmed down.)",
              es = "(Esperar: no publicar nada por ahora y pedir disculpas con unos tuits breves dentro de un día o dos, cuando amaine.)",
            },
            empathy = 2, policy = 3, cost = "24h", real = true,
            tags = { "recover-fast", "reply-fast" },
            effects = { mood = -10, audience = 10 },
            feedback = {
              en = "Waiting for a storm to calm down is how it reaches the blogs and the press. By the time the short apology came, it was judged too little, too late. When you have failed, apologise within hours.",
              es = "Esperar a que amaine es lo que hace que llegue a los blogs y a la prensa. Cuando por fin llegó la breve disculpa, se juzgó escasa y tardía. Cuando has fallado, pide perdón en cuestión de horas.",
            },
            next = "apology",
          },
          choice {
            text = {
              en = "(Delete all the brand's replies from last night and say nothing.)",
              es = "(Borrar todas las respuestas de la marca de anoche y no decir nada.)",
            },
            empathy = 0, policy = 0,
            tags = { "dont-delete-criticism", "no-lies" },
            effects = { mood = -20, audience = 20 },
            feedback = {
              en = "Thousands of people have the screenshots. Deleting in silence only adds 'and then they tried to hide it' to the story.",
              es = "Miles de personas tienen las capturas. Borrar en silencio solo añade a la historia un «y luego intentaron esconderlo».",
            },
            next = "alt-wiped",
          },
        },
      },
    },

    ---------------------------------------------------------------- 5. the late apology and the coverage
    beat {
      id = "apology",
      posts = {
        post { from = "lainformacion", stamp = "2014-02-01", source = "GS2",
          text = {
            en = "[Blog] The Gil Stauffer case: how your arrogance becomes your Twitter nightmare",
            es = "[Blog] El caso Gil Stauffer: cómo tu soberbia se convierte en tu pesadilla por Twitter",
          } },
        post { from = "brand", stamp = "2014-02-01", sources = { "GS3", "GS5", "GS7" },
          text = {
            en = "(In a few short tweets, publicly apologises to the customer for its replies and withdraws the legal threat.)",
            es = "(En unos pocos tuits breves, pide disculpas públicamente a la clienta por sus respuestas y retira la amenaza legal.)",
          },
          uncertain = {
            en = "A paraphrase: the tweets survive only as images and their wording was not captured. About 48 hours after the complaint.",
            es = "Paráfrasis: los tuits solo se conservan como imágenes y no se ha podido recoger su texto. Unas 48 horas después de la queja.",
          } },
        post { from = "fatima", stamp = "2014-02-02", source = "GS7",
          text = {
            en = "[Blog] Gil Stauffer backs down and publicly apologises for its mistake on Twitter",
            es = "[Blog] Gil Stauffer rectifica y pide disculpas públicamente por su error en Twitter",
          } },
        post { from = "smrm", stamp = "2014-02-03", source = "GS6",
          text = {
            en = "[Blog] Lessons from the @gil_stauffer case: answering a dissatisfied prospective customer with a threat to sue",
            es = "[Blog] Lecciones del caso @gil_stauffer. Responder a un cliente potencial insatisfecho con una amenaza de denuncia",
          } },
        post { from = "molas", stamp = "2014-02-03", source = "GS1",
          text = {
            en = "[Blog] From one person's criticism to a Twitter crisis: the Gil Stauffer case",
            es = "[Blog] De la crítica individual a la crisis en Twitter: el caso de Gil Stauffer",
          } },
        post { from = "elmundo", stamp = "2014-02-04", source = "GS5",
          text = {
            en = "(The newspaper's blog tells the story. The customer says it was her first move; she knew there are delivery windows, but not that; and at her own job, where she is a community manager, they receive much harsher hashtags.)",
            es = "(El blog del diario cuenta la historia. La clienta explica que era su primera mudanza; que sabía que hay márgenes de entrega, pero no tanto; y que en su propio trabajo, donde es community manager, reciben hashtags mucho más duros.)",
          } },
        post { from = "amenzing", stamp = "2014-02-04", source = "GS3",
          text = {
            en = "[Article] Multinational Gil Stauffer retracts the tweet it sent to a dissatisfied customer",
            es = "[Artículo] La multinacional Gil Stauffer se retracta del tuit que envió a una clienta insatisfecha",
          } },
        post { from = "reputacion", stamp = "2014-02-05", source = "GS8",
          text = {
            en = "[Blog] Gil Stauffer, the latest great online reputation crisis. (It judges the apology far from enough and notes the case is still being discussed days later.)",
            es = "[Blog] Gil Stauffer, la última gran crisis de reputación online. (Considera la disculpa muy insuficiente y señala que del caso se sigue hablando días después.)",
          },
          uncertain = {
            en = "The article is undated (early February 2014); the date shown is a placeholder.",
            es = "El artículo no tiene fecha (principios de febrero de 2014); la que se muestra es orientativa.",
          } },
      },
      next = "end-history",
    },
    beat {
      id = "end-history",
      ending = ending { outcome = "crisis", text = {
        en = "What happened: a question about a delivery date became days of national attention. The company apologised about 48 hours in, and the apology was judged too little, too late. The case still appears in Spanish marketing courses as the example of what not to do.",
        es = "Lo que pasó: una pregunta sobre una fecha de entrega se convirtió en días de atención nacional. La empresa pidió disculpas unas 48 horas después, y la disculpa se juzgó escasa y tardía. El caso sigue apareciendo en la formación de marketing en España como ejemplo de lo que no hay que hacer.",
      } },
    },

    ---------------------------------------------------------------- what might have happened
    beat {
      id = "alt-listened", alternative = true,
      posts = {
        post { from = "cliente", at = "25m", text = {
          en = "Thanks for the quick answer. I didn't know that about shared loads. I'll send you my number.",
          es = "Gracias por contestar tan rápido. No sabía eso de la carga compartida. Os paso mi número.",
        } },
      },
      ending = ending { outcome = "resolved", text = {
        en = "What might have happened: a coordinator calls, she weighs a dedicated move with a fixed date against the shared-load price, and books with you or with someone else. Either way, the complaint stays one tweet among thousands that evening.",
        es = "Lo que podría haber pasado: un coordinador la llama, ella compara una mudanza exclusiva con fecha fija con el precio del grupaje y contrata con vosotros o con otros. En cualquier caso, la queja se queda en un tuit más entre miles esa tarde.",
      } },
    },
    beat {
      id = "alt-dm", alternative = true,
      posts = {
        post { from = "cliente", at = "30m", text = {
          en = "It was a simple question: can you give me a date or not? Fine, I'll DM you.",
          es = "La pregunta era sencilla: ¿me dais una fecha o no? Vale, os escribo por privado.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: the date question is sorted out in private, but in public her tweet only ever got 'send us a DM'. No story, and probably no new customer either.",
        es = "Lo que podría haber pasado: lo de la fecha se aclara por privado, pero en público su tuit solo recibió un «escríbenos por privado». No hay historia, aunque probablemente tampoco una nueva clienta.",
      } },
    },
    beat {
      id = "alt-hashtag", alternative = true,
      posts = {
        post { from = "cliente", at = "15m", likes = 40, text = {
          en = "So now I can't even choose my own hashtag? #vergonzoso",
          es = "¿Ahora tampoco puedo elegir mi hashtag? #vergonzoso",
        } },
        post { from = "usuarios", at = "1h", text = {
          en = "(Her followers start passing the reply around.)",
          es = "(Sus seguidores empiezan a difundir la respuesta.)",
        } },
      },
      ending = ending { outcome = "escalated", text = {
        en = "What might have happened: asking her to take back her words gives her followers something to share. Without a legal threat it stays far smaller than the real storm, but the brand is now the one that argued with a customer about a hashtag.",
        es = "Lo que podría haber pasado: pedirle que retire sus palabras da a sus seguidores algo que compartir. Sin amenaza legal se queda muy por debajo de la tormenta real, pero la marca pasa a ser la que discutió con una clienta por un hashtag.",
      } },
    },
    beat {
      id = "alt-sorry-early", alternative = true,
      posts = {
        post { from = "cliente", at = "20m", text = {
          en = "OK, that's more like it. Thanks for the apology.",
          es = "Vale, esto ya es otra cosa. Gracias por la disculpa.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: the screenshot of the legal-department reply still goes round, but now with your apology under it. A story about arrogance becomes a story about a mistake put right within the hour.",
        es = "Lo que podría haber pasado: la captura de la respuesta del gabinete jurídico sigue circulando, pero ahora con vuestra disculpa debajo. Una historia de soberbia se convierte en la de un error corregido en menos de una hora.",
      } },
    },
    beat {
      id = "alt-holding", alternative = true,
      posts = {
        post { from = "cliente", at = "20m", text = {
          en = "We'll see. At least someone over there is reading.",
          es = "Ya veremos. Al menos alguien ahí lo está leyendo.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: the holding reply means the second threat is never written. If the promised answer really comes that night, with an apology, the story has fizzled out by morning.",
        es = "Lo que podría haber pasado: con el mensaje de espera, la segunda amenaza nunca llega a escribirse. Si la respuesta prometida llega de verdad esa noche, con una disculpa, a la mañana siguiente la historia se ha apagado.",
      } },
    },
    beat {
      id = "alt-deleted", alternative = true,
      posts = {
        post { from = "cliente", at = "15m", likes = 60, text = {
          en = "They've deleted the legal-department tweet. Good thing I took a screenshot 😂",
          es = "Han borrado el tuit del gabinete jurídico. Menos mal que hice captura 😂",
        } },
        post { from = "usuarios", at = "1h", text = {
          en = "(The screenshot spreads with #vergonzoso, now captioned 'and then they deleted it'.)",
          es = "(La captura corre con #vergonzoso, ahora con un «y luego lo borraron».)",
        } },
      },
      ending = ending { outcome = "crisis", text = {
        en = "What might have happened: deleting without a word adds a second story to the first, a threat and then a cover-up. The screenshots do the rest.",
        es = "Lo que podría haber pasado: borrar sin decir nada suma una segunda historia a la primera, una amenaza y luego un intento de taparla. Las capturas hacen el resto.",
      } },
    },
    beat {
      id = "alt-withdrawn", alternative = true,
      posts = {
        post { from = "abogado", at = "15m", text = {
          en = "That's the right answer. Credit to you for correcting it.",
          es = "Esa es la respuesta correcta. Bien por rectificar.",
        } },
        post { from = "cliente", at = "30m", text = {
          en = "Apology accepted. That's all it took.",
          es = "Disculpas aceptadas. No hacía falta más.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: the exchange has already spread, so the brand is still mocked that night, but every screenshot now ends with a public withdrawal. The next morning's story is shorter, and kinder.",
        es = "Lo que podría haber pasado: el intercambio ya se ha difundido, así que esa noche siguen las burlas, pero cada captura termina ahora con una rectificación pública. La historia de la mañana siguiente es más corta, y más amable.",
      } },
    },
    beat {
      id = "alt-argue", alternative = true,
      posts = {
        post { from = "abogado", at = "15m", likes = 80, text = {
          en = "Defending a brand does not include threatening a customer for an opinion.",
          es = "Defender una marca no incluye amenazar a una clienta por opinar.",
        } },
        post { from = "usuarios", at = "1h", text = {
          en = "(The argument with the lawyer becomes the next screenshot.)",
          es = "(La discusión con el abogado se convierte en la siguiente captura.)",
        } },
      },
      ending = ending { outcome = "crisis", text = {
        en = "What might have happened: a legal debate with a lawyer, in public, at night, about threats made to a customer. It runs much as the real story did.",
        es = "Lo que podría haber pasado: un debate jurídico con un abogado, en público y de noche, sobre las amenazas a una clienta. Acaba más o menos como la historia real.",
      } },
    },
    beat {
      id = "alt-apology-now", alternative = true,
      posts = {
        post { from = "cliente", at = "1h", text = {
          en = "Apology accepted. It shouldn't have taken all night, but thank you.",
          es = "Disculpas aceptadas. No debería haber hecho falta toda una noche, pero gracias.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: the night cannot be undone, and the blogs still write about it. But a full apology fifteen hours in changes the story from arrogance to a mistake owned and put right, and it is over by the weekend instead of running into the next week.",
        es = "Lo que podría haber pasado: la noche no se puede deshacer, y los blogs siguen escribiendo sobre ello. Pero una disculpa completa a las quince horas cambia la historia de soberbia a error asumido y corregido, y se acaba el fin de semana en vez de alargarse a la semana siguiente.",
      } },
    },
    beat {
      id = "alt-scapegoat", alternative = true,
      posts = {
        post { from = "usuarios", at = "1h", text = {
          en = "(Replies ask who was supervising the account, and whether one employee is paying for the company's way of working.)",
          es = "(Las respuestas preguntan quién supervisaba la cuenta y si un empleado está pagando por la forma de trabajar de la empresa.)",
        } },
      },
      ending = ending { outcome = "escalated", text = {
        en = "What might have happened: an early apology takes some heat out, but blaming one employee hands the story a new angle, and the customer never hears the threat withdrawn.",
        es = "Lo que podría haber pasado: una disculpa temprana rebaja algo la tensión, pero culpar a un empleado le da a la historia un nuevo ángulo, y la clienta nunca oye que se retira la amenaza.",
      } },
    },
    beat {
      id = "alt-press-only", alternative = true,
      posts = {
        post { from = "cliente", at = "2h", likes = 90, text = {
          en = "Apparently @Gil_Stauffer has a statement for the newspapers. And for me?",
          es = "Por lo visto @Gil_Stauffer tiene un comunicado para los periódicos. ¿Y para mí?",
        } },
      },
      ending = ending { outcome = "escalated", text = {
        en = "What might have happened: the press gets a statement, the customer gets nothing, and Twitter notices the difference.",
        es = "Lo que podría haber pasado: la prensa recibe un comunicado, la clienta no recibe nada, y Twitter se da cuenta de la diferencia.",
      } },
    },
    beat {
      id = "alt-wiped", alternative = true,
      posts = {
        post { from = "usuarios", at = "30m", text = {
          en = "(Screenshots of the deleted replies circulate under 'now they've deleted everything'.)",
          es = "(Las capturas de las respuestas borradas circulan con un «ahora lo han borrado todo».)",
        } },
      },
      ending = ending { outcome = "crisis", text = {
        en = "What might have happened: the story gains a second chapter, the cover-up, and the apology, whenever it comes, has to cover that too.",
        es = "Lo que podría haber pasado: la historia gana un segundo capítulo, el intento de taparlo, y la disculpa, cuando llegue, tendrá que cubrir también eso.",
      } },
    },
  },
}
