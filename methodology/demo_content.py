"""Demo content for guides and research, in Dutch with the English next to it.

Every text is a (Dutch, English) pair; `methodology.demo` builds the Dutch page from the first
element and the wagtail-localize translation from the pair. Guide content follows the phases in the
domain brief; organisations, people and publications are examples (marked as such on the site).
"""

GUIDE_INDEX = {
    "title": ("Handleidingen voor organisaties", "Guides for organisations"),
    "intro": (
        "Wil je in je organisatie met leerambassadeurs werken? Deze handleidingen helpen je stap voor stap, "
        "van het eerste gesprek tot het vastleggen in beleid.",
        "Do you want to work with learning ambassadors in your organisation? These guides help you step by step, "
        "from the first conversation to anchoring it in policy.",
    ),
    "search_description": (
        "Handleidingen per fase, sector en niveau om met leerambassadeurs te starten.",
        "Guides by phase, sector and level for starting with learning ambassadors.",
    ),
}

SELF_ASSESSMENT = {
    "title": ("Starten met leerambassadeurs", "Getting started with learning ambassadors"),
    "intro": (
        "Beantwoord zes korte vragen over je organisatie. Je ziet meteen waar je het beste kunt beginnen en welke "
        "handleidingen je eerst leest.",
        "Answer six short questions about your organisation. You will see straight away where best to start and "
        "which guides to read first.",
    ),
    "privacy_text": (
        "<p>We bewaren je antwoorden alleen als je hieronder aanvinkt dat we contact mogen opnemen. "
        "We gebruiken je gegevens alleen voor dat contact en verwijderen ze na een jaar.</p>",
        "We only keep your answers if you tick below that we may contact you. "
        "We use your details only for that contact and delete them after one year.",
    ),
    "contact_text": (
        "<p>Binnen vijf werkdagen mailt of belt iemand van het projectteam je.</p>",
        "Within five working days someone from the project team will e-mail or call you.",
    ),
}

RESEARCH_INDEX = {
    "title": ("Onderzoek", "Research"),
    "intro": (
        "Een hogeschool volgt vier jaar lang 20 organisaties die met leerambassadeurs werken. "
        "Hier vind je de artikelen, rapporten, factsheets en presentaties.",
        "A university of applied sciences follows 20 organisations working with learning ambassadors for four years. "
        "Here you find the articles, reports, factsheets and presentations.",
    ),
    "search_description": (
        "Publicaties uit het onderzoek naar leerambassadeurs.",
        "Publications from the research on learning ambassadors.",
    ),
}

THEMES = [
    ("reach", "Bereik en werving", "Reach and recruitment"),
    ("ambassador-role", "Rol van de ambassadeur", "The ambassador's role"),
    ("collaboration", "Samenwerking met werkgever en OR", "Working with employer and works council"),
    ("sustainment", "Borging", "Sustainment"),
    ("effect", "Effect op leren", "Effect on learning"),
]

EXAMPLE_NOTE = (
    "Let op: dit is voorbeeldinhoud. De namen en cijfers laten zien hoe een publicatie op deze website eruitziet.",
    "Please note: this is example content. The names and figures show what a publication looks like on this website.",
)

