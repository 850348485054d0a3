-- scenarios/cases/case-groupalia.lua: Groupalia's earthquake tweet
-- (Italy, 29 May 2012), replayed on its own timeline.
--
-- On the morning of the second deadly Emilia earthquake, the Italian
-- account of a group-buying site tweeted a Santo Domingo holiday deal on
-- the quake hashtag. It deleted the tweet and apologised about twenty
-- minutes later, and its Country Manager signed an apology that afternoon.
--
-- History comes from the fact sheet (shared/domain/case-studies.md, case 4)
-- and is cited post by post. Private people appear by role only, under
-- invented handles. Only the apology tweet has an exact time (10:59). The
-- earthquake, the tweet and the replies minutes later have approximate
-- stamps ("~10:40"); the tweet's time is disputed (about 10:40 or 9:00) and
-- says so. The statement is known only to be online by 15:15, and the
-- coverage only by its day, so those give the date alone. The "€1 per deal"
-- tweet rests on one source and is mentioned only as unconfirmed. Beats
-- marked alternative = true are what might have happened, not history.

local MINUTES_LATER = {
  en = "Minutes after the tweet.",
  it = "Pochi minuti dopo il tweet.",
}

local function chose_silence(beat_id)
  return function() return sim.chosen(beat_id) == 0 end
end

-- After the turning point "afternoon", the Country Manager's statement is
-- history for the real choice and for silence (history running on).
local function statement_is_history()
  local c = sim.chosen("afternoon")
  return c == 0 or c == 2
end

