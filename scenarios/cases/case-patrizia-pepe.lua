-- case-patrizia-pepe.lua — a case study: Patrizia Pepe and the thin-model
-- photo, April 2011 (Facebook page, Twitter, corporate blog). English and
-- Italian.
--
-- Replays the real timeline from the campaign photo (7 April) to the
-- apology on the corporate blog (14 April) and the commentary after it.
-- Four turning points: the first comments about anorexia, the late-night
-- thread, the trade-press article, the apology.
--
-- Facts, dates and quotes come from the fact sheet (case 2); every post of
-- a history beat cites its source. The sources give days, rarely hours: a
-- stamp whose hour is not in the sources gives the date only ("2011-04-13"),
-- and "evening" is an approximate hour ("2011-04-14 ~21:00"). The model
-- in the photo is a private person and is never named or described beyond
-- "a very thin model"; the commenters are private and appear by role only,
-- with invented handles.

return scenario {
  id = "case-patrizia-pepe",
  lang = "it",
  title = {
    en = "Patrizia Pepe and the thin-model photo",
    it = "Patrizia Pepe e la foto della modella magrissima",
  },
  summary = {
    en = "April 2011. Fans accuse a Florence fashion brand of promoting anorexia under a campaign photo on its Facebook page. Replay the week the brand answered them, and decide what you would have done.",
    it = "Aprile 2011. Sotto una foto della campagna, sulla pagina Facebook di un marchio di moda fiorentino, alcune fan lo accusano di promuovere l'anoressia. Rivivi la settimana in cui il marchio rispose e decidi che cosa avresti fatto tu.",
  },
  archetype = { "crisis", "public-complaint" },
  channel = "page",
  difficulty = "hard",
  minutes = 12,
  brand = { name = "Patrizia Pepe", handle = "patriziapepe.com" },
  clock = { rate = 240 },
  audience = 20,

  rules = {
    {
      en = "Never comment on a person's body or health, whether a customer's, a fan's or a model's.",
      it = "Mai commentare il corpo o la salute di una persona, che sia una cliente, una fan o una modella.",
    },
    {
      en = "Topics that touch health go to management before we answer anything beyond an acknowledgement.",
      it = "Sui temi che riguardano la salute, prima di rispondere oltre un semplice riscontro si coinvolge la direzione.",
    },
    {
      en = "We do not delete or hide legitimate criticism, and we answer it where it was posted.",
      it = "Le critiche legittime non si cancellano e non si nascondono, e si risponde dove sono state scritte.",
    },
  },

  personas = {
    persona { id = "fan_a", name = "Fan A", handle = "@fan_a_2011",
              role = { en = "fan of the page", it = "fan della pagina" } },
    persona { id = "fan_b", name = "Fan B", handle = "@fan_b_2011",
              role = { en = "fan of the page", it = "fan della pagina" } },
    persona { id = "fans", name = "Commenti", handle = "@commenti",
              role = { en = "other comments under the photo", it = "altri commenti sotto la foto" } },
    persona { id = "ninja", name = "Ninja Marketing", handle = "ninjamarketing.it",
              role = { en = "marketing trade press", it = "testata di marketing" } },
    persona { id = "ydl", name = "Young Digital Lab", handle = "youngdigitallab.com",
              role = { en = "blog", it = "blog" } },
    persona { id = "vincos", name = "Vincos", handle = "vincos.it",
              role = { en = "social-media blog", it = "blog sui social media" } },
    persona { id = "porro", name = "Enrico Porro", handle = "enricoporro.it",
              role = { en = "blog", it = "blog" } },
    persona { id = "blog_pp5", name = "ilmioblog-annamaria", handle = "ilmioblog-annamaria.blogspot.com",
              role = { en = "blog", it = "blog" } },
    persona { id = "vigano", name = "Federico Viganò", handle = "federicovigano.com",
              role = { en = "blog", it = "blog" } },
    persona { id = "fan_alt", name = "Fan C", handle = "@fan_c_esempio",
              role = { en = "fan (invented, for what might have happened)",
                       it = "fan (inventata, per ciò che sarebbe potuto accadere)" } },
  },

  case = case {
    organisation = "Patrizia Pepe",
    country = "IT",
    start = "2011-04-07 12:00",
    timezone = "CEST",
    period = { en = "7–15 April 2011", it = "7–15 aprile 2011" },
    lesson = {
      en = "Dismissing and then arguing with fans about anorexia, and apologising a week later on another channel, turned a photo into a national case.",
      it = "Liquidare le fan e poi litigarci sull'anoressia, per scusarsi una settimana dopo su un altro canale, ha trasformato una foto in un caso nazionale.",
    },
    sources = {
      source { id = "PP1", publication = "Ninja Marketing", date = "2011-04-13",
               title = "Patrizia Pepe, quando la brand reputation passa per una foto su Facebook",
               url = "https://www.ninjamarketing.it/2011/04/13/patrizia-pepe-quando-la-brand-reputation-passa-per-una-foto-su-facebook/amp" },
      source { id = "PP2", publication = "Enrico Porro (blog)", date = "2011-04-14",
               title = "E' Facebook, bellezza, e tu non puoi farci niente, niente. Il caso di Patrizia Pepe.",
               url = "https://www.enricoporro.it/2011/04/14/e-facebook-bellezza-e-tu-non-puoi-farci-niente-niente-il-caso-di-patrizia-pepe/" },
      source { id = "PP3", publication = "Vincos (Vincenzo Cosenza)", date = "2011-04-15",
               title = "Patrizia Pepe – Un pessimo caso di comunicazione in rete",
               url = "http://vincos.it/2011/04/15/patrizia-pepe-un-pessimo-caso-di-comunicazione-in-rete/" },
      source { id = "PP4", publication = "Reputata Iuvant", date = "2011-04-14",
               title = "Questione di stile: Where is Patrizia?",
               url = "http://www.reputataiuvant.com/2011/04/questione-di-stile-where-is-patrizia.html" },
      source { id = "PP5", publication = "ilmioblog-annamaria (reproducing an unnamed news article)", date = "2011-04-20",
               title = "Modelle magrissime… Patrizia Pepe sotto accusa su Facebook",
               url = "http://ilmioblog-annamaria.blogspot.com/2011/04/modelle-magrissime.html" },
      source { id = "PP6", publication = "Young Digital Lab", date = "2011-04",
               title = "Who is Patrizia Pepe? Il Charlie Sheen 'de noantri'. Che si diverte un mondo",
               url = "http://www.youngdigitallab.com/social-media-in-azienda/whos-patrizia-pepe-il-charlie-sheen-de-noantri-che-si-diverte-anche/" },
      source { id = "PP7", publication = "Patrizia Pepe corporate blog (primary source)", date = "2011-04-14",
               title = "Patrizia Pepe impara dai Social Media",
               url = "http://inside.patriziapepe.com/it/2011/patrizia-pepe-impara-dai-social-media/" },
      source { id = "PP8", publication = "Enrico Porro (blog)", date = "2011-04-21",
               title = "Patrizia Pepe chiede scusa.",
               url = "https://www.enricoporro.it/2011/04/21/patrizia-pepe-chiede-scusa/" },
      source { id = "PP9", publication = "Federico Viganò (blog)", date = "2011-05-06",
               title = "Sbaglia ed impara.",
               url = "https://federicovigano.com/2011/05/06/sbaglia-ed-impara/" },
      source { id = "PP10", publication = "Paperblog", date = "2011-04",
               title = "Patrizia Pepe: anti-social media management",
               url = "https://it.paperblog.com/patrizia-pepe-anti-social-media-management-338417" },
      source { id = "PP11", publication = "TwinSelect", date = "2011-04",
               title = "Where is Patrizia?",
               url = "http://twinselect.blogspot.com/2011/04/where-is-patrizia.html" },
      source { id = "PP13", publication = "peccettumnowadays", date = "2011-04-14",
               title = "Patrizia Pepe è cattiva.",
               url = "https://peccettumnowadays.wordpress.com/2011/04/14/patrizia-pepe-e-cattiva/" },
    },
    reach = {
      point { at = "2011-04-14", value = 140, source = "PP2",
              label = { en = "comments under the photo by 14 April (about; mostly negative)",
                        it = "commenti sotto la foto al 14 aprile (circa; in gran parte negativi)" } },
    },
    lessons = {
      lesson { principle = "listen", text = {
        en = "A fan who raises a health concern is not a provocateur. Acknowledge that the worry is legitimate, without judging anyone's body, and take it to management.",
        it = "Una fan che solleva un problema di salute non è una provocatrice. Riconosci che la preoccupazione è legittima, senza giudicare il corpo di nessuno, e portala alla direzione.",
      } },
      lesson { principle = "not-personal", text = {
        en = "Never argue with your own fans in real time while angry, and never lump them together as 'you all'. A short holding reply and a night's sleep cost nothing.",
        it = "Mai discutere a caldo con i propri fan, e mai metterli tutti nello stesso mucchio. Una breve risposta interlocutoria e una notte di sonno non costano nulla.",
      } },
      lesson { principle = "apologise-sincerely", text = {
        en = "Apologise where the offence happened and for the specific thing: an apology for 'tone' on a blog few people read, a week later, reads as an afterthought.",
        it = "Chiedi scusa dove è avvenuta l'offesa e per la cosa precisa: scuse per i 'toni' su un blog poco letto, una settimana dopo, sembrano un ripensamento.",
      } },
      lesson { principle = "dont-delete-criticism", text = {
        en = "Removing or hiding the thread did not make it go away: it became part of the criticism.",
        it = "Rimuovere o nascondere la discussione non l'ha fatta sparire: è diventata parte delle critiche.",
      } },
      lesson { principle = "recover-fast", text = {
        en = "One calm statement the same day the trade press wrote about it would have ended the story sooner than a week of replies.",
        it = "Una dichiarazione pacata, uguale su tutti i canali, il giorno stesso dell'articolo avrebbe chiuso la storia prima di una settimana di repliche.",
      } },
    },
    outcome = {
      en = "The brand apologised for its tone, not its position, on its corporate blog on the evening of 14 April, while the Facebook thread was removed or hidden. Commentators called the handling a bad case of online communication; a TV segment and interviews followed, and in early May the company published its own analysis of the episode. No data on business impact was found.",
      it = "Il marchio si è scusato per i toni, non per la sua posizione, sul blog aziendale la sera del 14 aprile, mentre la discussione su Facebook veniva rimossa o nascosta. Gli osservatori l'hanno definito un pessimo caso di comunicazione in rete; sono seguiti un servizio televisivo e alcune interviste, e a inizio maggio l'azienda ha pubblicato una propria analisi dell'episodio. Non sono stati trovati dati sull'impatto commerciale.",
    },
  },

  beats = {
    ---------------------------------------------------------------- 1: the photo
    beat {
      id = "photo",
      posts = {
        post { from = "brand", stamp = "2011-04-07", sources = { "PP1", "PP5", "PP10" },
          uncertain = {
            en = "The day comes from a single blog.",
            it = "Il giorno viene da un solo blog.",
          },
          text = {
            en = "(A new photo from the 'Where is Patrizia?' campaign on the brand's Facebook page: a very thin model.)",
            it = "(Sulla pagina Facebook del marchio, una nuova foto della campagna «Where is Patrizia?»: una modella molto magra.)",
          } },
        post { from = "fan_a", stamp = "2011-04-07", source = "PP5",
          uncertain = {
            en = "The sources say only that the first comments followed the photo; their day is not known.",
            it = "Le fonti dicono solo che i primi commenti sono arrivati dopo la foto; il giorno non è noto.",
          },
          original = "Ma questa modella in foto è anoressica!!! Ancora di questi tempi con tutte le modelle che sono morte di anoressia?",
          text = {
            en = "But this model in the photo is anorexic!!! Still, these days, with all the models who have died of anorexia?",
            it = "Ma questa modella in foto è anoressica!!! Ancora di questi tempi con tutte le modelle che sono morte di anoressia?",
          } },
        post { from = "fan_b", stamp = "2011-04-07", sources = { "PP5", "PP4" },
          uncertain = {
            en = "The day is not known; the wording is as one blog reports it.",
            it = "Il giorno non è noto; il testo è quello riportato da un blog.",
          },
          original = "che brutto messaggio che passate. Mamma mia che schifo. Voi avete creato l'anoressia. Complimenti",
          text = {
            en = "what an ugly message you send. My God, how disgusting. You created anorexia. Congratulations",
            it = "che brutto messaggio che passate. Mamma mia che schifo. Voi avete creato l'anoressia. Complimenti",
          } },
      },
      decision = decision {
        stamp = "2011-04-07",
        uncertain = {
          en = "The sources do not say on which day the brand first answered.",
          it = "Le fonti non dicono in quale giorno il marchio rispose per la prima volta.",
        },
        prompt = {
          en = "Two fans say the campaign photo promotes anorexia. Eating disorders are a serious health issue. You know nothing about the model's health, and she is a private person, not a public figure. The page has about 140,000 fans. What do you do?",
          it = "Due fan scrivono che la foto della campagna promuove l'anoressia. I disturbi alimentari sono un problema di salute serio. Della salute della modella non sai nulla, ed è una persona privata, non un personaggio pubblico. La pagina ha circa 140.000 fan. Che cosa fai?",
        },
        target = 45,
        timeout = "5h",
        silence = choice {
          empathy = 3, policy = 4,
          tags = { "reply-fast", "listen" },
          breaks = { 3 },
          effects = { audience = 5 },
          feedback = {
            en = "At least you did not make it worse, but two fans raised a health concern in public and nobody answered them all day. A short acknowledgement, and a word with management, would have shown the page was listening.",
            it = "Almeno non hai peggiorato le cose, ma due fan hanno sollevato in pubblico un problema di salute e per tutto il giorno nessuno ha risposto. Bastavano un breve riscontro e una parola con la direzione per far vedere che la pagina ascoltava.",
          },
          next = "thread",
        },
        reveal = reveal {
          text = {
            en = "The brand's first answer dismissed the two fans: sorry if we don't reply, these are not useful provocations. It did not stop there: over the following days it started arguing its position in the thread.",
            it = "La prima risposta del marchio liquidò le due fan: scusate se non rispondiamo, sono provocazioni non utili. E non finì lì: nei giorni seguenti cominciò a difendere la propria posizione nella discussione.",
          },
          sources = { "PP2", "PP5" },
        },
        choices = {
          choice {
            text = {
              en = "Thank you both for raising this. Eating disorders are serious, and we don't take your concern lightly. We won't comment on anyone's health, including the person in this photo, but we have passed your comments to our management and we'll come back here with a proper answer on how we choose the models we work with.",
              it = "Grazie a tutte e due per averlo scritto. I disturbi alimentari sono una cosa seria e non prendiamo alla leggera la vostra preoccupazione. Non commentiamo la salute di nessuno, nemmeno della persona in questa foto, ma abbiamo girato i vostri commenti alla direzione e torneremo qui con una risposta vera su come scegliamo le modelle con cui lavoriamo.",
            },
            empathy = 9, policy = 9,
            tags = { "listen", "reply-fast", "own-it", "not-personal" },
            follows = { 1, 2, 3 },
            effects = { audience = -5 },
            feedback = {
              en = "You treat a health concern as legitimate, say nothing about the model's body, and promise a real answer after checking with management. That is how a sensitive comment stays a conversation.",
              it = "Tratti una preoccupazione per la salute come legittima, non dici nulla del corpo della modella e prometti una risposta vera dopo aver sentito la direzione. Così un commento delicato resta una conversazione.",
            },
            next = "thread",
          },
          choice {
            real = true,
            text = {
              en = "Sorry if we don't reply, these are not useful provocations.",
              it = "Scusate se non rispondiamo, sono provocazioni non utili.",
            },
            empathy = 1, policy = 3,
            tags = { "listen", "not-personal", "dont-feed-trolls" },
            breaks = { 2 },
            effects = { audience = 10 },
            feedback = {
              en = "Calling a health concern a 'provocation' tells two fans, and everyone reading, that the brand thinks they are trolls. These were not trolls: they were customers worried about a serious issue.",
              it = "Chiamare 'provocazione' una preoccupazione per la salute dice a due fan, e a chi legge, che il marchio le considera troll. Non lo erano: erano clienti preoccupate per una questione seria.",
            },
            next = "thread",
          },
          choice {
            text = {
              en = "Please don't judge a body you don't know: our model is naturally slim and perfectly healthy.",
              it = "Per favore, non giudicate un corpo che non conoscete: la nostra modella è magra di natura e sta benissimo.",
            },
            empathy = 3, policy = 2,
            tags = { "not-personal", "listen" },
            breaks = { 1, 2 },
            effects = { audience = 10 },
            feedback = {
              en = "You cannot vouch for a private person's health in public, and you should not discuss her body at all. Answer the concern about the message, not the model.",
              it = "Non puoi garantire in pubblico la salute di una persona privata, e del suo corpo non dovresti proprio parlare. Rispondi alla preoccupazione sul messaggio, non sulla modella.",
            },
            next = "thread",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2: the night
    beat {
      id = "thread",
      posts = {
        post { from = "fans", stamp = "2011-04-08", source = "PP2",
          uncertain = {
            en = "The sources give no dates for the comments that followed; by 14 April there were about 140.",
            it = "Le fonti non datano i commenti successivi; al 14 aprile erano circa 140.",
          },
          text = {
            en = "(More comments keep arriving under the photo: most criticise the brand, a few defend it.)",
            it = "(Sotto la foto continuano ad arrivare commenti: la maggior parte critica il marchio, qualcuno lo difende.)",
          } },
      },
      decision = decision {
        stamp = "2011-04-08 ~23:00",
        prompt = {
          en = "Late at night, and the comments keep coming. Whoever runs the page is angry: the criticism feels unfair to the models and to the team's work. (The sources do not say which night this was.) What do you do tonight?",
          it = "È notte fonda e i commenti non si fermano. Chi gestisce la pagina è arrabbiato: le critiche gli sembrano ingiuste verso le modelle e verso il lavoro della squadra. (Le fonti non dicono quale notte fosse.) Che cosa fai stanotte?",
        },
        target = 40,
        timeout = "4h",
        silence = choice {
          empathy = 3, policy = 6,
          tags = { "not-personal", "listen" },
          effects = { audience = 5 },
          feedback = {
            en = "Not arguing at night was wise, but the thread was left without a word until morning. One short holding line would have said the brand was listening and would answer properly.",
            it = "Non discutere di notte è stato saggio, ma la discussione è rimasta senza una parola fino al mattino. Una sola riga interlocutoria avrebbe detto che il marchio ascoltava e avrebbe risposto come si deve.",
          },
          next = "press",
        },
        reveal = reveal {
          text = {
            en = "The brand answered at length. One reply began by asking why it should even answer the usual people who complain about models, and went on that everyone is born with a certain DNA and body, that some people are naturally thin and not ill, that models are chosen because clothes look perfect on them, and that 'you all' always get it wrong by calling working models ill. Staff also told one commenter that their words offended naturally thin models, and said the discussion belonged on an eating-disorder forum. One blog reports that the exchange ran until about 2 a.m.",
            it = "Il marchio rispose a lungo. Una risposta cominciava chiedendosi perché mai rispondere alle solite persone che si lamentano delle modelle, e proseguiva: ognuna nasce con un certo DNA e un certo fisico, alcune persone sono magre di natura e non sono malate, le modelle si scelgono perché gli abiti stanno loro a pennello, e 'voi tutte' sbagliate sempre a dare delle malate a modelle che lavorano. Lo staff rispose anche a chi commentava che le sue parole offendevano le modelle magre di natura, e disse che la discussione era da forum sui disturbi alimentari. Secondo un blog, lo scambio andò avanti fino alle 2 di notte circa.",
          },
          sources = { "PP5", "PP13", "PP1", "PP2", "PP11" },
        },
        choices = {
          choice {
            text = {
              en = "(Post one short line — \"We're reading every comment. This deserves a considered answer, not a late-night one: we'll reply properly tomorrow.\" — then stop for the night and agree the answer with management in the morning.)",
              it = "(Pubblica una sola riga — «Stiamo leggendo tutti i commenti. Meritano una risposta ponderata, non una di notte: domani rispondiamo come si deve.» — poi fermati per la notte e concorda la risposta con la direzione al mattino.)",
            },
            empathy = 8, policy = 10,
            tags = { "not-personal", "listen", "own-it" },
            follows = { 2, 3 },
            effects = { audience = -5 },
            feedback = {
              en = "When you are angry, the best reply is a short one and then a pause. The thread knows you are listening, and tomorrow's answer will be one the brand can stand behind.",
              it = "Quando sei arrabbiato, la risposta migliore è breve, e poi una pausa. Chi commenta sa che stai ascoltando, e la risposta di domani sarà una che il marchio può sottoscrivere.",
            },
            next = "press",
          },
          choice {
            real = true,
            text = {
              en = "Why even answer the usual people who complain about models. Girls, everyone is born with a certain DNA and a certain body. Some people are naturally thin and are not ill…",
              it = "Cosa rispondiamo a fare alle solite persone che si lamentano delle modelle. Ragazze ognuna nasce con un certo Dna e un certo fisico. Alcune persone sono magre di natura e non sono malate…",
            },
            empathy = 0, policy = 1,
            tags = { "not-personal", "listen", "dont-feed-trolls" },
            breaks = { 1, 2 },
            effects = { audience = 20 },
            feedback = {
              en = "'The usual people' turns every critic into an enemy, and talking about DNA and who is ill puts a private person's body at the centre of the row. Arguing with your own fans at midnight is how a complaint becomes a case.",
              it = "'Le solite persone' trasforma ogni critica in un nemico, e parlare di DNA e di chi è malato mette il corpo di una persona privata al centro della lite. Litigare con i propri fan a mezzanotte è il modo in cui un reclamo diventa un caso.",
            },
            next = "press",
          },
          choice {
            text = {
              en = "(Stay up and answer every critic one by one, politely but at length, explaining why the brand chose this model, until the thread calms down.)",
              it = "(Resta sveglio e rispondi a ogni critica, una per una, con garbo ma a lungo, spiegando perché il marchio ha scelto questa modella, finché la discussione non si calma.)",
            },
            empathy = 4, policy = 3,
            tags = { "not-personal", "dont-feed-trolls" },
            breaks = { 1, 2 },
            effects = { audience = 10 },
            feedback = {
              en = "Polite or not, a night of one-to-one debate keeps the thread alive and keeps the model's body as the topic. Say one thing, then step away.",
              it = "Gentile o no, una notte di botta e risposta tiene viva la discussione e lascia al centro il corpo della modella. Di' una cosa sola, poi fermati.",
            },
            next = "press",
          },
          choice {
            text = {
              en = "(Hide the whole thread until the morning, so nobody else joins in.)",
              it = "(Nascondi tutta la discussione fino al mattino, così non si aggiunge nessun altro.)",
            },
            empathy = 2, policy = 1,
            tags = { "dont-delete-criticism" },
            breaks = { 3 },
            effects = { audience = 15 },
            feedback = {
              en = "Hiding criticism is noticed at once, and the story becomes the brand silencing its fans. Leave it up and answer it.",
              it = "Nascondere le critiche si nota subito, e la storia diventa quella di un marchio che zittisce i suoi fan. Lasciale dove sono e rispondi.",
            },
            next = "alt-hidden",
          },
        },
      },
    },

    beat {
      id = "alt-hidden",
      alternative = true,
      posts = {
        post { from = "fan_alt", at = "2h", text = {
          en = "Where did all the comments under the photo go? I have screenshots. So this is how you answer people worried about anorexia?",
          it = "Dove sono finiti tutti i commenti sotto la foto? Io ho gli screenshot. È così che rispondete a chi si preoccupa per l'anoressia?",
        } },
      },
      next = "press",
    },

    ---------------------------------------------------------------- 3: the trade press
    beat {
      id = "press",
      posts = {
        post { from = "ninja", stamp = "2011-04-13", source = "PP1",
          text = {
            en = "(Article: how Patrizia Pepe's brand reputation is being played out over one photo on Facebook.)",
            it = "(Articolo: come la reputazione del marchio Patrizia Pepe si stia giocando su una foto pubblicata su Facebook.)",
          } },
        post { from = "ydl", stamp = "2011-04-13", sources = { "PP6", "PP3" },
          uncertain = {
            en = "Dated April 2011; the day is not known.",
            it = "Datato aprile 2011; il giorno non è noto.",
          },
          text = {
            en = "(The story spreads across blogs and Twitter. One blogger reports that, by its own admission, the brand lost its patience.)",
            it = "(La storia si diffonde tra blog e Twitter. Un blogger riferisce che, per sua stessa ammissione, il marchio ha perso la pazienza.)",
          } },
      },
      decision = decision {
        stamp = "2011-04-13",
        prompt = {
          en = "13 April. Ninja Marketing has written about the case, blogs and Twitter are picking it up, and the brand is being asked for its side on Facebook, on Twitter and by the trade press. What do you do?",
          it = "13 aprile. Ninja Marketing ha scritto del caso, blog e Twitter lo rilanciano, e su Facebook, su Twitter e dalla stampa di settore chiedono al marchio la sua versione. Che cosa fai?",
        },
        target = 50,
        timeout = "6h",
        weight = 2,
        silence = choice {
          empathy = 2, policy = 3,
          tags = { "recover-fast", "listen" },
          effects = { audience = 10 },
          feedback = {
            en = "Once the trade press has the story, silence lets others tell it. This was the moment for one calm statement, the same everywhere.",
            it = "Quando la stampa di settore ha la storia, il silenzio la lascia raccontare agli altri. Era il momento di una dichiarazione pacata, uguale ovunque.",
          },
          next = "apology-day",
        },
        reveal = reveal {
          text = {
            en = "The brand kept arguing: it replied to Ninja Marketing as well, and was combative on Twitter. To critics it wrote that it had always gone for a slim silhouette and said so, and that its sizes run from 38 to 46; one blog quotes this from a screenshot, and where it was posted is not certain. The same blog reports the brand saying the replies were not written by customer care, because customer care could not answer on this issue.",
            it = "Il marchio continuò a discutere: rispose anche a Ninja Marketing e su Twitter fu battagliero. Ai critici scrisse di aver sempre puntato sulla silhouette slim e di averlo sempre dichiarato, e che le sue taglie vanno dalla 38 alla 46; un blog lo cita da uno screenshot, e non è certo dove fosse stato pubblicato. Lo stesso blog riferisce che secondo il marchio le risposte non erano del customer care, perché il customer care non era in grado di rispondere su questo tema.",
          },
          sources = { "PP1", "PP3", "PP4", "PP6" },
        },
        choices = {
          choice {
            text = {
              en = "(Publish one calm statement, word for word the same under the photo, on Twitter and to Ninja Marketing: we answered our fans badly and we are sorry; the worry about eating disorders is legitimate and we should have treated it that way; we won't discuss anyone's body; management will explain here how we choose and look after our models.)",
              it = "(Pubblica una sola dichiarazione pacata, identica sotto la foto, su Twitter e a Ninja Marketing: abbiamo risposto male ai nostri fan e ci scusiamo; la preoccupazione per i disturbi alimentari è legittima e andava trattata così; non discuteremo del corpo di nessuno; la direzione spiegherà qui come scegliamo e tuteliamo le nostre modelle.)",
            },
            empathy = 9, policy = 10,
            tags = { "apologise-sincerely", "recover-fast", "listen", "own-it" },
            follows = { 1, 2, 3 },
            effects = { audience = -15 },
            feedback = {
              en = "One message, the same on every channel, that owns the mistake, takes the concern seriously and keeps the model out of it. The story now has an ending the brand wrote itself.",
              it = "Un solo messaggio, uguale su ogni canale, che si assume l'errore, prende sul serio la preoccupazione e lascia fuori la modella. Ora la storia ha un finale scritto dal marchio stesso.",
            },
            next = "alt-statement",
          },
          choice {
            real = true,
            text = {
              en = "(Defend the brand everywhere: answer Ninja Marketing, keep arguing in the thread, hit back on Twitter. On sizes: we have always gone for a slim silhouette and said so, and our range runs from 38 to 46.)",
              it = "(Difendi il marchio ovunque: rispondi a Ninja Marketing, continua a discutere nel thread, replica colpo su colpo su Twitter. Sulle taglie: abbiamo sempre puntato sulla silhouette slim e l'abbiamo dichiarato, e il nostro assortimento va dalla 38 alla 46.)",
            },
            empathy = 1, policy = 1,
            tags = { "not-personal", "listen", "recover-fast" },
            breaks = { 1 },
            effects = { audience = 20 },
            feedback = {
              en = "Each new reply on a new channel gives the press another quote. Defending the size range answers a question nobody asked; the concern was about the message.",
              it = "Ogni nuova risposta su un nuovo canale regala alla stampa un'altra citazione. Difendere l'assortimento taglie risponde a una domanda che nessuno aveva fatto: la preoccupazione riguardava il messaggio.",
            },
            next = "apology-day",
          },
          choice {
            text = {
              en = "(Stop posting in the thread and send Ninja Marketing a short 'no comment'.)",
              it = "(Smetti di scrivere nella discussione e manda a Ninja Marketing un breve «nessun commento».)",
            },
            empathy = 2, policy = 5,
            tags = { "listen", "recover-fast" },
            effects = { audience = 5 },
            feedback = {
              en = "Stopping the arguing helps, but 'no comment' after days of replies looks like the brand has nothing to say for itself. Say sorry and what happens next.",
              it = "Smettere di discutere aiuta, ma un «nessun commento» dopo giorni di risposte fa sembrare che il marchio non abbia niente da dire. Chiedi scusa e di' che cosa succede adesso.",
            },
            next = "apology-day",
          },
        },
      },
    },

    beat {
      id = "alt-statement",
      alternative = true,
      posts = {
        post { from = "fan_alt", at = "3h", text = {
          en = "Good that you said it clearly and didn't drag the model into it. I'll be watching what you do next.",
          it = "Bene che l'abbiate detto chiaramente e senza tirare in mezzo la modella. Vedremo che cosa fate adesso.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: with one apology on the same channels the day the article came out, the thread cools and the bloggers add an update rather than a follow-up. Some fans remain unconvinced, but there is no week-long quarrel to write about.",
        it = "Ciò che sarebbe potuto accadere: con un'unica scusa sugli stessi canali il giorno dell'articolo, la discussione si raffredda e i blog aggiungono un aggiornamento invece di un seguito. Qualche fan resta scettica, ma non c'è una lite lunga una settimana da raccontare.",
      } },
    },

    ---------------------------------------------------------------- 4: the apology
    beat {
      id = "apology-day",
      posts = {
        post { from = "porro", stamp = "2011-04-14", source = "PP2",
          text = {
            en = "(About 140 comments under the photo now, most of them negative, some defending the brand. On Twitter, some suggest the whole thing is deliberate buzz marketing.)",
            it = "(Sotto la foto ora ci sono circa 140 commenti, in gran parte negativi, alcuni in difesa del marchio. Su Twitter c'è chi sospetta che sia tutto un'operazione di buzz marketing voluta.)",
          } },
      },
      decision = decision {
        stamp = "2011-04-14 ~18:00",
        prompt = {
          en = "Thursday 14 April, evening. Management agrees the brand must apologise. Where and how?",
          it = "Giovedì 14 aprile, sera. La direzione è d'accordo: il marchio deve scusarsi. Dove e come?",
        },
        target = 45,
        weight = 2,
        reveal = reveal {
          stamp = "2011-04-14 ~21:00",
          text = {
            en = "That evening the brand published 'Patrizia Pepe learns from social media' on its corporate blog, not on Facebook. It said it had got carried away and apologised for the tone and the manner, but restated that it remained convinced of its position on models and promised concrete initiatives. The Facebook thread was removed, or hidden from users not set to Italian. The next day a well-known blogger called the approach schizophrenic: the apology sat on a blog with negligible traffic instead of the page with about 150,000 fans.",
            it = "Quella sera il marchio pubblicò «Patrizia Pepe impara dai Social Media» sul blog aziendale, non su Facebook. Scrisse di essersi fatto prendere la mano e si scusò per i toni e i modi, ma ribadì di restare convinto della sua posizione sulle modelle e promise iniziative concrete. La discussione su Facebook fu rimossa, o nascosta agli utenti che non avevano impostato l'italiano. Il giorno dopo un noto blogger definì l'approccio schizofrenico: le scuse stavano su un blog dal traffico trascurabile invece che sulla pagina con circa 150.000 fan.",
          },
          sources = { "PP7", "PP3", "PP8" },
        },
        choices = {
          choice {
            text = {
              en = "(Apologise on Facebook, under the photo where it happened: for dismissing a health concern, for lumping fans together, for arguing instead of listening. Leave the thread up. Say what changes: who answers the page, and when management will set out how the brand chooses its models. Link it from Twitter and the blog.)",
              it = "(Chiedi scusa su Facebook, sotto la foto dove è successo: per aver liquidato una preoccupazione sulla salute, per aver messo tutte le fan nello stesso mucchio, per aver discusso invece di ascoltare. Lascia la discussione al suo posto. Di' che cosa cambia: chi risponde sulla pagina, e quando la direzione spiegherà come il marchio sceglie le modelle. Rilancia il messaggio da Twitter e dal blog.)",
            },
            empathy = 10, policy = 10,
            tags = { "apologise-sincerely", "dont-delete-criticism", "own-it", "recover-fast" },
            follows = { 3 },
            effects = { audience = -15 },
            feedback = {
              en = "The apology is where the hurt was, it names what went wrong, the thread stays up, and it says what will change. Late, but complete.",
              it = "Le scuse stanno dove è nata l'offesa, nominano l'errore, la discussione resta visibile e si dice che cosa cambierà. Tardi, ma complete.",
            },
            next = "alt-fb-apology",
          },
          choice {
            real = true,
            text = {
              en = "(Publish an apology for the tone and manner on the corporate blog, restating that the brand stands by its choice of models; remove or hide the Facebook thread.)",
              it = "(Pubblica sul blog aziendale delle scuse per i toni e i modi, ribadendo che il marchio resta convinto della scelta delle modelle; rimuovi o nascondi la discussione su Facebook.)",
            },
            empathy = 4, policy = 2,
            tags = { "apologise-sincerely", "dont-delete-criticism", "recover-fast" },
            breaks = { 3 },
            effects = { audience = 10 },
            feedback = {
              en = "An apology nobody on the page will see, for the tone only, while the thread disappears: critics read it as a way of closing the matter rather than owning it.",
              it = "Scuse che nessuno sulla pagina vedrà, solo per i toni, mentre la discussione sparisce: i critici le leggono come un modo per chiudere la faccenda, non per assumersene la responsabilità.",
            },
            next = "aftermath",
          },
          choice {
            text = {
              en = "(Post on Facebook: \"We apologise to anyone who may have felt offended.\" Then close the comments under the photo.)",
              it = "(Pubblica su Facebook: «Ci scusiamo con chiunque si sia sentito offeso.» Poi chiudi i commenti sotto la foto.)",
            },
            empathy = 3, policy = 3,
            tags = { "apologise-sincerely", "dont-delete-criticism" },
            breaks = { 3 },
            effects = { audience = 10 },
            feedback = {
              en = "'Anyone who may have felt offended' puts the problem on the fans' feelings, and closing the comments stops them answering. Apologise for what the brand did, and let people reply.",
              it = "'Chiunque si sia sentito offeso' sposta il problema sulla sensibilità delle fan, e chiudere i commenti impedisce loro di rispondere. Scusati per quello che ha fatto il marchio, e lascia che la gente risponda.",
            },
            next = "alt-vague",
          },
        },
      },
    },

    beat {
      id = "alt-fb-apology",
      alternative = true,
      posts = {
        post { from = "fan_alt", at = "1h", text = {
          en = "Took you a week, but thank you for saying it here, where it happened.",
          it = "Ci avete messo una settimana, ma grazie per averlo scritto qui, dove è successo.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: the apology sits under the photo for everyone who followed the row to read. The week of replies is still remembered, but commentators have less to criticise than the handling of the apology itself.",
        it = "Ciò che sarebbe potuto accadere: le scuse restano sotto la foto, dove chi ha seguito la lite le legge. La settimana di risposte non si dimentica, ma agli osservatori resta poco da criticare sul modo di chiedere scusa.",
      } },
    },

    beat {
      id = "alt-vague",
      alternative = true,
      posts = {
        post { from = "fan_alt", at = "1h", text = {
          en = "\"Anyone who may have felt offended\"? And then you close the comments. Nothing has changed.",
          it = "«Chiunque si sia sentito offeso»? E poi chiudete i commenti. Non è cambiato niente.",
        } },
      },
      ending = ending { outcome = "escalated", text = {
        en = "What might have happened: screenshots of the closed thread and the half-apology travel across blogs, and the brand spends another week answering for it.",
        it = "Ciò che sarebbe potuto accadere: gli screenshot della discussione chiusa e delle mezze scuse girano tra i blog, e il marchio passa un'altra settimana a doverne rispondere.",
      } },
    },

    ---------------------------------------------------------------- what followed
    beat {
      id = "aftermath",
      posts = {
        post { from = "brand", stamp = "2011-04-14 ~21:00", sources = { "PP7", "PP3", "PP8" },
          uncertain = {
            en = "Posted on the evening of 14 April.",
            it = "Pubblicato la sera del 14 aprile.",
          },
          original = "Sull'onda delle emozioni e dell'orgoglio per il nostro lavoro, ci siamo fatti prendere la mano. Adesso, a mente fredda, vogliamo scusarci dei toni e dei modi: abbiamo fatto lo stesso identico errore che leggevamo negli altri!",
          text = {
            en = "(Corporate blog, 'Patrizia Pepe learns from social media'.) Carried away by emotion and pride in our work, we got carried away. Now, with a cool head, we want to apologise for the tone and the manner: we made the very same mistake we used to read about in others!",
            it = "(Blog aziendale, «Patrizia Pepe impara dai Social Media».) Sull'onda delle emozioni e dell'orgoglio per il nostro lavoro, ci siamo fatti prendere la mano. Adesso, a mente fredda, vogliamo scusarci dei toni e dei modi: abbiamo fatto lo stesso identico errore che leggevamo negli altri!",
          } },
        post { from = "brand", stamp = "2011-04-14 ~21:00", source = "PP7",
          uncertain = {
            en = "Same post, later on the page.",
            it = "Stesso post, più avanti nella pagina.",
          },
          original = "Rimaniamo convinti di questo",
          text = {
            en = "(Further down, on the choice of models:) We remain convinced of this. (It also promises concrete initiatives.)",
            it = "(Più avanti, sulla scelta delle modelle:) Rimaniamo convinti di questo. (Promette anche iniziative concrete.)",
          } },
        post { from = "vincos", stamp = "2011-04-15", source = "PP3",
          text = {
            en = "(A bad case of online communication: the apology went on a blog with negligible traffic rather than on the Facebook page with about 150,000 fans, and the original thread has been removed or hidden. The approach looks schizophrenic.)",
            it = "(Un pessimo caso di comunicazione in rete: le scuse sono finite su un blog dal traffico trascurabile invece che sulla pagina Facebook con circa 150.000 fan, e la discussione originale è stata rimossa o nascosta. Un approccio schizofrenico.)",
          } },
        post { from = "blog_pp5", stamp = "2011-04-20", source = "PP5",
          text = {
            en = "(Reports that the quarrel has been going on non-stop for a week on Facebook and Twitter.)",
            it = "(Riferisce che la lite va avanti ininterrottamente da una settimana su Facebook e Twitter.)",
          } },
        post { from = "porro", stamp = "2011-04-21", source = "PP8",
          text = {
            en = "(Reposts the apology in full. A commenter finds it not entirely appropriate.)",
            it = "(Ripubblica integralmente le scuse. Un commentatore non le trova del tutto adeguate.)",
          } },
        post { from = "vigano", stamp = "2011-05-06", source = "PP9",
          uncertain = {
            en = "The events it reports are dated only roughly.",
            it = "Gli eventi che riporta sono datati solo in modo approssimativo.",
          },
          text = {
            en = "(Looks back: a segment on the TV show Le Iene; a Ninja Marketing interview suggesting the replies were a heated, personal, after-hours reaction by whoever wrote them; and, around 4 May, a post on the company blog with data on the episode: contacts, posts, sentiment.)",
            it = "(Ricostruisce il seguito: un servizio delle Iene; un'intervista di Ninja Marketing da cui le risposte sembrano una reazione a caldo, personale e fuori orario, di chi le ha scritte; e, intorno al 4 maggio, un post sul blog aziendale con i dati dell'episodio: contatti, post, sentiment.)",
          } },
      },
      next = "end-real",
    },

    beat {
      id = "end-real",
      ending = ending { outcome = "crisis", text = {
        en = "What actually happened: a week of replies on Facebook and Twitter, an apology for tone on a blog few people read, a thread removed or hidden, then TV and trade-press follow-ups. Commentators summed it up as brand awareness up, reputation down.",
        it = "Com'è andata davvero: una settimana di risposte su Facebook e Twitter, scuse per i toni su un blog poco letto, una discussione rimossa o nascosta, poi i seguiti in TV e sulla stampa di settore. Gli osservatori l'hanno riassunta così: notorietà in su, reputazione in giù.",
      } },
    },
  },
}