# slug -> fields. Authors are examples; DOIs use the 10.5555 prefix that is reserved for examples.
PUBLICATIONS = [
    {
        "slug": "tussenrapportage-procesevaluatie-2025",
        "title": (
            "Leerambassadeurs in beeld: tussenrapportage van de procesevaluatie",
            "Learning ambassadors in view: interim report of the process evaluation",
        ),
        "type": "report",
        "date": (2025, 9, 15),
        "authors": [("Janssen", "Marloes"), ("El Amrani", "Samira"), ("de Boer", "Thijs")],
        "source": "Hogeschool, lectoraat Leren tijdens de beroepsloopbaan",
        "doi": "10.5555/leerambassadeurs.2025.01",
        "sectors": [],
        "themes": ["reach", "ambassador-role", "collaboration"],
        "abstract": (
            "In dit rapport kijken we naar het eerste jaar. Hoe zijn de organisaties begonnen, wie werden ambassadeur "
            "en hoeveel collega's kregen een gesprek? Ambassadeurs met vaste uren voerden twee keer zoveel gesprekken "
            "als ambassadeurs zonder afspraken over tijd.",
            "This report looks at the first year. How did the organisations start, who became an ambassador and how "
            "many colleagues had a conversation? Ambassadors with set hours held twice as many conversations as "
            "ambassadors without agreements on time.",
        ),
        "body": [
            ("heading", ("Wat hebben we onderzocht?", "What did we study?")),
            (
                "paragraph",
                (
                    "We volgden de uitvoering in alle deelnemende organisaties: hoe trouw aan de opzet, hoeveel "
                    "activiteiten en hoeveel collega's bereikt. We spraken ambassadeurs, leidinggevenden, HR en de OR.",
                    "We followed the implementation in all participating organisations: how faithful to the design, how "
                    "many activities and how many colleagues reached. We talked to ambassadors, line managers, HR and the "
                    "works council.",
                ),
            ),
            ("heading", ("Belangrijkste uitkomsten", "Main findings")),
            (
                "paragraph",
                (
                    "Uren en een duidelijke rolbeschrijving maken het verschil. Ambassadeurs die niet in de lijn werken, "
                    "worden sneller vertrouwd. Leidinggevenden die goed zijn ingelicht, geven vaker ruimte.",
                    "Hours and a clear role description make the difference. Ambassadors who do not work in line "
                    "management are trusted sooner. Line managers who are well informed give room more often.",
                ),
            ),
        ],
    },
    {
        "slug": "wat-werkt-voor-wie-zorg",
        "title": (
            "Wat werkt voor wie? Leerambassadeurs in de zorg",
            "What works for whom? Learning ambassadors in care",
        ),
        "type": "article",
        "date": (2025, 4, 2),
        "authors": [("El Amrani", "Samira"), ("Janssen", "Marloes")],
        "source": "Tijdschrift voor Leren en Werken (voorbeeld)",
        "source_details": "4(2), 15–29",
        "doi": "10.5555/tlw.2025.0042",
        "sectors": ["care"],
        "themes": ["ambassador-role", "effect"],
        "abstract": (
            "Een realistische evaluatie in drie zorgorganisaties. Ambassadeurs bereiken collega's vooral in korte "
            "gesprekken tijdens de overdracht. Onregelmatige diensten maken groepsactiviteiten moeilijk.",
            "A realist evaluation in three care organisations. Ambassadors mainly reach colleagues in short "
            "conversations during shift handovers. Irregular shifts make group activities difficult.",
        ),
        "body": [
            (
                "paragraph",
                (
                    "We vroegen: wat werkt voor wie, en in welke omstandigheden? In de zorg is vertrouwen het belangrijkste "
                    "mechanisme. Een collega die zelf een opleiding heeft gedaan, maakt leren gewoon.",
                    "We asked: what works for whom, and in which circumstances? In care, trust is the main mechanism. "
                    "A colleague who has completed a course makes learning normal.",
                ),
            ),
        ],
    },
    {
        "slug": "factsheet-leren-praktisch-opgeleiden",
        "title": (
            "Factsheet: leren van praktisch opgeleide werknemers",
            "Factsheet: learning among practically educated workers",
        ),
        "type": "factsheet",
        "date": (2024, 11, 20),
        "authors": [("Projectteam Leerambassadeurs", "")],
        "source": "Projectteam Leerambassadeurs",
        "doi": "",
        "url": "",
        "sectors": [],
        "themes": ["reach"],
        "abstract": (
            "Op één pagina: wie volgt er een cursus en wie niet? In 2018 volgde 25% van de hoogopgeleiden een cursus, "
            "tegen 10% van de laagopgeleiden (CBS). Het STAP-budget is in 2024 gestopt.",
            "On one page: who takes a course and who does not? In 2018, 25% of highly educated people took a course, "
            "against 10% of the low-educated (CBS). The STAP budget stopped in 2024.",
        ),
        "body": [
            (
                "paragraph",
                (
                    "Praktisch opgeleide werknemers leren minder vaak via cursussen. Drempels zijn tijd, geld, "
                    "slechte ervaringen op school en niet weten wat er kan. Sectorfondsen (O&O-fondsen) betalen vaak mee.",
                    "Practically educated workers learn less often through courses. Barriers are time, money, bad "
                    "experiences at school and not knowing what is possible. Sector training funds often contribute.",
                ),
            ),
        ],
    },
    {
        "slug": "lessen-uit-union-learning-reps",
        "title": (
            "Lessen uit het Verenigd Koninkrijk: union learning reps",
            "Lessons from the United Kingdom: union learning reps",
        ),
        "type": "presentation",
        "date": (2024, 6, 12),
        "authors": [("de Boer", "Thijs")],
        "source": "Landelijke dag leerambassadeurs",
        "doi": "",
        "url": "",
        "sectors": [],
        "themes": ["sustainment", "ambassador-role"],
        "abstract": (
            "Sinds 2003 hebben union learning reps in het Verenigd Koninkrijk recht op betaald verlof voor hun rol. "
            "Toen het fonds in 2021 stopte, viel veel ondersteuning weg. Les: leg de rol vast buiten één subsidie.",
            "Since 2003, union learning reps in the United Kingdom have had a right to paid time off for their role. "
            "When the fund stopped in 2021, much of the support disappeared. Lesson: anchor the role beyond one subsidy.",
        ),
        "body": [
            (
                "paragraph",
                (
                    "Het aantal getrainde reps groeide van 730 in 1999 naar 18.000 in 2007. Evaluaties lieten zien dat "
                    "vakbonden collega's bereiken die anders niet gaan leren.",
                    "The number of trained reps grew from 730 in 1999 to 18,000 in 2007. Evaluations showed that unions "
                    "reach colleagues who would otherwise not start learning.",
                ),
            ),
        ],
    },
    {
        "slug": "factsheet-borging-na-de-subsidie",
        "title": ("Factsheet: wat blijft er na de subsidie?", "Factsheet: what remains after the subsidy?"),
        "type": "factsheet",
        "date": (2025, 12, 1),
        "authors": [("Visser", "Anouk"), ("Janssen", "Marloes")],
        "source": "Hogeschool, lectoraat Leren tijdens de beroepsloopbaan",
        "doi": "",
        "url": "",
        "sectors": ["cleaning", "metal-and-engineering"],
        "themes": ["sustainment", "collaboration"],
        "abstract": (
            "Vijf dingen die organisaties doen om leerambassadeurs te houden: een eigen budget, afspraken in de cao, "
            "opvolgers op tijd, intervisie en een vaste plek in het HR-beleid.",
            "Five things organisations do to keep learning ambassadors: their own budget, agreements in the collective "
            "agreement, successors in time, intervision and a fixed place in HR policy.",
        ),
        "body": [],
    },
]