return scenario {
  id = "case-groupalia",
  lang = "en",
  title = { en = "Groupalia's earthquake tweet", it = "Groupalia e il tweet sul terremoto" },
  summary = {
    en = "Italy, 29 May 2012. On the morning a deadly earthquake hits Emilia, a deals site's Twitter account offers an escape to Santo Domingo on the quake hashtag. Replay the day, decide at each turning point, and see what the company actually did.",
    it = "Italia, 29 maggio 2012. La mattina in cui un terremoto con vittime colpisce l'Emilia, l'account Twitter di un sito di offerte propone una fuga a Santo Domingo sull'hashtag del sisma. Rivivi la giornata, decidi nei momenti chiave e scopri cosa fece davvero l'azienda.",
  },
  archetype = { "crisis" },
  channel = "feed",
  difficulty = "standard",
  minutes = 8,
  brand = { name = "Groupalia", handle = "@Groupalia" },

  personas = {
    persona { id = "utente1", name = "Utente Twitter", handle = "@utente_twitter_1", mood = -60,
      role = { en = "a Twitter user", it = "un utente di Twitter" } },
    persona { id = "utente2", name = "Utente Twitter", handle = "@utente_twitter_2", mood = -60,
      role = { en = "a Twitter user", it = "un utente di Twitter" } },
    persona { id = "terremoto", name = "#terremoto", handle = "#terremoto",
      role = { en = "the hashtag carrying the earthquake news (a summary)", it = "l'hashtag con le notizie sul sisma (sintesi)" } },
    persona { id = "defollow", name = "#defollowgroupalia", handle = "#defollowgroupalia",
      role = { en = "many users (a summary, not one tweet)", it = "molti utenti (sintesi, non un singolo tweet)" } },
    persona { id = "gualtieri", name = "Andrea Gualtieri", handle = "Groupalia · Facebook",
      role = { en = "Country Manager Italy, on Groupalia's Facebook page", it = "Country Manager Italia, sulla pagina Facebook di Groupalia" } },
    persona { id = "commenti", name = "Commenti su Facebook", handle = "Facebook",
      role = { en = "comments under the statement (a summary)", it = "commenti sotto il comunicato (sintesi)" } },
    persona { id = "newnotizie", name = "NewNotizie", handle = "newnotizie.it",
      role = { en = "news site", it = "sito di notizie" } },
    persona { id = "iltempo", name = "Il Tempo", handle = "iltempo.it",
      role = { en = "national newspaper", it = "quotidiano nazionale" } },
    persona { id = "libero", name = "Libero Quotidiano", handle = "liberoquotidiano.it",
      role = { en = "national newspaper", it = "quotidiano nazionale" } },
    persona { id = "tacco", name = "Il Tacco d'Italia", handle = "iltaccoditalia.info",
      role = { en = "news site", it = "sito di notizie" } },
  },

  audience = 20,
  -- Half a simulated minute a real second while a turning point is open:
  -- the real account deleted and apologised within about twenty minutes,
  -- and a trainee answering on target should be able to beat that.
  -- Between turning points the clock skips.
  clock = { rate = 30 },

  case = case {
    organisation = "Groupalia",
    country = "IT",
    start = "2012-05-29 09:00",
    timezone = "CEST",
    period = { en = "29 May – 18 June 2012", it = "29 maggio – 18 giugno 2012" },
    lesson = {
      en = "A holiday deal on the earthquake hashtag, hours after people died: when disaster breaks, stop every promotion.",
      it = "Un'offerta vacanze sull'hashtag del terremoto, poche ore dopo le prime vittime: quando arriva una tragedia, si ferma ogni promozione.",
    },
    sources = {
      source { id = "GR1", publication = "feislink (blog)", date = "2012-05",
        title = "Groupalia choc su Twitter: «Terremoto? Scappiamo a Santo Domingo»",
        url = "http://feislink.blogspot.com/2012/05/groupalia-choc-su-twitter-terremoto.html" },
      source { id = "GR2", publication = "Il Tempo", date = "2012-05-30",
        title = "Gaffe di Groupalia: terremoto? Scappate a S. Domingo",
        url = "https://iltempo.it/politica/2012/05/30/news/gaffe-di-groupalia-terremoto-scappate-a-s-domingo-806865" },
      source { id = "GR3", publication = "Libero Quotidiano (Giulio Bucchi)", date = "2012-05-31",
        title = "Sul web Groupalia approfitta del terremoto per farsi pubblicità",
        url = "https://www.liberoquotidiano.it/news/italia/1026710/Sul-web-Groupalia-approfitta-del-terremoto-per-farsi-pubblicita.amp" },
      source { id = "GR4", publication = "Excite Magazine", date = "undated (update at 15:15)",
        title = "Groupalia: terremoto in Emilia? 'Occasione da non perdere'. Poi le scuse",
        url = "http://magazine.excite.it/groupalia-terremoto-in-emilia-occasione-da-non-perdere-poi-le-scuse-N123874.html" },
      source { id = "GR5", publication = "babilonia (blog), quoting Giornalettismo", date = "2012-05-29",
        title = "Paura del terremoto? Molliamo tutto e scappiamo a SantoDomingo! [by Groupalia tweet]",
        url = "http://babilonia.wordpress.com/2012/05/29/paura-del-terremoto-molliamo-tutto-e-scappiamo-a-santodomingo-by-groupalia-tweet/" },
      source { id = "GR6", publication = "CastelvetranoSelinunte.it", date = "undated",
        title = "Paura del terremoto? Scappa con Groupalia",
        url = "http://www.castelvetranoselinunte.it/paura-del-terremoto-scappa-con-groupalia/20560/" },
      source { id = "GR7", publication = "Blitz Quotidiano", date = "2012-05",
        title = "(title not recorded: a photo-news item on Groupalia and Santo Domingo)",
        url = "https://blitzquotidiano.it/foto-notizie/terremoto-emilia-twitter-groupalia-santo-domingo-1249315" },
      source { id = "GR8", publication = "NewNotizie", date = "2012-05-29",
        title = "Terremoto Emilia, lo sciacallaggio di Groupalia su Twitter: Paura? Partite per Santo Domingo",
        url = "https://www.newnotizie.it/2012/05/29/terremoto-emilia-lo-sciacallaggio-di-groupalia-su-twitter-paura-partite-per-santo-domingo/" },
      source { id = "GR9", publication = "Fanpage.it", date = "2012-05",
        title = "Terremoto e morti, ma sul web c'è chi pensa a fare affari",
        url = "https://www.fanpage.it/attualita/terremoto-e-morti-ma-sul-web-c-e-chi-pensa-a-fare-affari/" },
      source { id = "GR10", publication = "ItaliaNotizie", date = "undated",
        title = "Terremoto su Twitter: c'è chi sfrutta sisma per pubblicità",
        url = "https://italianotizie.online/cronaca/italia-cronaca/terremoto-su-twitter-ce-chi-sfrutta-sisma-per-pubblicita" },
      source { id = "GR11", publication = "La Rosa Nera", date = "2012-05-29",
        title = "Terremoto in Emilia Romagna, per gli esperti era ipotizzabile",
        url = "https://larosanera.it/terremoto-in-emilia-romagna-per-gli-esperti-era-ipotizzabile" },
      source { id = "GR12", publication = "Il Tacco d'Italia", date = "2012-06-18",
        title = "C'è chi lucra sul terremoto. E la rete non perdona",
        url = "https://www.iltaccoditalia.info/2012/06/18/ce-chi-lucra-sul-terremoto-e-la-rete-non-perdona/" },
    },
    -- No reach points: the sources give no counts of tweets, replies or
    -- unfollows.
    lessons = {
      lesson { principle = "plan-campaigns", text = {
        en = "When a disaster breaks, pause every scheduled and promotional post and check every queue. Never put a promotion on a disaster hashtag.",
        it = "Quando arriva una catastrofe, si sospendono tutti i post programmati e promozionali e si controllano tutte le code. Mai una promozione sull'hashtag di una tragedia.",
      } },
      lesson { principle = "recover-fast", text = {
        en = "Deleting and apologising within about twenty minutes, then a signed apology the same afternoon: that is what a fast recovery looks like, even if nothing could undo a tweet like this one.",
        it = "Cancellare e scusarsi in una ventina di minuti, poi un comunicato di scuse firmato nel pomeriggio stesso: ecco come si recupera in fretta, anche se niente poteva cancellare un tweet del genere.",
      } },
      lesson { principle = "apologise-sincerely", text = {
        en = "'It was not our intention to offend anyone' is the weak form. The Country Manager's statement named the people hurt and the cause; say what you did and to whom.",
        it = "«Non era nostra intenzione offendere nessuno» è la formula debole. Il comunicato del Country Manager nominava le persone colpite e la causa: di' cosa hai fatto e a chi.",
      } },
      lesson { principle = "dont-delete-criticism", text = {
        en = "Deleting your own harmful post is right, provided you say you did it: screenshots of the tweet were everywhere within minutes.",
        it = "Cancellare un proprio post dannoso è giusto, purché lo si dica: gli screenshot del tweet giravano ovunque nel giro di pochi minuti.",
      } },
      lesson { principle = "plan-campaigns", text = {
        en = "Charity tied to purchases, such as a euro for every deal bought, still sells on the back of a tragedy. Give unconditionally, and state the amount.",
        it = "La beneficenza legata agli acquisti, come un euro per ogni deal venduto, continua a vendere sulla pelle di una tragedia. Si dona senza condizioni, e si dice quanto.",
      } },
    },
    outcome = {
      en = "Groupalia deleted the tweet and apologised on Twitter about twenty minutes later (by one blog's timing of the tweet); by mid-afternoon its Country Manager had signed an apology on Facebook, with a donation to the Italian Red Cross and a 'solidarity deal'. National newspapers still covered the gaffe on 30 and 31 May, and three weeks later it was still cited, with reports of boycotts. Whether the donation and the deal happened is not verified, and no business figures were found.",
      it = "Groupalia cancellò il tweet e si scusò su Twitter una ventina di minuti dopo (se è giusto l'orario del tweet riportato da un blog); a metà pomeriggio il Country Manager aveva firmato un comunicato di scuse su Facebook, con una donazione alla Croce Rossa Italiana e un «deal solidale». I quotidiani nazionali raccontarono comunque la gaffe il 30 e il 31 maggio, e tre settimane dopo il caso veniva ancora citato, con notizie di boicottaggi. Non è verificato se la donazione e il deal ci siano stati, e non sono emersi dati sull'impatto commerciale.",
    },
  },

  beats = {
    ---------------------------------------------------------------- 1. the earthquake
    beat {
      id = "quake",
      posts = {
        post { from = "terremoto", stamp = "2012-05-29 ~09:00", source = "GR11", text = {
          en = "(At about 9 a.m. a magnitude 5.8 earthquake strikes Emilia-Romagna, nine days after the quake of 20 May. People have died: a report later that day counts at least 15.)",
          it = "(Verso le 9 una scossa di magnitudo 5.8 colpisce l'Emilia-Romagna, nove giorni dopo il terremoto del 20 maggio. Ci sono vittime: un resoconto della giornata ne conta almeno 15.)",
        } },
      },
      decision = decision {
        stamp = "2012-05-29 ~09:05",
        weight = 2,
        prompt = {
          en = "You run @Groupalia, the Italian account of a group-buying site. This morning there is no other news than the earthquake, and people are following it on #terremoto. Among today's offers is a holiday in Santo Domingo. What do you do with this morning's posts?",
          it = "Gestisci @Groupalia, l'account italiano di un sito di acquisti di gruppo. Stamattina non si parla d'altro che del terremoto, e la gente lo segue su #terremoto. Tra le offerte di oggi c'è una vacanza a Santo Domingo. Cosa fai con i post di stamattina?",
        },
        target = 30,
        timeout = "45m",
        reveal = reveal {
          stamp = "2012-05-29",
          sources = { "GR1", "GR3", "GR8", "GR2" },
          uncertain = {
            en = "The time is disputed: about 10:40 according to one blog, 9:00, moments after the shock, according to Libero.",
            it = "L'ora è incerta: verso le 10.40 secondo un blog, alle 9, subito dopo la scossa, secondo Libero.",
          },
          text = {
            en = "@Groupalia tweeted 'Afraid of the #earthquake? Let's drop everything and run away to #SantoDomingo!' with a link to the travel deal, on the very hashtag people were using for news of the quake. Whether it was written that morning or scheduled earlier is not known. Within minutes the replies turned furious.",
            it = "@Groupalia twittò «Paura del #terremoto? Molliamo tutto e scappiamo a #SantoDomingo!» con il link all'offerta di viaggio, proprio sull'hashtag che la gente usava per seguire le notizie del sisma. Non si sa se fu scritto quella mattina o programmato prima. Nel giro di pochi minuti le risposte si fecero furiose.",
          },
        },
        silence = choice {
          empathy = 2, policy = 2,
          tags = { "plan-campaigns" },
          feedback = {
            en = "On a morning like this, doing nothing leaves the day's promotions running as if nothing had happened. History ran on: @Groupalia tweeted the Santo Domingo deal on the quake hashtag.",
            it = "In una mattina così, non fare nulla significa lasciare andare le promozioni del giorno come se niente fosse. La storia è andata avanti: @Groupalia ha twittato l'offerta per Santo Domingo sull'hashtag del terremoto.",
          },
          next = "backlash",
        },
        choices = {
          choice {
            text = {
              en = "(Pause every scheduled post and campaign at once, check every publishing queue, and post nothing promotional today. If you post at all, only useful official information for the people affected.)",
              it = "(Sospendere subito tutti i post e le campagne programmate, controllare ogni coda di pubblicazione e non pubblicare nulla di promozionale oggi. Se si pubblica qualcosa, solo informazioni ufficiali utili per chi è stato colpito.)",
            },
            empathy = 10, policy = 10,
            tags = { "plan-campaigns", "listen" },
            effects = { audience = -10 },
            feedback = {
              en = "Exactly right. When a disaster breaks, the first job is to stop everything that sells, including what is already scheduled, and to check every queue. Nobody ever lost a customer by staying quiet on the day of an earthquake.",
              it = "Esattamente. Quando arriva una catastrofe, la prima cosa da fare è fermare tutto ciò che vende, compreso quello che è già programmato, e controllare ogni coda. Nessuno ha mai perso un cliente per essere rimasto in silenzio il giorno di un terremoto.",
            },
            next = "alt-paused",
          },
          choice {
            text = {
              en = "Our thoughts are with everyone in Emilia. We are pausing our offers today. For updates, please follow the Civil Protection's official channels.",
              it = "Il nostro pensiero va a tutte le persone dell'Emilia. Oggi sospendiamo le nostre offerte. Per gli aggiornamenti seguite i canali ufficiali della Protezione Civile.",
            },
            empathy = 9, policy = 8,
            tags = { "plan-campaigns", "listen" },
            effects = { audience = -5 },
            feedback = {
              en = "A short message that sells nothing and points to official help is fine, and saying you have paused the offers is good. Make sure the queues really are empty: a scheduled deal going out an hour later would undo it.",
              it = "Un messaggio breve che non vende nulla e rimanda ai canali ufficiali va bene, e dire che avete sospeso le offerte è un bel segnale. Assicurati però che le code siano davvero vuote: un'offerta programmata che esce un'ora dopo vanificherebbe tutto.",
            },
            next = "alt-paused",
          },
          choice {
            text = {
              en = "Today's deal: a week in the sun in Santo Domingo. [link to the offer]",
              it = "L'offerta di oggi: una settimana al sole a Santo Domingo. [link all'offerta]",
            },
            empathy = 3, policy = 3,
            tags = { "plan-campaigns" },
            effects = { audience = 5 },
            feedback = {
              en = "At least it keeps off the quake hashtag, but a holiday offer on the morning people have died reads as business as usual. On a day like this the promotion plan stops.",
              it = "Almeno resta fuori dall'hashtag del terremoto, ma un'offerta vacanze la mattina in cui ci sono stati dei morti sembra una giornata come le altre. In un giorno così il piano promozionale si ferma.",
            },
            next = "alt-tone-deaf",
          },
          choice {
            text = {
              en = "Afraid of the #earthquake? Let's drop everything and run away to #SantoDomingo! [link to the deal]",
              it = "Paura del #terremoto? Molliamo tutto e scappiamo a #SantoDomingo! [link all'offerta]",
            },
            empathy = 0, policy = 0, real = true,
            tags = { "plan-campaigns" },
            effects = { mood = { utente1 = -20, utente2 = -20 }, audience = 40 },
            feedback = {
              en = "Newsjacking a deadly disaster to sell a holiday, on the very hashtag people use to find out whether their families are safe. It cannot be read any other way. Never use a disaster hashtag for promotion.",
              it = "Sfruttare una catastrofe con dei morti per vendere una vacanza, proprio sull'hashtag che la gente usa per sapere se i propri cari stanno bene. Non si può leggere in nessun altro modo. Mai usare l'hashtag di una tragedia per una promozione.",
            },
            next = "backlash",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2. the backlash
    beat {
      id = "backlash",
      posts = {
        post { from = "brand", stamp = "2012-05-29 ~10:40", sources = { "GR1", "GR3", "GR8", "GR2" },
          when = chose_silence("quake"),
          original = "«Paura del #terremoto? Molliamo tutto e scappiamo a #SantoDomingo!»",
          text = {
            en = "Afraid of the #earthquake? Let's drop everything and run away to #SantoDomingo! [link to the deal]",
            it = "Paura del #terremoto? Molliamo tutto e scappiamo a #SantoDomingo! [link all'offerta]",
          },
          uncertain = {
            en = "The time is disputed: about 10:40 according to one blog, 9:00, moments after the shock, according to Libero.",
            it = "L'ora è incerta: verso le 10.40 secondo un blog, alle 9, subito dopo la scossa, secondo Libero.",
          } },
        post { from = "utente1", stamp = "2012-05-29 ~10:44", sources = { "GR7", "GR1" },
          original = "«Ma siete scemi a scrivere un tweet promozionale del genere? Sapete che c'è gente che è morta e che sta in strada?»",
          text = {
            en = "Are you stupid, writing a promotional tweet like that? Do you know people have died and are out on the street?",
            it = "Ma siete scemi a scrivere un tweet promozionale del genere? Sapete che c'è gente che è morta e che sta in strada?",
          },
          uncertain = MINUTES_LATER },
        post { from = "utente2", stamp = "2012-05-29 ~10:45", source = "GR1",
          original = "«Vergogna Groupalia Italia»",
          text = { en = "Shame on Groupalia Italy", it = "Vergogna Groupalia Italia" },
          uncertain = MINUTES_LATER },
        post { from = "defollow", stamp = "2012-05-29 ~10:48", sources = { "GR6", "GR3", "GR4" },
          text = {
            en = "(Calls to unfollow @Groupalia spread under #defollowgroupalia, with threats to boycott the site and to unsubscribe.)",
            it = "(Sotto #defollowgroupalia si moltiplicano gli inviti a smettere di seguire @Groupalia; c'è chi minaccia di boicottare il sito e di cancellarsi.)",
          },
          uncertain = {
            en = "A summary, not one tweet.",
            it = "Una sintesi, non un singolo tweet.",
          } },
      },
      decision = decision {
        stamp = "2012-05-29 ~10:48",
        prompt = {
          en = "The replies are furious: people have died, and the account is selling an escape on the quake hashtag. #defollowgroupalia is spreading. What do you do now?",
          it = "Le risposte sono furiose: ci sono dei morti e l'account vende una fuga sull'hashtag del terremoto. #defollowgroupalia si sta diffondendo. Cosa fai adesso?",
        },
        target = 20,
        timeout = "30m",
        reveal = reveal {
          stamp = "2012-05-29 10:59",
          sources = { "GR1", "GR2", "GR3", "GR6", "GR8" },
          text = {
            en = "About twenty minutes after the tweet, at 10:59, the account deleted it and apologised: 'We apologise for the wrong tweet about the #earthquake, it was not our intention to offend anyone.' Fast, which helped; but it was the weak form of an apology, with no word for the people hit. One newspaper alone reports that, before apologising, the account also promised €1 to the Italian Red Cross for every deal bought that day; no other source confirms it.",
            it = "Una ventina di minuti dopo il tweet, alle 10.59, l'account lo cancellò e si scusò: «Chiediamo scusa per il tweet sbagliato sul #terremoto non era nostra intenzione offendere nessuno». Rapido, e questo aiutò; ma era la formula debole delle scuse, senza una parola per le persone colpite. Un solo quotidiano riferisce che, prima delle scuse, l'account promise anche 1 euro alla Croce Rossa Italiana per ogni deal acquistato quel giorno; nessun'altra fonte lo conferma.",
          },
        },
        silence = choice {
          empathy = 2, policy = 2,
          tags = { "recover-fast", "reply-fast" },
          feedback = {
            en = "Every minute the tweet stays up, more people screenshot it. History ran on: the account deleted it and apologised at 10:59.",
            it = "Ogni minuto in cui il tweet resta online, altre persone ne fanno uno screenshot. La storia è andata avanti: l'account lo ha cancellato e si è scusato alle 10.59.",
          },
          next = "afternoon",
        },
        choices = {
          choice {
            text = {
              en = "(Delete the tweet, then post:) We have deleted a tweet about the earthquake that should never have been written. It was wrong, and we are sorry, above all to the people of Emilia. We are pausing all our promotions today.",
              it = "(Cancellare il tweet, poi pubblicare:) Abbiamo cancellato un tweet sul terremoto che non avremmo mai dovuto scrivere. È stato un errore e chiediamo scusa, prima di tutto alle persone dell'Emilia. Oggi sospendiamo tutte le nostre promozioni.",
            },
            empathy = 10, policy = 10,
            tags = { "apologise-sincerely", "recover-fast", "dont-delete-criticism", "no-lies" },
            effects = { mood = { utente1 = 20, utente2 = 20 }, audience = -10 },
            feedback = {
              en = "You delete it and say so, because screenshots already exist; you apologise for the specific thing, to the people it hurt; and you stop every promotion for the day. No 'if anyone was offended'.",
              it = "Lo cancelli e lo dici, perché gli screenshot esistono già; chiedi scusa per la cosa precisa, alle persone che ha ferito; e fermi ogni promozione per la giornata. Nessun «se qualcuno si è sentito offeso».",
            },
            next = "afternoon",
          },
          choice {
            text = {
              en = "(Delete the tweet, then post:) We apologise for the wrong tweet about the #earthquake, it was not our intention to offend anyone",
              it = "(Cancellare il tweet, poi pubblicare:) Chiediamo scusa per il tweet sbagliato sul #terremoto non era nostra intenzione offendere nessuno",
            },
            empathy = 6, policy = 6, real = true,
            tags = { "recover-fast", "apologise-sincerely" },
            effects = { mood = { utente1 = 5, utente2 = 5 }, audience = -5 },
            feedback = {
              en = "Deleting and apologising within minutes is the right instinct. But 'it was not our intention to offend anyone' talks about your intentions, not about the people hurt, and it does not say the tweet was deleted. Name the harm and the people.",
              it = "Cancellare e scusarsi in pochi minuti è l'istinto giusto. Ma «non era nostra intenzione offendere nessuno» parla delle vostre intenzioni, non delle persone ferite, e non dice che il tweet è stato cancellato. Nomina il danno e le persone.",
            },
            next = "afternoon",
          },
          choice {
            text = {
              en = "#Groupalia will donate €1 to the Italian Red Cross for every #deal bought today",
              it = "#Groupalia devolverà 1 euro alla Croce Rossa Italiana per ogni #deal acquistato oggi",
            },
            empathy = 1, policy = 1,
            tags = { "plan-campaigns", "apologise-sincerely" },
            effects = { mood = { utente1 = -20, utente2 = -20 }, audience = 20 },
            feedback = {
              en = "Tying charity to sales still makes money out of the tragedy, and there is no apology in it. One newspaper reports that the real account tweeted something like this; it is not confirmed. Apologise first; if you give, give unconditionally.",
              it = "Legare la beneficenza alle vendite significa continuare a guadagnare sulla tragedia, e di scuse non c'è traccia. Un quotidiano riferisce che l'account vero twittò qualcosa del genere; non è confermato. Prima le scuse; se doni, dona senza condizioni.",
            },
            next = "alt-euro",
          },
          choice {
            text = {
              en = "(Delete the tweet and say nothing.)",
              it = "(Cancellare il tweet e non dire nulla.)",
            },
            empathy = 1, policy = 2,
            tags = { "dont-delete-criticism", "no-lies" },
            effects = { mood = { utente1 = -10, utente2 = -10 }, audience = 10 },
            feedback = {
              en = "Deleting your own harmful tweet is right, but doing it in silence looks like hoping nobody noticed. They did, and they have screenshots. Delete it and say that you did.",
              it = "Cancellare un proprio tweet dannoso è giusto, ma farlo in silenzio sembra sperare che nessuno se ne sia accorto. Se ne sono accorti, e hanno gli screenshot. Cancellalo e dillo.",
            },
            next = "alt-silent-delete",
          },
        },
      },
    },

    ---------------------------------------------------------------- 3. the formal apology
    beat {
      id = "afternoon",
      posts = {
        post { from = "brand", stamp = "2012-05-29 10:59", sources = { "GR1", "GR2", "GR3", "GR8" },
          when = chose_silence("backlash"),
          original = "«Chiediamo scusa per il tweet sbagliato sul #terremoto non era nostra intenzione offendere nessuno»",
          text = {
            en = "We apologise for the wrong tweet about the #earthquake, it was not our intention to offend anyone",
            it = "Chiediamo scusa per il tweet sbagliato sul #terremoto non era nostra intenzione offendere nessuno",
          } },
        post { from = "brand", stamp = "2012-05-29 ~10:59", source = "GR6", when = chose_silence("backlash"),
          text = {
            en = "(The Santo Domingo tweet has been deleted.)",
            it = "(Il tweet su Santo Domingo è stato cancellato.)",
          } },
      },
      decision = decision {
        stamp = "2012-05-29 ~11:15",
        prompt = {
          en = "The apology tweet is out, but the calls to unfollow and boycott are still circulating, and news sites are picking the story up. Management asks what comes next. What do you propose?",
          it = "Il tweet di scuse è uscito, ma gli inviti al defollow e al boicottaggio continuano a girare, e i siti di notizie stanno riprendendo la storia. In azienda ti chiedono qual è il prossimo passo. Cosa proponi?",
        },
        target = 45,
        timeout = "2h",
        reveal = reveal {
          stamp = "2012-05-29",
          sources = { "GR4", "GR5", "GR6" },
          text = {
            en = "By 15:15 Groupalia's Facebook page carried a statement signed by Andrea Gualtieri, Country Manager Italy. He said he was truly dismayed, apologised to the people hit by the earthquake for offending them, and called the tweet an irresponsible act driven mainly by superficiality and inexperience; the company would donate to the Italian Red Cross and publish a 'solidarity deal'. A senior, signed apology with an explanation is good practice. But the sources report it on Facebook, not on Twitter where the harm was done; it gave no amount; and whether the donation and the deal happened is not verified. Comments stayed negative even after it.",
            it = "Entro le 15.15 sulla pagina Facebook di Groupalia c'era un comunicato firmato da Andrea Gualtieri, Country Manager Italia. Si diceva davvero costernato, chiedeva scusa alla popolazione colpita dal sisma per averla offesa e definiva il tweet un gesto irresponsabile, dettato soprattutto da superficialità e inesperienza; l'azienda avrebbe fatto una donazione alla Croce Rossa Italiana e pubblicato un «deal solidale». Scuse firmate da un dirigente, con una spiegazione: una buona pratica. Ma le fonti lo riportano su Facebook, non su Twitter dove era nato il danno; non indicava una cifra; e non è verificato se donazione e deal ci siano stati. I commenti restarono negativi anche dopo.",
          },
        },
        silence = choice {
          empathy = 2, policy = 3,
          tags = { "recover-fast", "apologise-sincerely" },
          feedback = {
            en = "A one-line apology is not the end of a mistake this size: people were waiting for the company to take responsibility. History ran on: the Country Manager's statement came that afternoon.",
            it = "Una riga di scuse non chiude un errore di queste dimensioni: la gente aspettava che l'azienda si assumesse la responsabilità. La storia è andata avanti: il comunicato del Country Manager è arrivato nel pomeriggio.",
          },
          next = "aftermath",
        },
        choices = {
          choice {
            text = {
              en = "(Publish a statement signed by the Country Manager on both Twitter and Facebook: a specific apology to the people of Emilia, responsibility taken by the company, an unconditional donation to the Italian Red Cross with the amount stated, and what changes: no promotions during emergencies, and every queue checked the moment news breaks.)",
              it = "(Pubblicare su Twitter e su Facebook un comunicato firmato dal Country Manager: scuse precise alle persone dell'Emilia, responsabilità assunta dall'azienda, una donazione senza condizioni alla Croce Rossa Italiana con la cifra indicata, e cosa cambia: niente promozioni durante le emergenze, e tutte le code controllate appena arriva una notizia.)",
            },
            empathy = 10, policy = 10, cost = "30m",
            tags = { "apologise-sincerely", "own-it", "recover-fast", "plan-campaigns" },
            effects = { mood = { utente1 = 20, utente2 = 20 }, audience = -15 },
            feedback = {
              en = "Everything the real statement did well, a senior signature, the people named, the cause admitted, plus what it missed: the same channel as the harm, an amount anyone can check, a gift with no purchase attached, and a change in how you work.",
              it = "Tutto ciò che il comunicato vero fece bene, la firma di un dirigente, le persone nominate, la causa ammessa, più ciò che mancava: lo stesso canale del danno, una cifra verificabile, una donazione non legata agli acquisti e un cambiamento nel modo di lavorare.",
            },
            next = "alt-full-statement",
          },
          choice {
            text = {
              en = "(Publish on Facebook a statement signed by the Country Manager: he is dismayed and apologises to the people hit by the earthquake; the tweet was irresponsible, born of superficiality and inexperience; the company will donate to the Italian Red Cross and publish a solidarity deal.)",
              it = "(Pubblicare su Facebook un comunicato firmato dal Country Manager: è costernato e chiede scusa alla popolazione colpita dal sisma; il tweet è stato un gesto irresponsabile, frutto di superficialità e inesperienza; l'azienda farà una donazione alla Croce Rossa Italiana e pubblicherà un deal solidale.)",
            },
            empathy = 8, policy = 6, cost = "3h30m", real = true,
            tags = { "apologise-sincerely", "own-it", "plan-campaigns" },
            effects = { mood = { utente1 = 10, utente2 = 10 }, audience = -5 },
            feedback = {
              en = "A signed, senior apology that names the people hurt and admits the cause: good practice. Improve it: post it on Twitter too, where the harm was done; state the amount; make the donation unconditional rather than a deal to buy; and say what will change.",
              it = "Scuse firmate da un dirigente, che nominano le persone ferite e ammettono la causa: una buona pratica. Da migliorare: pubblicarle anche su Twitter, dove è nato il danno; indicare la cifra; fare una donazione senza condizioni invece di un deal da acquistare; e dire cosa cambierà.",
            },
            next = "aftermath",
          },
          choice {
            text = {
              en = "(Nothing more: the apology tweet is enough. Back to the usual offers tomorrow.)",
              it = "(Nient'altro: il tweet di scuse basta. Da domani si torna alle offerte di sempre.)",
            },
            empathy = 2, policy = 3,
            tags = { "apologise-sincerely", "own-it" },
            effects = { mood = { utente1 = -10, utente2 = -10 }, audience = 10 },
            feedback = {
              en = "For a mistake this size one line is not enough: people want to see the company, not the account, take responsibility. Follow the tweet with a signed statement the same day.",
              it = "Per un errore di queste dimensioni una riga non basta: la gente vuole vedere l'azienda, non l'account, assumersi la responsabilità. Fai seguire al tweet un comunicato firmato, in giornata.",
            },
            next = "alt-moved-on",
          },
          choice {
            text = {
              en = "The tweet was written by a junior member of staff, who has been suspended. It does not represent Groupalia.",
              it = "Il tweet è stato scritto da un collaboratore junior, che è stato sospeso. Non rappresenta Groupalia.",
            },
            empathy = 2, policy = 2,
            tags = { "own-it", "apologise-sincerely" },
            effects = { mood = { utente1 = -10, utente2 = -10 }, audience = 10 },
            feedback = {
              en = "Blaming one person in public shifts the story from the mistake to the company's culture: who let a junior post alone on a day like this? Fix the process and take the responsibility at the top.",
              it = "Dare la colpa in pubblico a una persona sposta la storia dall'errore alla cultura aziendale: chi ha lasciato un junior da solo a pubblicare in un giorno così? Correggi il processo e prenditi la responsabilità ai vertici.",
            },
            next = "alt-scapegoat",
          },
        },
      },
    },

    ---------------------------------------------------------------- 4. the statement and the coverage
    beat {
      id = "aftermath",
      posts = {
        post { from = "gualtieri", stamp = "2012-05-29", sources = { "GR4", "GR5", "GR6" },
          when = statement_is_history,
          original = "«Sono davvero costernato per quanto accaduto e chiedo scusa alla popolazione colpita dal sisma per averla offesa. Si è trattato di un gesto irresponsabile dettato principalmente da superficialità e inesperienza.»",
          text = {
            en = "[Facebook, signed 'Milano, 29 maggio 2012'] I am truly dismayed by what happened and I apologise to the people hit by the earthquake for offending them. It was an irresponsible act, driven mainly by superficiality and inexperience.",
            it = "[Facebook, firmato «Milano, 29 maggio 2012»] Sono davvero costernato per quanto accaduto e chiedo scusa alla popolazione colpita dal sisma per averla offesa. Si è trattato di un gesto irresponsabile dettato principalmente da superficialità e inesperienza.",
          },
          uncertain = {
            en = "Online by 15:15 (a news site's update at that time).",
            it = "Online entro le 15.15 (aggiornamento di un sito di notizie a quell'ora).",
          } },
        post { from = "gualtieri", stamp = "2012-05-29", sources = { "GR4", "GR5", "GR6" },
          when = statement_is_history,
          text = {
            en = "(The statement goes on: a catastrophe must not be exploited; Groupalia will donate to the Italian Red Cross for the people affected, and will publish a solidarity deal for those who want to give.)",
            it = "(Il comunicato prosegue: una catastrofe non va strumentalizzata; Groupalia farà una donazione alla Croce Rossa Italiana per le persone colpite e pubblicherà un deal solidale per chi vuole contribuire.)",
          } },
        post { from = "commenti", stamp = "2012-05-29", source = "GR4",
          text = {
            en = "(Comments under the statement stay negative, apology or not.)",
            it = "(I commenti sotto il comunicato restano negativi, scuse o non scuse.)",
          },
          uncertain = {
            en = "A summary.",
            it = "Una sintesi.",
          } },
        post { from = "newnotizie", stamp = "2012-05-29", source = "GR8",
          text = {
            en = "[Article] Emilia earthquake: Groupalia's jackalling on Twitter. Afraid? Leave for Santo Domingo",
            it = "[Articolo] Terremoto Emilia, lo sciacallaggio di Groupalia su Twitter: Paura? Partite per Santo Domingo",
          } },
        post { from = "iltempo", stamp = "2012-05-30", source = "GR2",
          text = {
            en = "[Article] Groupalia's gaffe: earthquake? Run away to Santo Domingo",
            it = "[Articolo] Gaffe di Groupalia: terremoto? Scappate a S. Domingo",
          } },
        post { from = "libero", stamp = "2012-05-31", source = "GR3",
          text = {
            en = "[Article] Online, Groupalia uses the earthquake to advertise itself",
            it = "[Articolo] Sul web Groupalia approfitta del terremoto per farsi pubblicità",
          } },
        post { from = "tacco", stamp = "2012-06-18", sources = { "GR12", "GR9", "GR10" },
          text = {
            en = "[Article] Some people profit from the earthquake. And the web does not forgive. (Three weeks on, Groupalia is still cited, alongside Prenotable and Brux Sport, which also tweeted about the quake to sell and also apologised; readers report boycotting.)",
            it = "[Articolo] C'è chi lucra sul terremoto. E la rete non perdona. (Tre settimane dopo Groupalia viene ancora citata, insieme a Prenotable e Brux Sport, che avevano anch'esse twittato sul terremoto per vendere e poi si erano scusate; c'è chi racconta di boicottarla.)",
          } },
      },
      next = "end-history",
    },
    beat {
      id = "end-history",
      ending = ending { outcome = "crisis", text = {
        en = "What happened: a promotional tweet on the morning of a deadly earthquake became national news. The company deleted it quickly and its Country Manager signed an apology the same day, but three weeks later the gaffe was still being cited, with reports of boycotts.",
        it = "Com'è andata: un tweet promozionale la mattina di un terremoto con vittime è diventato una notizia nazionale. L'azienda lo cancellò in fretta e il Country Manager firmò delle scuse in giornata, ma tre settimane dopo la gaffe veniva ancora citata, con notizie di boicottaggi.",
      } },
    },

    ---------------------------------------------------------------- what might have happened
    beat {
      id = "alt-paused", alternative = true,
      ending = ending { outcome = "resolved", text = {
        en = "What might have happened: Groupalia sells nothing on the day of the earthquake, and nobody writes about it, which is exactly the point. The Santo Domingo deal can wait for another week.",
        it = "Cosa sarebbe potuto succedere: il giorno del terremoto Groupalia non vende nulla, e nessuno ne parla, che è esattamente l'obiettivo. L'offerta per Santo Domingo può aspettare un'altra settimana.",
      } },
    },
    beat {
      id = "alt-tone-deaf", alternative = true,
      posts = {
        post { from = "utente1", at = "15m", text = {
          en = "Seriously? Holiday deals this morning, with people sleeping in the street in Emilia?",
          it = "Sul serio? Offerte vacanze stamattina, con la gente che dorme per strada in Emilia?",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: off the quake hashtag the offer reaches far fewer people, and most never connect it with the news. A few call it tone-deaf on a day of mourning, and an apology closes it. The lesson is the same: on a day like this, the plan stops.",
        it = "Cosa sarebbe potuto succedere: fuori dall'hashtag del terremoto l'offerta raggiunge molte meno persone, e quasi nessuno la collega alle notizie. Qualcuno la giudica fuori luogo in un giorno di lutto, e una scusa chiude la questione. La lezione resta la stessa: in un giorno così, il piano si ferma.",
      } },
    },
    beat {
      id = "alt-euro", alternative = true,
      posts = {
        post { from = "utente2", at = "10m", text = {
          en = "So now the dead are a sales incentive? One euro per deal. #defollowgroupalia",
          it = "Quindi adesso i morti sono un incentivo alle vendite? Un euro a deal. #defollowgroupalia",
        } },
        post { from = "defollow", at = "30m", text = {
          en = "(The pledge is screenshotted next to the first tweet and shared as the sequel.)",
          it = "(Lo screenshot della promessa gira accanto al primo tweet, come il seguito della storia.)",
        } },
      },
      ending = ending { outcome = "crisis", text = {
        en = "What might have happened: tying the donation to sales confirms the first impression, a brand still selling on the back of the earthquake, and the apology that follows has to cover two mistakes instead of one.",
        it = "Cosa sarebbe potuto succedere: legare la donazione alle vendite conferma la prima impressione, un marchio che continua a vendere sulla pelle del terremoto, e le scuse che seguono devono coprire due errori invece di uno.",
      } },
    },
    beat {
      id = "alt-silent-delete", alternative = true,
      posts = {
        post { from = "utente1", at = "10m", text = {
          en = "They've deleted it. Too late, we all have the screenshot. Not even an apology? #defollowgroupalia",
          it = "L'hanno cancellato. Troppo tardi, lo screenshot ce l'abbiamo tutti. Neanche una parola di scuse? #defollowgroupalia",
        } },
      },
      ending = ending { outcome = "crisis", text = {
        en = "What might have happened: the screenshot outlives the tweet, and now the story has a second line: they deleted it and hoped nobody would notice.",
        it = "Cosa sarebbe potuto succedere: lo screenshot sopravvive al tweet, e ora la storia ha un secondo capitolo: l'hanno cancellato sperando che nessuno se ne accorgesse.",
      } },
    },
    beat {
      id = "alt-full-statement", alternative = true,
      posts = {
        post { from = "utente2", at = "1h", text = {
          en = "Still a disgraceful tweet. But at least this time it sounds like they mean it.",
          it = "Il tweet resta una vergogna. Però almeno stavolta sembra che ci credano.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: the tweet had done its damage, and the papers still write about it the next day. But the story ends on the channel where it began, with an amount anyone can check and a rule anyone can hold the company to.",
        it = "Cosa sarebbe potuto succedere: il tweet aveva già fatto il suo danno, e il giorno dopo i giornali ne parlano comunque. Ma la storia si chiude sul canale dove era cominciata, con una cifra che chiunque può verificare e una regola a cui chiunque può richiamare l'azienda.",
      } },
    },
    beat {
      id = "alt-moved-on", alternative = true,
      posts = {
        post { from = "utente2", at = "1h", text = {
          en = "One tweet and back to business as usual? #defollowgroupalia",
          it = "Un tweet e poi tutto come prima? #defollowgroupalia",
        } },
      },
      ending = ending { outcome = "escalated", text = {
        en = "What might have happened: with no one at the company taking responsibility, the one-line apology becomes part of the story, and the next day's articles end with 'the company has made no further comment'.",
        it = "Cosa sarebbe potuto succedere: senza nessuno in azienda che se ne assuma la responsabilità, la riga di scuse diventa parte della storia, e gli articoli del giorno dopo si chiudono con «l'azienda non ha rilasciato altri commenti».",
      } },
    },
    beat {
      id = "alt-scapegoat", alternative = true,
      posts = {
        post { from = "utente1", at = "30m", text = {
          en = "So it's the junior's fault? And who lets a junior run a company's account alone on a day like this?",
          it = "Quindi è colpa del junior? E chi lascia da solo un junior a gestire l'account di un'azienda in un giorno così?",
        } },
      },
      ending = ending { outcome = "escalated", text = {
        en = "What might have happened: the scapegoat becomes the new story, and the company looks as if it is still not taking the mistake seriously.",
        it = "Cosa sarebbe potuto succedere: il capro espiatorio diventa la nuova notizia, e l'azienda sembra non prendere ancora sul serio il proprio errore.",
      } },
    },
  },
}
