-- case-pomi.lua — a case study: Pomì's "Solo da qui. Solo Pomì" ad and
-- the Terra dei Fuochi, November 2013 (newspaper ad, Facebook page,
-- Twitter, national press). English and Italian.
--
-- Replays 2–7 November 2013: the Facebook announcement, the Sunday ad, the
-- boycott calls, the political escalation up to the Agriculture Minister's
-- call for an apology, and the "No Pomì" pizza in Naples. Three turning
-- points: the announcement (and the risk nobody checked), the first wave
-- of boycott calls, the request for an apology.
--
-- Facts, dates and quotes come from the fact sheet (case 3). The sources
-- give days, rarely hours: a stamp whose hour is not known gives the date
-- only ("2013-11-04"), a time of day the sources only suggest is
-- approximate ("2013-11-03 ~17:00"). Left out: the unverified truck-driver claim about Campanian
-- tomatoes, the disputed name of the agency, and sales figures (none
-- found). The fact sheet has no figures for the public reaction, so
-- there is no `reach` list. Commenters are private and appear by role
-- only, with invented handles.

return scenario {
  id = "case-pomi",
  lang = "it",
  title = {
    en = "Pomì, \"Only from here\" and the Terra dei Fuochi",
    it = "Pomì, «Solo da qui» e la Terra dei Fuochi",
  },
  summary = {
    en = "November 2013. While Italy talks about toxic waste in Campania's fields, a tomato brand runs an ad saying its tomatoes come only from the North. Replay the four days that followed, and decide what you would have done.",
    it = "Novembre 2013. Mentre l'Italia parla dei rifiuti tossici nei campi della Campania, un marchio di pomodoro pubblica una pagina che dice: i nostri pomodori vengono solo dal Nord. Rivivi i quattro giorni che seguirono e decidi che cosa avresti fatto tu.",
  },
  archetype = { "crisis", "not-my-fault" },
  channel = "page",
  difficulty = "hard",
  minutes = 10,
  brand = { name = "Pomì", handle = "Consorzio Casalasco del Pomodoro" },
  clock = { rate = 240 },
  audience = 25,

  rules = {
    {
      en = "We never use someone else's scandal, disaster or tragedy to sell: any post that mentions one needs management sign-off.",
      it = "Non usiamo mai scandali, disastri o tragedie altrui per vendere: ogni post che ne parla va approvato dalla direzione.",
    },
    {
      en = "We do not delete criticism or accusations; we answer them.",
      it = "Non cancelliamo critiche o accuse: rispondiamo.",
    },
    {
      en = "When a topic touches a region, its people or public authorities, we speak with one voice, agreed with management, on every channel.",
      it = "Quando un tema tocca una regione, i suoi abitanti o le istituzioni, parliamo con una sola voce, concordata con la direzione, su tutti i canali.",
    },
  },

  personas = {
    persona { id = "south_fb", name = "Commentatore FB", handle = "@dal_sud_2013",
              role = { en = "Facebook commenter from the South", it = "commentatore su Facebook, del Sud" } },
    persona { id = "tw_user", name = "Utente Twitter", handle = "@utente_tw_2013",
              role = { en = "Twitter user", it = "utente di Twitter" } },
    persona { id = "many", name = "Commenti", handle = "@commenti",
              role = { en = "many commenters", it = "molti commentatori" } },
    persona { id = "ansa", name = "ANSA", handle = "ansa.it",
              role = { en = "news agency", it = "agenzia di stampa" } },
    persona { id = "fatto", name = "Il Fatto Quotidiano", handle = "ilfattoquotidiano.it",
              role = { en = "national daily", it = "quotidiano nazionale" } },
    persona { id = "huffpost", name = "HuffPost Italia", handle = "huffingtonpost.it",
              role = { en = "news site", it = "testata online" } },
    persona { id = "fava", name = "Gianni Fava", handle = "Regione Lombardia",
              role = { en = "Lombardy regional councillor for agriculture", it = "assessore all'Agricoltura della Regione Lombardia" } },
    persona { id = "caldoro", name = "Caldoro", handle = "Regione Campania",
              role = { en = "President of the Campania Region", it = "presidente della Regione Campania" } },
    persona { id = "nugnes", name = "Nugnes", handle = "Regione Campania",
              role = { en = "Campania regional councillor for agriculture", it = "assessore all'Agricoltura della Regione Campania" } },
    persona { id = "scotto", name = "Arturo Scotto", handle = "Camera dei deputati",
              role = { en = "MP (SEL)", it = "deputato (SEL)" } },
    persona { id = "anicav", name = "ANICAV", handle = "ANICAV",
              role = { en = "tomato canners' association", it = "associazione degli industriali conservieri" } },
    persona { id = "minister", name = "Nunzia De Girolamo", handle = "Ministero delle politiche agricole",
              role = { en = "Minister of Agriculture", it = "ministra delle Politiche agricole" } },
    persona { id = "fanpage", name = "Fanpage.it", handle = "fanpage.it",
              role = { en = "news site", it = "testata online" } },
    persona { id = "alt_user", name = "Utente (esempio)", handle = "@utente_esempio",
              role = { en = "commenter (invented, for what might have happened)",
                       it = "commentatore (inventato, per ciò che sarebbe potuto accadere)" } },
  },

  case = case {
    organisation = "Pomì (Consorzio Casalasco del Pomodoro)",
    country = "IT",
    start = "2013-11-02 10:00",
    timezone = "CET",
    period = { en = "2–7 November 2013", it = "2–7 novembre 2013" },
    lesson = {
      en = "An origin claim timed to another region's food scandal read as profiteering and prejudice; restating 'transparency' instead of apologising kept it going.",
      it = "Un messaggio sull'origine uscito nel pieno dello scandalo di un'altra regione è sembrato sciacallaggio e pregiudizio; ripetere 'trasparenza' invece di scusarsi l'ha alimentato.",
    },
    sources = {
      source { id = "PO1", publication = "Il Fatto Quotidiano", date = "2013-11-03",
               title = "Terra dei fuochi, polemiche su campagna di Pomì: 'Italia, nostri pomodori solo dal Nord'",
               url = "https://ilfattoquotidiano.it/2013/11/03/terra-dei-fuochi-polemiche-su-campagna-di-pomi-italia-nostri-pomodori-solo-dal-nord/765058" },
      source { id = "PO2", publication = "sostenitori.info (ANSA text)", date = "2013-11-03",
               title = "'Lavoriamo solo pomodori padani' e sul web scoppia la polemica",
               url = "https://www.sostenitori.info/2013/11/03/lavoriamo-solo-pomodori-padani-e-sul-web-scoppia-la-polemica/" },
      source { id = "PO3", publication = "HuffPost Italia", date = "2013-11-04",
               title = "Terra dei Fuochi, è polemica per lo spot di Pomì: 'Solo pomodori padani'",
               url = "http://www.huffingtonpost.it/2013/11/04/terra-fuochi-pomi-pomodori-padani_n_4211144.html" },
      source { id = "PO4", publication = "CremaOggi", date = "2013-11-04",
               title = "'Solo da qui, solo Pomì', lo slogan che fa discutere i media italiani",
               url = "https://cremaoggi.it/2013/11/04/%e2%80%9csolo-da-qui-solo-pomi%e2%80%9d-lo-slogan-che-fa-discutere-i-media-italiani" },
      source { id = "PO5", publication = "AgroNotizie", date = "2013-11-04",
               title = "L'assessore Fava difende Pomì",
               url = "https://agronotizie.imagelinenetwork.com/agricoltura-economia-politica/2013/11/04/l-assessore-fava-difende-pomi/35325" },
      source { id = "PO6", publication = "AgroNotizie", date = "2013-11-05",
               title = "'Il made in Italy è unico e indivisibile'",
               url = "https://agronotizie.imagelinenetwork.com/agricoltura-economia-politica/2013/11/05/quotil-made-in-italy-e-unico-e-indivisibilequot/35345" },
      source { id = "PO7", publication = "PeaceLink Campania (reprint)", date = "2013-11-04",
               title = "«Solo pomodori del Nord» Bufera sulla pubblicità choc",
               url = "https://campania.peacelink.net/rifiuti/articles/art_12247.html" },
      source { id = "PO8", publication = "PeaceLink Campania (reprint)", date = "2013-11",
               title = "Caso Pomì, Regione in campo 'Nostri prodotti supercontrollati'",
               url = "https://campania.peacelink.net/rifiuti/articles/art_12259.html" },
      source { id = "PO9", publication = "pupia.tv (video page, via dailytv.net)", date = "2013-11",
               title = "Pomì controversy and Campanian politicians",
               url = "https://dailytv.net/video/x16uxiu" },
      source { id = "PO10", publication = "Fanpage.it", date = "2013-11",
               title = "Pizza No Pomì. La risposta di Napoli e di Sorbillo all'azienda padana",
               url = "https://fanpage.it/attualita/pizza-no-pomi-la-risposta-di-napoli-e-di-sorbillo-all-azienda-padana" },
      source { id = "PO11", publication = "NapoliTime", date = "2013-11-04",
               title = "La nuova campagna pubblicitaria della Pomì offende il Sud Italia…",
               url = "https://www.napolitime.it/33783-la-nuova-campagna-pubblicitaria-della-pomi-offende-il-sud-italia-sono-queste-le-prime-reazioni-delle-dichiarazioni-di-schiavone.html" },
      source { id = "PO12", publication = "TGCom24", date = "2013-11",
               title = "Pomì usa solo pomodori padani…",
               url = "http://www.tgcom24.mediaset.it/cronaca/lombardia/2013/notizia/-pomi-usa-solo-pomodori-padani-l-azienda-prodotti-non-contaminati_2007400.shtml" },
      source { id = "PO12b", publication = "LecceNews24", date = "2013-11",
               title = "#ilcaso. Pomì «usiamo solo pomodori padani» e il Sud non ci sta!",
               url = "https://www.leccenews24.it/attualita/ilcaso-pomi-usiamo-solo-pomodori-padani-e-il-sud-non-ci-sta.htm" },
      source { id = "PO13", publication = "MagazineDonna", date = "2013-11",
               title = "Lo slogan Pomì che mette a repentaglio un'intera economia",
               url = "https://www.magazinedonna.it/lo-slogan-pomi-che-mette-repentaglio-unintera-economia/12545/" },
      source { id = "PO14", publication = "DistribuzioneModerna", date = "2013-11",
               title = "Rossi di pomodoro o rossissimi di vergogna",
               url = "https://distribuzionemoderna.info/notizia-del-giorno/rossi-di-pomodoro-o-rossissimi-di-vergogna" },
      source { id = "PO15", publication = "NotizieIn", date = "2013-11",
               title = "Pomì, solo pomodori della pianura padana: è polemica per la pubblicità",
               url = "https://notiziein.it/pomi-solo-pomodori-della-pianura-padana-e-polemica-per-la-pubblicita-112089" },
      source { id = "PO17", publication = "Laboratorio Politica Bologna", date = "2013-11-04",
               title = "Pubblicità progresso: Pomì sei buono così?",
               url = "https://laboratoriopoliticabologna.wordpress.com/2013/11/04/pubblicita-progresso-pomi-sei-buono-cosi/" },
      source { id = "PO18", publication = "Fanpage.it", date = "later (undated)",
               title = "'Pomodori coltivati nel Lazio': polemiche per il cartello di un commerciante della Terra dei Fuochi",
               url = "https://fanpage.it/attualita/pomodori-coltivati-nel-lazio-polemiche-per-il-cartello-di-un-commerciante-della-terra-dei-fuochi" },
      source { id = "PO19", publication = "Mondo Padano", date = "2013-11-03",
               title = "L'assessore Fava difende il Consorzio del Pomodoro",
               url = "http://www.mondopadano.it/news/attualita/lassessore-fava-difende-il-consorzio-del-pomodoro/7349" },
    },
    lessons = {
      lesson { principle = "plan-campaigns", text = {
        en = "Before launch, ask who could read a campaign as profiting from a tragedy or pointing at a group. An origin claim in the middle of another region's food scandal fails that test.",
        it = "Prima del lancio chiediti chi potrebbe leggere una campagna come sciacallaggio su una tragedia o come un dito puntato contro qualcuno. Un messaggio sull'origine nel pieno dello scandalo alimentare di un'altra regione non supera la prova.",
      } },
      lesson { principle = "listen", text = {
        en = "When thousands read your message as an insult, listen before you restate it. 'We were only being transparent' answers a question nobody asked.",
        it = "Quando in migliaia leggono il tuo messaggio come un insulto, ascolta prima di ripeterlo. 'Volevamo solo essere trasparenti' risponde a una domanda che nessuno ha fatto.",
      } },
      lesson { principle = "apologise-sincerely", text = {
        en = "Apologise for the framing, not for traceability: name the hurt to Southern farmers and consumers, and back it with a gesture.",
        it = "Chiedi scusa per l'impostazione, non per la tracciabilità: nomina il danno fatto agli agricoltori e ai consumatori del Sud, e accompagnalo con un gesto concreto.",
      } },
      lesson { principle = "recover-fast", text = {
        en = "An apology on the first evening, on the same channels, costs less than one the Minister has to ask for in public.",
        it = "Delle scuse la prima sera, sugli stessi canali, costano meno di quelle che un ministro deve chiedere in pubblico.",
      } },
    },
    outcome = {
      en = "Pomì defended the ad as transparency and traceability and, according to one source, said it had not meant to discriminate. No formal apology and no withdrawal of the ad were found. Politicians in Lombardy backed it; the Campania Region, an MP and the Agriculture Minister condemned it, and in Naples a pizzeria called for a boycott. No data on sales was found.",
      it = "Pomì ha difeso la pubblicità come trasparenza e tracciabilità e, secondo una fonte, ha dichiarato di non aver voluto discriminare. Non risultano scuse formali né il ritiro dell'annuncio. La politica lombarda l'ha difesa; la Regione Campania, un deputato e la ministra dell'Agricoltura l'hanno condannata, e a Napoli una pizzeria ha lanciato il boicottaggio. Non sono stati trovati dati sulle vendite.",
    },
  },

  beats = {
    ---------------------------------------------------------------- 1: the announcement
    beat {
      id = "brief",
      decision = decision {
        stamp = "2013-11-02",
        prompt = {
          en = "Saturday 2 November 2013. For weeks the news has been about the Terra dei Fuochi in Campania: Le Iene's report on 1 October on vegetables grown on land used for illegal toxic dumps, then, at the end of October, the declassified testimony of a Camorra turncoat on illegal waste disposal. Tomorrow Pomì's new ad runs as a full page on the back of national dailies: a map of Italy with a tomato on the North and the slogan 'Solo da qui. Solo Pomì'. Marketing has drafted the Facebook announcement; it opens with 'recent ethical and environmental scandals' in the canning industry that are unsettling consumers. You are asked to post it. What do you do?",
          it = "Sabato 2 novembre 2013. Da settimane i notiziari parlano della Terra dei Fuochi in Campania: il servizio delle Iene del 1° ottobre sulle verdure coltivate su terreni usati come discariche abusive di rifiuti tossici, poi, a fine ottobre, la testimonianza desecretata di un pentito di camorra sullo smaltimento illegale dei rifiuti. Domani la nuova pubblicità di Pomì esce a tutta pagina sul retro dei quotidiani nazionali: una cartina d'Italia con un pomodoro sul Nord e lo slogan «Solo da qui. Solo Pomì». Il marketing ha preparato l'annuncio per Facebook, che si apre con i «recenti scandali di carattere etico/ambientale» dell'industria conserviera che disorientano i consumatori. Ti chiedono di pubblicarlo. Che cosa fai?",
        },
        target = 60,
        reveal = reveal {
          text = {
            en = "Pomì posted the announcement on Facebook and on its website around 2–3 November (the exact day is not known). It opened with the recent ethical and environmental scandals in the canning industry that were unsettling consumers, said the Consortium had always been opposed and extraneous to such practices, and presented the newspaper campaign as a duty to consumers, member farms and employees. A note added that its farms are on average 42 km from the plants.",
            it = "Pomì pubblicò l'annuncio su Facebook e sul suo sito intorno al 2–3 novembre (il giorno esatto non è noto). Si apriva con i recenti scandali etici e ambientali dell'industria conserviera che disorientavano i consumatori, diceva che il Consorzio era sempre stato contrario ed estraneo a quelle pratiche e presentava la campagna sui quotidiani come un dovere verso consumatori, aziende socie e dipendenti. Una nota aggiungeva che le aziende agricole distano in media 42 km dagli stabilimenti.",
          },
          sources = { "PO3", "PO1", "PO12", "PO11" },
        },
        choices = {
          choice {
            real = true,
            text = {
              en = "(Post the announcement as drafted, on Facebook and on the website: the recent scandals in the canning industry, a Consortium that has always been extraneous to such practices, the campaign as a duty to consumers and members.)",
              it = "(Pubblica l'annuncio così com'è, su Facebook e sul sito: i recenti scandali dell'industria conserviera, un Consorzio da sempre estraneo a quelle pratiche, la campagna come un dovere verso consumatori e soci.)",
            },
            empathy = 2, policy = 1,
            tags = { "plan-campaigns", "listen" },
            breaks = { 1 },
            effects = { audience = 15 },
            feedback = {
              en = "Opening with 'recent scandals', the day before a map that lights up only the North, ties the brand's message to Campania's tragedy. Nobody asked the one question that mattered: how will people in the South read this?",
              it = "Aprire con i 'recenti scandali', il giorno prima di una cartina che illumina solo il Nord, lega il messaggio del marchio alla tragedia della Campania. Nessuno si è fatto l'unica domanda che contava: come lo leggeranno al Sud?",
            },
            next = "sunday",
          },
          choice {
            text = {
              en = "(Hold the post. Write to the marketing director today: with the Terra dei Fuochi in the news, a post about 'recent scandals' and a map that highlights only the North will be read as profiting from Campania's tragedy and pointing at Southern farmers. Ask for a risk review of the ad before it runs, and offer a plain post about where our tomatoes come from that mentions nobody else's scandal.)",
              it = "(Blocca il post. Scrivi oggi stesso al direttore marketing: con la Terra dei Fuochi sui giornali, un post sui 'recenti scandali' e una cartina che evidenzia solo il Nord verranno letti come sciacallaggio sulla tragedia della Campania e come un dito puntato contro gli agricoltori del Sud. Chiedi una verifica dei rischi della pagina prima che esca e proponi un post semplice sulla provenienza dei nostri pomodori, senza citare scandali altrui.)",
            },
            empathy = 8, policy = 10,
            tags = { "plan-campaigns", "listen", "bad-news-early" },
            follows = { 1, 3 },
            effects = { audience = -5 },
            feedback = {
              en = "This is the risk check the campaign never had: you name how it will be read and by whom, raise it before launch, and offer a message that keeps the true part (traceability) without the comparison.",
              it = "È la verifica dei rischi che la campagna non ha mai avuto: dici come verrà letta e da chi, lo segnali prima del lancio e proponi un messaggio che tiene la parte vera (la tracciabilità) senza il confronto.",
            },
            next = "sunday",
          },
          choice {
            text = {
              en = "(Post it, adding a line of solidarity with honest producers everywhere.)",
              it = "(Pubblicalo, aggiungendo una riga di solidarietà a tutti i produttori onesti.)",
            },
            empathy = 5, policy = 4,
            tags = { "plan-campaigns" },
            breaks = { 1 },
            effects = { audience = 10 },
            feedback = {
              en = "A kind line does not change what the post does: it still uses another region's scandal as the reason to buy from you. The fix is to take the scandal out, not to soften it.",
              it = "Una riga gentile non cambia quello che fa il post: usa comunque lo scandalo di un'altra regione come motivo per comprare da te. Bisogna togliere lo scandalo, non addolcirlo.",
            },
            next = "sunday",
          },
          choice {
            text = {
              en = "(Make it sharper: \"Worried about what's in your tomatoes? Ours are grown far away from the scandals.\")",
              it = "(Rendilo più incisivo: «Preoccupati per quello che c'è nei pomodori? I nostri crescono lontano dagli scandali.»)",
            },
            empathy = 0, policy = 0,
            tags = { "plan-campaigns" },
            breaks = { 1, 3 },
            effects = { audience = 25 },
            feedback = {
              en = "This says openly what the real post only implied: that the scandal is a selling point. Never newsjack a tragedy, least of all one that hurts other farmers.",
              it = "Dice apertamente quello che il post vero lasciava solo intendere: che lo scandalo è un argomento di vendita. Mai cavalcare una tragedia, tanto meno una che colpisce altri agricoltori.",
            },
            next = "sunday",
          },
        },
      },
    },

    ---------------------------------------------------------------- 2: Sunday
    beat {
      id = "sunday",
      posts = {
        post { from = "brand", stamp = "2013-11-03 ~07:00", sources = { "PO3", "PO12", "PO2", "PO4", "PO12b" },
          uncertain = {
            en = "The ad ran in Sunday's papers, 3 November, in the morning editions.",
            it = "La pagina uscì sui quotidiani di domenica 3 novembre, nelle edizioni del mattino.",
          },
          original = "Pomì utilizza solo pomodori freschi dei soci del Consorzio Casalasco, coltivati nel cuore della Pianura Padana, ad una distanza media inferiore ai 50 km dagli stabilimenti di confezionamento",
          text = {
            en = "(Full-page ad on the back of national dailies: a map of Italy with the northern regions highlighted and a tomato on them. Slogan: Solo da qui. Solo Pomì, 'Only from here. Only Pomì'.) Pomì only uses fresh tomatoes from Consorzio Casalasco members, grown in the heart of the Po Valley, on average less than 50 km from the packing plants.",
            it = "(Pagina intera sul retro dei quotidiani nazionali: una cartina d'Italia con le regioni del Nord evidenziate e un pomodoro sopra. Slogan: «Solo da qui. Solo Pomì».) Pomì utilizza solo pomodori freschi dei soci del Consorzio Casalasco, coltivati nel cuore della Pianura Padana, ad una distanza media inferiore ai 50 km dagli stabilimenti di confezionamento.",
          } },
        post { from = "ansa", stamp = "2013-11-03", sources = { "PO2", "PO15" },
          uncertain = {
            en = "Dated 3 November, from Naples.",
            it = "Del 3 novembre, da Napoli.",
          },
          text = {
            en = "(Naples: on social media the ad is read as a reference to the Terra dei Fuochi. Calls to boycott Pomì, accusations of food racism and of profiting from a disaster.)",
            it = "(Napoli: sui social la pubblicità viene letta come un riferimento alla Terra dei Fuochi. Inviti a boicottare Pomì, accuse di razzismo alimentare e di sciacallaggio.)",
          } },
        post { from = "tw_user", stamp = "2013-11-03", source = "PO3",
          uncertain = {
            en = "Posted on 3 or 4 November. Wording as one news site reports it.",
            it = "Pubblicato il 3 o il 4 novembre. Testo come lo riporta una testata.",
          },
          original = "Boicottiamo Pomì e la sua pubblicità. Prima inquinano e poi dicono di comprare solo il loro prodotto. Vergogna",
          text = {
            en = "(On Twitter) Let's boycott Pomì and its ad. First they pollute, then they tell you to buy only their product. Shame",
            it = "(Su Twitter) Boicottiamo Pomì e la sua pubblicità. Prima inquinano e poi dicono di comprare solo il loro prodotto. Vergogna",
          } },
        post { from = "south_fb", stamp = "2013-11-03", source = "PO12",
          uncertain = {
            en = "Posted on 3 or 4 November. Wording as one news site reports it.",
            it = "Pubblicato il 3 o il 4 novembre. Testo come lo riporta una testata.",
          },
          original = "Da meridionale, vi ringrazio per avermi chiarito le idee sulla prossima azienda da boicottare",
          text = {
            en = "As a southerner, thank you for making clear which company to boycott next",
            it = "Da meridionale, vi ringrazio per avermi chiarito le idee sulla prossima azienda da boicottare",
          } },
        post { from = "fatto", stamp = "2013-11-03", source = "PO1",
          text = {
            en = "(Controversy over Pomì's campaign: boycott calls spread, and many compare it with Barilla's recent gaffe.)",
            it = "(Polemiche sulla campagna di Pomì: si moltiplicano gli inviti al boicottaggio, e in tanti la paragonano alla recente gaffe di Barilla.)",
          } },
        post { from = "many", stamp = "2013-11-03", sources = { "PO9", "PO7" },
          uncertain = {
            en = "Shared on 3–4 November.",
            it = "Circolato tra il 3 e il 4 novembre.",
          },
          text = {
            en = "(A reply shared widely: the Po Valley is one of the most polluted areas in Europe for fine particulates, as Legambiente has pointed out.)",
            it = "(Una risposta molto condivisa: la Pianura Padana è una delle zone più inquinate d'Europa per le polveri sottili, come ricorda Legambiente.)",
          } },
      },
      decision = decision {
        stamp = "2013-11-03 ~17:00",
        prompt = {
          en = "Sunday afternoon. The page fills with boycott calls and accusations of racism against the South; ANSA and Il Fatto Quotidiano already have the story. Whatever was posted yesterday, the ad is out. What do you post?",
          it = "Domenica pomeriggio. La pagina si riempie di inviti al boicottaggio e di accuse di razzismo contro il Sud; ANSA e il Fatto Quotidiano hanno già la notizia. Qualunque cosa sia stata pubblicata ieri, la pagina sui giornali è uscita. Che cosa pubblichi?",
        },
        target = 45,
        timeout = "6h",
        weight = 2,
        silence = choice {
          empathy = 2, policy = 4,
          tags = { "reply-fast", "listen" },
          effects = { audience = 15 },
          feedback = {
            en = "A whole Sunday evening without a word, while the South reads the ad as an insult, lets the worst reading settle. The first evening was the time to listen and acknowledge.",
            it = "Un'intera domenica sera senza una parola, mentre il Sud legge la pubblicità come un insulto, lascia che si consolidi la lettura peggiore. La prima sera era il momento di ascoltare e riconoscere il problema.",
          },
          next = "monday",
        },
        reveal = reveal {
          text = {
            en = "Pomì stood by the message. Its director, Costantino Vaia, told Corriere della Sera that the company had long fought for transparency on the origin of its products, which it considers added value and a guarantee for the consumer. He reaffirmed legality and environmental protection, said origin matters on the UK and US markets, and defended Italian tomatoes against Chinese imports.",
            it = "Pomì difese il messaggio. Il direttore, Costantino Vaia, disse al Corriere della Sera che l'azienda si batteva da tempo per la trasparenza sull'origine dei prodotti, considerata un valore aggiunto e una garanzia per il consumatore. Ribadì i valori di legalità e tutela dell'ambiente, spiegò che l'origine conta sui mercati inglese e americano e difese il pomodoro italiano da quello cinese.",
          },
          sources = { "PO4", "PO17" },
        },
        choices = {
          choice {
            real = true,
            text = {
              en = "(Stand by the campaign: Pomì has long fought for transparency on the origin of its products; it is added value and a guarantee for the consumer.)",
              it = "(Difendi la campagna: Pomì si batte da tempo per la trasparenza sull'origine dei suoi prodotti; è un valore aggiunto e una garanzia per il consumatore.)",
            },
            empathy = 2, policy = 3,
            tags = { "listen", "apologise-sincerely" },
            effects = { audience = 15 },
            feedback = {
              en = "Nobody was arguing against transparency. Restating it tells the people who feel insulted that the brand has not heard them, and it gives the next article its headline.",
              it = "Nessuno contestava la trasparenza. Ripeterla dice a chi si sente offeso che il marchio non l'ha ascoltato, e regala il titolo al prossimo articolo.",
            },
            next = "monday",
          },
          choice {
            text = {
              en = "We've read every comment. Many of you, especially in the South, read our ad as pointing at Campania and its farmers at a painful time. That is not what we meant, but we understand why it reads that way, and we are sorry for the hurt. Honest farmers in Campania are victims of the Terra dei Fuochi, not part of it. We are reviewing the campaign and will be back here tomorrow with what we decide.",
              it = "Abbiamo letto tutti i commenti. Molti di voi, soprattutto al Sud, hanno letto la nostra pubblicità come un dito puntato contro la Campania e i suoi agricoltori in un momento doloroso. Non era questa la nostra intenzione, ma capiamo perché si legge così, e ci dispiace per il dolore che abbiamo causato. Gli agricoltori onesti della Campania sono vittime della Terra dei Fuochi, non ne fanno parte. Stiamo rivedendo la campagna e domani torneremo qui a dirvi che cosa abbiamo deciso.",
            },
            empathy = 9, policy = 9,
            tags = { "listen", "apologise-sincerely", "reply-fast", "recover-fast" },
            follows = { 2, 3 },
            effects = { audience = -15 },
            feedback = {
              en = "You listen first, name the hurt and who was hurt, apologise for the framing without giving up on traceability, and commit to a next step on the same channel. That is how the first evening should go.",
              it = "Prima ascolti, poi nomini il danno e chi l'ha subito, ti scusi per l'impostazione senza rinnegare la tracciabilità e ti impegni a un passo successivo sullo stesso canale. Così doveva andare la prima sera.",
            },
            next = "alt-sunday",
          },
          choice {
            text = {
              en = "(Delete the boycott calls and the accusations of racism from the page.)",
              it = "(Cancella dalla pagina gli inviti al boicottaggio e le accuse di razzismo.)",
            },
            empathy = 1, policy = 0,
            tags = { "dont-delete-criticism" },
            breaks = { 2 },
            effects = { audience = 20 },
            feedback = {
              en = "Deleting criticism in the middle of a boycott call turns 'insensitive' into 'censoring', and every deleted comment comes back as a screenshot.",
              it = "Cancellare le critiche nel mezzo di un boicottaggio trasforma 'insensibili' in 'censori', e ogni commento cancellato torna indietro come screenshot.",
            },
            next = "alt-deleted",
          },
          choice {
            text = {
              en = "Our ad doesn't mention the South at all. Before accusing us of racism, read it properly.",
              it = "La nostra pubblicità non parla affatto del Sud. Prima di accusarci di razzismo, leggetela bene.",
            },
            empathy = 1, policy = 2,
            tags = { "not-personal", "listen" },
            breaks = { 3 },
            effects = { audience = 20 },
            feedback = {
              en = "Telling offended people they cannot read is an argument you cannot win. How the message lands is the brand's problem, not the reader's.",
              it = "Dire a chi si sente offeso che non sa leggere è una discussione che non puoi vincere. Come arriva il messaggio è un problema del marchio, non di chi legge.",
            },
            next = "monday",
          },
        },
      },
    },

    beat {
      id = "alt-sunday",
      alternative = true,
      posts = {
        post { from = "alt_user", at = "1h", text = {
          en = "At least you've understood why people are angry. Now let's see what you actually change.",
          it = "Almeno avete capito perché la gente è arrabbiata. Adesso vediamo che cosa cambiate davvero.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: the boycott calls do not vanish, and politicians still comment on Monday, but the story now contains the brand's own apology. With no 'we were only being transparent' to react to, there is less for a minister to demand.",
        it = "Ciò che sarebbe potuto accadere: gli inviti al boicottaggio non spariscono e lunedì la politica commenta comunque, ma nella notizia ora ci sono le scuse del marchio. Senza un 'volevamo solo essere trasparenti' a cui reagire, a un ministro resta poco da pretendere.",
      } },
    },

    beat {
      id = "alt-deleted",
      alternative = true,
      posts = {
        post { from = "alt_user", at = "40m", text = {
          en = "They're deleting the comments. I've got screenshots of all of them. Now we know what Pomì thinks of us.",
          it = "Stanno cancellando i commenti. Ho gli screenshot di tutti. Adesso sappiamo che cosa pensa Pomì di noi.",
        } },
      },
      next = "monday",
    },

    ---------------------------------------------------------------- 3: the politicians
    beat {
      id = "monday",
      posts = {
        post { from = "huffpost", stamp = "2013-11-04 12:33", source = "PO3", text = {
          en = "(Terra dei Fuochi: controversy over Pomì's ad and its 'only Po Valley tomatoes'. The story is national news.)",
          it = "(Terra dei Fuochi, è polemica per la pubblicità di Pomì e i suoi 'solo pomodori padani'. Ormai è una notizia nazionale.)",
        } },
        post { from = "fava", stamp = "2013-11-04", sources = { "PO5", "PO19" },
          uncertain = {
            en = "Reported on 3 and 4 November.",
            it = "Riportato il 3 e il 4 novembre.",
          },
          text = {
            en = "(Defends Pomì: accusing it of racism is senseless, and is itself racist.)",
            it = "(Difende Pomì: accusarla di razzismo è insensato, e anzi razzista.)",
          } },
        post { from = "caldoro", stamp = "2013-11-04", source = "PO8",
          uncertain = {
            en = "Reported around 4 November.",
            it = "Riportato intorno al 4 novembre.",
          },
          text = {
            en = "(Campanian products are super-controlled, more than others.)",
            it = "(I prodotti campani sono supercontrollati, più di altri.)",
          } },
        post { from = "nugnes", stamp = "2013-11-04", sources = { "PO9", "PO8" },
          uncertain = {
            en = "Reported around 4 November.",
            it = "Riportato intorno al 4 novembre.",
          },
          original = "Non è certo il momento di fare i furbetti sul mercato…",
          text = {
            en = "This is certainly not the time to play smart on the market… (The Region is considering a claim for damages.)",
            it = "Non è certo il momento di fare i furbetti sul mercato… (La Regione valuta una richiesta di risarcimento danni.)",
          } },
        post { from = "scotto", stamp = "2013-11-04", source = "PO7",
          uncertain = {
            en = "Reported around 4 November.",
            it = "Riportato intorno al 4 novembre.",
          },
          text = {
            en = "(Raises the ad in a motion in Parliament, calling it a piece of Northern League thinking.)",
            it = "(Porta la pubblicità in Parlamento con una mozione e la definisce un pezzo di leghismo.)",
          } },
        post { from = "anicav", stamp = "2013-11-04 18:07", sources = { "PO13", "PO14" },
          uncertain = {
            en = "The day is inferred from the sources (4 November).",
            it = "Il giorno è dedotto dalle fonti (4 novembre).",
          },
          text = {
            en = "(Strongly condemns the criminalisation of the whole Southern canning sector.)",
            it = "(Stigmatizza con forza la criminalizzazione dell'intero comparto conserviero del Sud.)",
          } },
        post { from = "minister", stamp = "2013-11-05", sources = { "PO6", "PO9" },
          uncertain = {
            en = "Said on 4 or 5 November.",
            it = "Dichiarato il 4 o il 5 novembre.",
          },
          original = "Il made in Italy è unico e indivisibile e se qualcuno pensa di andare sui mercati internazionali con un'identità di provincia appartiene a un mondo che non esiste più. […] con i lavoratori prima e con i consumatori dopo non solo sarebbe consigliabile, ma anche doveroso",
          text = {
            en = "Made in Italy is one and indivisible, and anyone who thinks they can go onto international markets with a provincial identity belongs to a world that no longer exists. (On an apology: one to workers first and consumers second would be not only advisable but a duty.)",
            it = "Il made in Italy è unico e indivisibile e se qualcuno pensa di andare sui mercati internazionali con un'identità di provincia appartiene a un mondo che non esiste più. (Sulle scuse: «con i lavoratori prima e con i consumatori dopo non solo sarebbe consigliabile, ma anche doveroso».)",
          } },
      },
      decision = decision {
        stamp = "2013-11-05",
        prompt = {
          en = "Tuesday 5 November. Lombardy's politicians defend you; Campania's governor, its agriculture councillor, an MP and the canners' association attack the ad, and the Agriculture Minister says Pomì should apologise. Management asks for the line to take on every channel. What do you propose?",
          it = "Martedì 5 novembre. La politica lombarda vi difende; il presidente della Campania, l'assessore regionale all'Agricoltura, un deputato e gli industriali conservieri attaccano la pubblicità, e la ministra dell'Agricoltura dice che Pomì dovrebbe chiedere scusa. La direzione vuole la linea da tenere su tutti i canali. Che cosa proponi?",
        },
        target = 50,
        timeout = "8h",
        weight = 2,
        silence = choice {
          empathy = 1, policy = 3,
          tags = { "recover-fast", "listen" },
          effects = { audience = 15 },
          feedback = {
            en = "When a minister publicly asks for an apology, silence is read as a refusal. This was the last good moment to apologise for the framing.",
            it = "Quando una ministra chiede pubblicamente delle scuse, il silenzio si legge come un rifiuto. Era l'ultimo momento buono per scusarsi dell'impostazione.",
          },
          next = "naples",
        },
        reveal = reveal {
          text = {
            en = "Pomì kept its line. One source reports a clarification from the Consortium that it had not meant to create discrimination or controversy and that the ad answered consumers' questions about where its tomatoes come from; that report rests on a single source. No formal apology and no withdrawal of the ad were found, although an absence is hard to prove. Later, the campaign was cited as a precedent when a greengrocer in the Terra dei Fuochi advertised tomatoes grown in Lazio.",
            it = "Pomì mantenne la sua linea. Una fonte riporta una precisazione del Consorzio: non era sua intenzione creare discriminazioni o polemiche, e l'annuncio rispondeva alle domande dei consumatori sulla provenienza del pomodoro; la notizia si basa su una sola fonte. Non risultano scuse formali né il ritiro della pubblicità, anche se un'assenza è difficile da dimostrare. In seguito la campagna è stata citata come precedente, quando un fruttivendolo della Terra dei Fuochi ha pubblicizzato pomodori coltivati nel Lazio.",
          },
          sources = { "PO13", "PO4", "PO12", "PO17", "PO18" },
        },
        choices = {
          choice {
            text = {
              en = "(Apologise, in the director's name and in the same words on Facebook, on Twitter and to the press: we are sorry for an ad that, at a painful time, pointed at Campania and its farmers; we stand by traceability, not by that framing. Pause the ad, and announce a concrete gesture of support for Campania's honest growers, agreed with their associations.)",
              it = "(Chiedi scusa, a nome del direttore e con le stesse parole su Facebook, su Twitter e alla stampa: ci dispiace per una pubblicità che, in un momento doloroso, ha puntato il dito contro la Campania e i suoi agricoltori; difendiamo la tracciabilità, non quell'impostazione. Sospendi la pagina e annuncia un gesto concreto di sostegno ai produttori onesti della Campania, concordato con le loro associazioni.)",
            },
            empathy = 10, policy = 9,
            tags = { "apologise-sincerely", "recover-fast", "own-it", "listen" },
            follows = { 3 },
            effects = { audience = -20 },
            feedback = {
              en = "A specific apology for the framing, one voice on every channel, the ad paused and a gesture that helps the people who were hurt. Late, but it gives the story an end.",
              it = "Scuse precise per l'impostazione, una sola voce su tutti i canali, la pagina sospesa e un gesto che aiuta chi è stato colpito. Tardi, ma dà alla storia una fine.",
            },
            next = "alt-apology",
          },
          choice {
            real = true,
            text = {
              en = "(Issue a short clarification: it was not our intention to create discrimination or controversy; the ad was meant to answer consumers' questions about where our tomatoes come from. No apology; the ad stays.)",
              it = "(Diffondi una breve precisazione: non era nostra intenzione creare discriminazioni o polemiche; l'annuncio voleva rispondere alle domande dei consumatori sulla provenienza del nostro pomodoro. Niente scuse; la pagina resta.)",
            },
            empathy = 3, policy = 3,
            tags = { "apologise-sincerely", "recover-fast" },
            effects = { audience = 10 },
            feedback = {
              en = "'No intention' talks about what the brand meant, not about what people felt. Without an apology, the request from a minister stays open, and others pick it up.",
              it = "'Non era nostra intenzione' parla di ciò che voleva il marchio, non di ciò che hanno provato le persone. Senza scuse, la richiesta di una ministra resta aperta, e altri la raccolgono.",
            },
            next = "naples",
          },
          choice {
            text = {
              en = "We're sorry if anyone felt offended by our ad. Pomì has always respected every region of Italy.",
              it = "Ci scusiamo se qualcuno si è sentito offeso dalla nostra pubblicità. Pomì ha sempre rispettato tutte le regioni d'Italia.",
            },
            empathy = 2, policy = 2,
            tags = { "apologise-sincerely" },
            effects = { audience = 10 },
            feedback = {
              en = "'If anyone felt offended' puts the problem on the people who were hurt, and it is the kind of apology the next article quotes. Apologise for the ad, not for the feelings.",
              it = "'Se qualcuno si è sentito offeso' scarica il problema su chi è stato ferito, ed è il tipo di scuse che il prossimo articolo cita. Scusati per la pubblicità, non per i sentimenti altrui.",
            },
            next = "alt-vague",
          },
          choice {
            text = {
              en = "(Hit back: share the Lombardy councillor's defence and say the real prejudice is against Northern producers.)",
              it = "(Contrattacca: condividi la difesa dell'assessore lombardo e di' che il vero pregiudizio è contro i produttori del Nord.)",
            },
            empathy = 0, policy = 0,
            tags = { "not-personal", "listen" },
            breaks = { 3 },
            effects = { audience = 25 },
            feedback = {
              en = "Turning a brand's mistake into a North-against-South fight makes the brand a side in it. Never pick a fight with the people you are trying to sell to.",
              it = "Trasformare l'errore di un marchio in una lite Nord contro Sud fa del marchio una delle parti. Mai litigare con le persone a cui vuoi vendere.",
            },
            next = "naples",
          },
        },
      },
    },

    beat {
      id = "alt-apology",
      alternative = true,
      posts = {
        post { from = "alt_user", at = "2h", text = {
          en = "Apology noted. I'll believe the support for Campania's farmers when I see it.",
          it = "Scuse prese in nota. Al sostegno per gli agricoltori campani crederò quando lo vedrò.",
        } },
      },
      ending = ending { outcome = "contained", text = {
        en = "What might have happened: the Minister's request is answered, the political row loses its target, and the boycott calls fade without a refusal to keep them going. Some consumers in the South do not come back.",
        it = "Ciò che sarebbe potuto accadere: la richiesta della ministra trova risposta, la polemica politica perde il suo bersaglio e gli inviti al boicottaggio si spengono senza un rifiuto che li alimenti. Una parte dei consumatori del Sud non torna.",
      } },
    },

    beat {
      id = "alt-vague",
      alternative = true,
      posts = {
        post { from = "alt_user", at = "1h", text = {
          en = "\"If anyone felt offended\"? The whole South felt it. That's not an apology.",
          it = "«Se qualcuno si è sentito offeso»? Si è sentito offeso tutto il Sud. Queste non sono scuse.",
        } },
      },
      ending = ending { outcome = "escalated", text = {
        en = "What might have happened: the half-apology is quoted next to the Minister's words, and the boycott calls go on with a new screenshot to share.",
        it = "Ciò che sarebbe potuto accadere: le mezze scuse finiscono citate accanto alle parole della ministra, e gli inviti al boicottaggio continuano con un nuovo screenshot da condividere.",
      } },
    },

    ---------------------------------------------------------------- what followed
    beat {
      id = "naples",
      posts = {
        post { from = "fanpage", stamp = "2013-11-07", source = "PO10",
          uncertain = {
            en = "A few days after the ad; the exact day is not known.",
            it = "Pochi giorni dopo la pubblicità; il giorno esatto non è noto.",
          },
          original = "Pizza? No Pomì. In questo locale non si usa la salsa padana",
          text = {
            en = "(Naples, Via dei Tribunali: the Sorbillo pizzeria and a Green Party activist put up a sign and serve a margherita with 'No Pomì' written in mozzarella. They call for a boycott until the company apologises, as Barilla's management did.) Pizza? No Pomì. This place doesn't use Po-Valley sauce.",
            it = "(Napoli, via dei Tribunali: la pizzeria Sorbillo e un attivista dei Verdi espongono un cartello e sfornano una margherita con «No Pomì» scritto con la mozzarella. Chiedono il boicottaggio finché l'azienda non chiederà scusa, come hanno fatto i vertici di Barilla.) Pizza? No Pomì. In questo locale non si usa la salsa padana.",
          } },
      },
      next = "end-real",
    },

    beat {
      id = "end-real",
      ending = ending { outcome = "crisis", text = {
        en = "What actually happened: no apology and no withdrawal were found. The ad became a national political story, condemned by the Campania Region, an MP and the Agriculture Minister and defended in Lombardy, and Naples answered with a 'No Pomì' pizza.",
        it = "Com'è andata davvero: non risultano né scuse né ritiro. La pubblicità è diventata un caso politico nazionale, condannata dalla Regione Campania, da un deputato e dalla ministra dell'Agricoltura e difesa in Lombardia, e Napoli ha risposto con la pizza «No Pomì».",
      } },
    },
  },
}