# Guides, one per phase and two sector variants. Body parts: steps, checklist, tips, example.
GUIDES = [
    {
        "slug": "verkennen-draagvlak",
        "phase": "explore",
        "level": "meso",
        "sectors": [],
        "reviewed": (2025, 10, 1),
        "title": ("Verkennen: draagvlak in je organisatie", "Exploring: building support in your organisation"),
        "intro": (
            "Voordat je begint, wil je weten of directie, HR en ondernemingsraad achter het plan staan. "
            "Deze handleiding helpt je met de eerste gesprekken.",
            "Before you start, you want to know whether management, HR and the works council support the plan. "
            "This guide helps you with the first conversations.",
        ),
        "steps": [
            (
                ("Peil de belangstelling", "Gauge interest"),
                (
                    "Praat met een paar medewerkers van de werkvloer. Willen zij meer leren? Wat houdt hen tegen?",
                    "Talk to a few shop-floor employees. Do they want to learn more? What holds them back?",
                ),
                ("HR of een projectleider", "HR or a project lead"),
            ),
            (
                ("Zorg dat directie, HR en OR meedoen", "Get management, HR and the works council on board"),
                (
                    "Leg uit wat een leerambassadeur doet en wat het kost. Vraag om een besluit op papier.",
                    "Explain what a learning ambassador does and what it costs. Ask for a decision in writing.",
                ),
                ("De directie", "Management"),
            ),
            (
                (
                    "Kijk wat de cao en het O&O-fonds bieden",
                    "Check what the collective agreement and the training fund offer",
                ),
                (
                    "Veel sectorfondsen betalen mee aan opleidingen of aan uren voor ambassadeurs.",
                    "Many sector training funds contribute to training or to hours for ambassadors.",
                ),
                ("HR", "HR"),
            ),
        ],
        "checklist": [
            ("Directie heeft ja gezegd", "Management has said yes"),
            ("De OR is geïnformeerd en positief", "The works council is informed and positive"),
            ("We weten wat het O&O-fonds betaalt", "We know what the training fund pays for"),
            ("Er is één contactpersoon voor het project", "There is one contact person for the project"),
        ],
        "tips": [
            ("tip", ("Begin klein: één afdeling of één locatie.", "Start small: one department or one site.")),
            (
                "pitfall",
                (
                    "Zie leerambassadeurs niet als goedkope vervanging van HR of een opleidingsadviseur.",
                    "Do not see learning ambassadors as a cheap replacement for HR or a training adviser.",
                ),
            ),
        ],
        "example": (
            "Gemeente Voorbeeld",
            ("Overheid (gemeenten)", "Government (municipalities)"),
            (
                "Deze gemeente koos tien ambassadeurs, één per afdeling. Ze voerden gesprekken bij de koffieautomaat.",
                "This municipality chose ten ambassadors, one per department. They held conversations at the coffee machine.",
            ),
            (
                "Het begon met een kop koffie en een eerlijk verhaal.",
                "It started with a cup of coffee and an honest story.",
            ),
        ),
        "evidence": (
            "Organisaties waar directie en OR vanaf het begin meededen, kwamen sneller op gang.",
            "Organisations where management and works council took part from the start got going faster.",
        ),
        "publications": ["tussenrapportage-procesevaluatie-2025"],
        "downloads": [],
    },
    {
        "slug": "voorbereiden-rol-en-uren",
        "phase": "prepare",
        "level": "meso",
        "sectors": [],
        "reviewed": (2025, 10, 1),
        "title": ("Voorbereiden: rol, uren en afspraken", "Preparing: role, hours and agreements"),
        "intro": (
            "Een ambassadeur heeft tijd en duidelijke afspraken nodig. Hier lees je wat je vooraf regelt.",
            "An ambassador needs time and clear agreements. Here you read what to arrange beforehand.",
        ),
        "steps": [
            (
                ("Schrijf een rolbeschrijving", "Write a role description"),
                (
                    "Wat doet de ambassadeur wel en niet? Gebruik het sjabloon hieronder.",
                    "What does the ambassador do and not do? Use the template below.",
                ),
                ("HR", "HR"),
            ),
            (
                ("Spreek uren af", "Agree on hours"),
                (
                    "Spreek een vast aantal uren per maand af, bijvoorbeeld vier. Zet ze in het rooster.",
                    "Agree on a fixed number of hours per month, for example four. Put them in the rota.",
                ),
                ("Leidinggevende en HR", "Line manager and HR"),
            ),
            (
                ("Maak afspraken over privacy", "Make agreements on privacy"),
                (
                    "Wat de ambassadeur hoort, blijft vertrouwelijk. Leg vast wat wel en niet wordt geregistreerd.",
                    "What the ambassador hears stays confidential. Record what is and is not registered.",
                ),
                ("HR en OR", "HR and works council"),
            ),
            (
                ("Meet de beginsituatie", "Measure the starting point"),
                (
                    "Hoeveel collega's volgen nu een opleiding? Dan kun je later zien wat er veranderd is.",
                    "How many colleagues are in training now? Then you can see later what has changed.",
                ),
                ("HR", "HR"),
            ),
        ],
        "checklist": [
            ("Rolbeschrijving is klaar", "Role description is ready"),
            ("Uren staan in het rooster", "Hours are in the rota"),
            ("Privacyafspraken zijn op papier gezet", "Privacy agreements are written down"),
            ("Beginsituatie is gemeten", "Starting point is measured"),
        ],
        "tips": [
            (
                "tip",
                ("Laat de OR meelezen met de rolbeschrijving.", "Let the works council read the role description."),
            ),
            (
                "pitfall",
                (
                    "Uren die niet in het rooster staan, worden niet gebruikt.",
                    "Hours that are not in the rota do not get used.",
                ),
            ),
        ],
        "example": (
            "Helder Schoonmaak (voorbeeld)",
            ("Schoonmaak", "Cleaning"),
            (
                "Het bedrijf gaf elke ambassadeur vier uur per maand, ingeroosterd op vaste dagen.",
                "The company gave every ambassador four hours a month, scheduled on fixed days.",
            ),
            ("", ""),
        ),
        "evidence": (
            "Ambassadeurs met vaste uren voerden twee keer zoveel gesprekken.",
            "Ambassadors with set hours held twice as many conversations.",
        ),
        "publications": ["tussenrapportage-procesevaluatie-2025"],
        "downloads": ["role", "hours"],
    },
    {
        "slug": "werven-en-selecteren",
        "phase": "recruit",
        "level": "micro",
        "sectors": [],
        "reviewed": (2025, 9, 1),
        "title": (
            "Werven en selecteren: de juiste ambassadeurs vinden",
            "Recruiting and selecting: finding the right ambassadors",
        ),
        "intro": (
            "Een goede ambassadeur heeft een eigen leerverhaal, wordt vertrouwd en is geen leidinggevende.",
            "A good ambassador has their own learning story, is trusted and is not a line manager.",
        ),
        "steps": [
            (
                ("Vertel wat de rol inhoudt", "Explain what the role involves"),
                (
                    "Gebruik werkoverleg en een korte tekst op het prikbord. Noem de uren en de opleiding.",
                    "Use team meetings and a short text on the notice board. Mention the hours and the training.",
                ),
                ("Projectleider", "Project lead"),
            ),
            (
                ("Vraag collega's om namen", "Ask colleagues for names"),
                (
                    "Wie zou jij vertrouwen als je over leren wilt praten? Zo vind je de mensen die collega's echt bereiken.",
                    "Who would you trust to talk about learning? This way you find the people who really reach colleagues.",
                ),
                ("Ambassadeurs en collega's", "Ambassadors and colleagues"),
            ),
            (
                ("Voer een kennismakingsgesprek", "Hold an introductory conversation"),
                (
                    "Vraag naar hun eigen leerverhaal en hun motivatie. Het is geen sollicitatie.",
                    "Ask about their own learning story and their motivation. It is not a job interview.",
                ),
                ("HR en een ervaren ambassadeur", "HR and an experienced ambassador"),
            ),
        ],
        "checklist": [
            ("Kandidaten hebben een eigen leerverhaal", "Candidates have their own learning story"),
            ("Geen leidinggevenden", "No line managers"),
            ("Verspreid over afdelingen en ploegen", "Spread over departments and shifts"),
        ],
        "tips": [
            (
                "tip",
                (
                    "Kies liever twee ambassadeurs per locatie dan één.",
                    "Rather choose two ambassadors per site than one.",
                ),
            ),
            (
                "pitfall",
                (
                    "Kies niet alleen de mensen die al graag leren. Juist iemand die drempels kent, wordt vertrouwd.",
                    "Do not only choose people who already like learning. Someone who knows the barriers is trusted.",
                ),
            ),
        ],
        "example": None,
        "evidence": (
            "Ambassadeurs die niet in de lijn werken, worden sneller vertrouwd.",
            "Ambassadors who do not work in line management are trusted sooner.",
        ),
        "publications": ["tussenrapportage-procesevaluatie-2025", "lessen-uit-union-learning-reps"],
        "downloads": [],
    },
    {
        "slug": "werven-en-selecteren-zorg",
        "phase": "recruit",
        "level": "micro",
        "sectors": ["care"],
        "reviewed": (2025, 9, 1),
        "title": ("Werven in de zorg: ambassadeurs in alle diensten", "Recruiting in care: ambassadors on every shift"),
        "intro": (
            "In de zorg werken mensen in wisselende diensten. Zorg dat er in elke dienst een ambassadeur te vinden is.",
            "In care, people work changing shifts. Make sure there is an ambassador to be found on every shift.",
        ),
        "steps": [
            (
                ("Kijk naar de roosters", "Look at the rotas"),
                (
                    "Zoek kandidaten in dag-, avond- en nachtdiensten, en op verschillende locaties.",
                    "Look for candidates on day, evening and night shifts, and at different sites.",
                ),
                ("Teamleider en HR", "Team leader and HR"),
            ),
            (
                ("Gebruik de overdracht", "Use the handover"),
                (
                    "Vertel bij de overdracht kort over de rol. Daar zijn de meeste collega's tegelijk.",
                    "Briefly explain the role at the handover. That is when most colleagues are together.",
                ),
                ("Projectleider", "Project lead"),
            ),
        ],
        "checklist": [
            ("Elke dienst heeft een ambassadeur", "Every shift has an ambassador"),
            ("Ook helpenden en medewerkers facilitair doen mee", "Care assistants and facility staff take part too"),
        ],
        "tips": [
            (
                "pitfall",
                (
                    "Een ambassadeur die alleen dagdiensten werkt, ziet de nachtploeg nooit.",
                    "An ambassador who only works day shifts never sees the night team.",
                ),
            ),
        ],
        "example": (
            "Zorggroep De Linde (voorbeeld)",
            ("Zorg en welzijn", "Health and social care"),
            (
                "Zes ambassadeurs, verdeeld over drie locaties en alle diensten.",
                "Six ambassadors, spread over three sites and all shifts.",
            ),
            ("In de nacht is er tijd voor een echt gesprek.", "At night there is time for a real conversation."),
        ),
        "evidence": (
            "Korte gesprekken tijdens de overdracht werken goed in de zorg.",
            "Short conversations during handover work well in care.",
        ),
        "publications": ["wat-werkt-voor-wie-zorg"],
        "downloads": [],
    },
    {
        "slug": "opleiden-ambassadeurs",
        "phase": "train",
        "level": "micro",
        "sectors": [],
        "reviewed": (2025, 8, 15),
        "title": (
            "Opleiden: het ontwikkelprogramma en de leidinggevenden",
            "Training: the development programme and line managers",
        ),
        "intro": (
            "Ambassadeurs volgen het ontwikkelprogramma. Leidinggevenden krijgen een korte uitleg, zodat zij ruimte geven.",
            "Ambassadors follow the development programme. Line managers get a short briefing so they make room.",
        ),
        "steps": [
            (
                ("Plan het ontwikkelprogramma", "Plan the development programme"),
                (
                    "Acht modules, samen ongeveer 20 uur. Plan de bijeenkomsten in werktijd.",
                    "Eight modules, about 20 hours in total. Plan the sessions during working hours.",
                ),
                ("HR", "HR"),
            ),
            (
                ("Licht leidinggevenden in", "Brief line managers"),
                (
                    "Een uur is genoeg: wat doet de ambassadeur, waarom is het belangrijk en hoe geef je ruimte?",
                    "One hour is enough: what does the ambassador do, why does it matter and how do you make room?",
                ),
                ("Projectleider", "Project lead"),
            ),
            (
                ("Zoek een intervisiegroep", "Find an intervision group"),
                (
                    "Ambassadeurs leren veel van elkaar. Regionale intervisie helpt vooral kleine organisaties.",
                    "Ambassadors learn a lot from each other. Regional intervision especially helps small organisations.",
                ),
                ("Ambassadeurs", "Ambassadors"),
            ),
        ],
        "checklist": [
            ("Alle ambassadeurs zijn ingeschreven", "All ambassadors are registered"),
            ("Leidinggevenden zijn ingelicht", "Line managers are briefed"),
            ("Intervisie is gepland", "Intervision is planned"),
        ],
        "tips": [
            (
                "tip",
                (
                    "Laat een ambassadeur uit een andere organisatie vertellen hoe het gaat.",
                    "Let an ambassador from another organisation tell how it is going.",
                ),
            ),
        ],
        "example": None,
        "evidence": (
            "Leidinggevenden die goed zijn ingelicht, geven vaker ruimte.",
            "Line managers who are well informed give room more often.",
        ),
        "publications": ["tussenrapportage-procesevaluatie-2025"],
        "downloads": [],
    },
    {
        "slug": "inzetten-gesprekken-en-activiteiten",
        "phase": "deploy",
        "level": "micro",
        "sectors": [],
        "reviewed": (2025, 11, 3),
        "title": (
            "Inzetten: gesprekken, doorverwijzen en activiteiten",
            "Deploying: conversations, referrals and activities",
        ),
        "intro": (
            "Nu gaat het echt beginnen. Ambassadeurs voeren gesprekken, verwijzen door en organiseren activiteiten.",
            "Now it really starts. Ambassadors hold conversations, refer colleagues and organise activities.",
        ),
        "steps": [
            (
                ("Begin met gesprekken", "Start with conversations"),
                (
                    "Korte, gewone gesprekken op de werkvloer werken het best. Vraag wat iemand zou willen leren.",
                    "Short, everyday conversations on the shop floor work best. Ask what someone would like to learn.",
                ),
                ("Ambassadeur", "Ambassador"),
            ),
            (
                ("Verwijs goed door", "Refer well"),
                (
                    "Naar HR, het O&O-fonds, ontwikkeladvies of een opleider. Vraag later hoe het ging.",
                    "To HR, the training fund, development advice or a provider. Ask later how it went.",
                ),
                ("Ambassadeur", "Ambassador"),
            ),
            (
                ("Houd bij wat er gebeurt", "Keep track of what happens"),
                (
                    "Noteer gesprekken en doorverwijzingen in het activiteitenlogboek, zonder namen van collega's.",
                    "Record conversations and referrals in the activity log, without colleagues' names.",
                ),
                ("Ambassadeur", "Ambassador"),
            ),
            (
                ("Neem drempels weg", "Remove barriers"),
                (
                    "Tijd, geld of oppas? Bespreek met de coördinator wat de organisatie kan doen.",
                    "Time, money or childcare? Discuss with the coordinator what the organisation can do.",
                ),
                ("Coördinator", "Coordinator"),
            ),
        ],
        "checklist": [
            ("Ambassadeurs gebruiken hun uren", "Ambassadors use their hours"),
            ("Doorverwijzen naar HR en O&O-fonds is geregeld", "Referral to HR and the training fund is arranged"),
            ("Activiteiten worden bijgehouden", "Activities are recorded"),
        ],
        "tips": [
            (
                "tip",
                (
                    "Vier successen: een certificaat op het prikbord doet veel.",
                    "Celebrate successes: a certificate on the notice board goes a long way.",
                ),
            ),
            (
                "pitfall",
                (
                    "Een ambassadeur is geen loopbaanadviseur. Verwijs door als het ingewikkeld wordt.",
                    "An ambassador is not a career adviser. Refer on when it gets complicated.",
                ),
            ),
        ],
        "example": (
            "Metaalbedrijf Voorbeeld",
            ("Metaal en techniek", "Metal and engineering"),
            (
                "De ambassadeurs hielden een inloopspreekuur in de kantine, elke eerste dinsdag van de maand.",
                "The ambassadors held a drop-in hour in the canteen, every first Tuesday of the month.",
            ),
            ("", ""),
        ),
        "evidence": (
            "Vertrouwen is het belangrijkste mechanisme: een collega maakt leren gewoon.",
            "Trust is the main mechanism: a colleague makes learning normal.",
        ),
        "publications": ["wat-werkt-voor-wie-zorg", "factsheet-leren-praktisch-opgeleiden"],
        "downloads": [],
    },
    {
        "slug": "inzetten-schoonmaak",
        "phase": "deploy",
        "level": "micro",
        "sectors": ["cleaning"],
        "reviewed": (2025, 11, 3),
        "title": (
            "Inzetten in de schoonmaak: verspreide objecten en vroege diensten",
            "Deploying in cleaning: scattered sites and early shifts",
        ),
        "intro": (
            "Schoonmakers werken vaak alleen of in kleine groepen, vroeg of laat, op verschillende objecten. "
            "Zo bereik je hen toch.",
            "Cleaners often work alone or in small groups, early or late, at different sites. This is how you still reach them.",
        ),
        "steps": [
            (
                ("Ga naar de objecten toe", "Go to the sites"),
                (
                    "Plan bezoeken aan het begin of einde van een dienst. Neem koffie mee.",
                    "Plan visits at the start or end of a shift. Bring coffee.",
                ),
                ("Ambassadeur", "Ambassador"),
            ),
            (
                ("Denk aan taal", "Think about language"),
                (
                    "Niet iedereen leest goed Nederlands. Praat liever dan dat je folders uitdeelt.",
                    "Not everyone reads Dutch well. Talk rather than hand out leaflets.",
                ),
                ("Ambassadeur", "Ambassador"),
            ),
        ],
        "checklist": [
            ("Bezoekrooster voor objecten", "Visit schedule for sites"),
            ("Informatie in eenvoudige taal", "Information in plain language"),
        ],
        "tips": [
            (
                "tip",
                (
                    "Het sectorfonds voor de schoonmaak betaalt vaak taal- en vakcursussen.",
                    "The cleaning sector fund often pays for language and vocational courses.",
                ),
            ),
        ],
        "example": (
            "Helder Schoonmaak (voorbeeld)",
            ("Schoonmaak", "Cleaning"),
            (
                "Twee ambassadeurs bezochten in een halfjaar 14 objecten en spraken 85 collega's.",
                "Two ambassadors visited 14 sites in six months and talked to 85 colleagues.",
            ),
            (
                "Ik was zelf ook bang voor school. Dat vertel ik gewoon.",
                "I was afraid of school myself. I just tell them that.",
            ),
        ),
        "evidence": (
            "Praktisch opgeleide werknemers noemen tijd en slechte schoolervaringen als drempel.",
            "Practically educated workers name time and bad school experiences as barriers.",
        ),
        "publications": ["factsheet-leren-praktisch-opgeleiden"],
        "downloads": [],
    },
    {
        "slug": "borgen-na-het-project",
        "phase": "sustain",
        "level": "macro",
        "sectors": [],
        "reviewed": (2025, 12, 1),
        "title": (
            "Borgen: leerambassadeurs houden na het project",
            "Sustaining: keeping learning ambassadors after the project",
        ),
        "intro": (
            "Een rol die op één subsidie rust, verdwijnt als de subsidie stopt. Zo leg je de rol vast in beleid en afspraken.",
            "A role that rests on one subsidy disappears when the subsidy stops. This is how you anchor the role in policy and agreements.",
        ),
        "steps": [
            (
                ("Zet de rol in het HR-beleid", "Put the role in HR policy"),
                (
                    "Neem de rol en de uren op in het opleidingsplan en de functiebeschrijvingen.",
                    "Include the role and the hours in the training plan and job descriptions.",
                ),
                ("HR", "HR"),
            ),
            (
                ("Regel een eigen budget", "Arrange a budget of its own"),
                (
                    "Reserveer geld voor uren, opleiding en activiteiten, los van projectsubsidie.",
                    "Set aside money for hours, training and activities, separate from project subsidy.",
                ),
                ("Directie", "Management"),
            ),
            (
                ("Zorg voor opvolging", "Arrange succession"),
                (
                    "Werf elk jaar nieuwe ambassadeurs en laat ervaren ambassadeurs hen inwerken.",
                    "Recruit new ambassadors every year and let experienced ambassadors induct them.",
                ),
                ("Coördinator", "Coordinator"),
            ),
            (
                ("Praat met sociale partners", "Talk to the social partners"),
                (
                    "Afspraken in de cao en met het O&O-fonds maken de rol sterker dan één organisatie alleen.",
                    "Agreements in the collective agreement and with the training fund make the role stronger than one organisation alone.",
                ),
                ("Werkgever en vakbond", "Employer and union"),
            ),
        ],
        "checklist": [
            ("De rol staat in het HR-beleid", "The role is in HR policy"),
            ("Er is een eigen budget", "There is a budget of its own"),
            ("Er zijn opvolgers", "There are successors"),
            ("Het onderwerp staat op de cao-agenda", "The topic is on the collective bargaining agenda"),
        ],
        "tips": [
            (
                "pitfall",
                (
                    "In Engeland stopte het fonds in 2021 met weinig tijd vooraf. De ondersteuning viel daarna grotendeels weg.",
                    "In England the fund stopped in 2021 at short notice. Most of the support then disappeared.",
                ),
            ),
        ],
        "example": None,
        "evidence": (
            "Organisaties met een eigen budget en afspraken in de cao houden hun ambassadeurs vaker.",
            "Organisations with their own budget and agreements in the collective agreement keep their ambassadors more often.",
        ),
        "publications": ["lessen-uit-union-learning-reps", "factsheet-borging-na-de-subsidie"],
        "downloads": ["role"],
    },
]

DOCUMENTS = {
    "role": {
        "title": ("Sjabloon rolbeschrijving leerambassadeur", "Template role description learning ambassador"),
        "filename": "sjabloon-rolbeschrijving-leerambassadeur.txt",
        "description": ("Tekst om aan te passen voor je organisatie", "Text to adapt for your organisation"),
    },
    "hours": {
        "title": ("Planning uren leerambassadeurs", "Planning hours for learning ambassadors"),
        "filename": "planning-uren-leerambassadeurs.xlsx",
        "description": ("Rekenblad met uren per maand", "Spreadsheet with hours per month"),
    },
}

ROLE_TEMPLATE = """Rolbeschrijving leerambassadeur (sjabloon)

Wat doet de leerambassadeur?
- Praat met collega's over leren en ontwikkelen.
- Vertelt over opleidingen, het O&O-fonds en ontwikkeladvies.
- Verwijst door naar HR of een opleider.
- Helpt collega's die tijdens een opleiding vastlopen.

Wat doet de leerambassadeur niet?
- Beoordelen of leidinggeven.
- Vertellen wat collega's in vertrouwen hebben gezegd.

Uren: ... uur per maand, in werktijd.
Contactpersoon bij HR: ...
"""
