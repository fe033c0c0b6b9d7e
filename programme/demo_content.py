"""The development programme's demo content: 8 modules (domain brief, [P]) in plain Dutch (B1) with English.

Every text is a `T(dutch, english)` pair; `programme.demo` turns them into page fields plus the
translation map for `website.translation.translate_page`.
"""


class T(tuple):
    """A Dutch text and its English translation."""

    def __new__(cls, nl, en):
        return super().__new__(cls, (nl, en))

    @property
    def nl(self):
        return self[0]

    @property
    def en(self):
        return self[1]


# Block helpers: each returns (block_type, value) where texts are still T pairs.
def para(*texts):
    return ("paragraph", ("p", texts))


def bullets(*texts):
    return ("paragraph", ("ul", texts))


def callout(kind, text, title=None):
    return ("callout", {"kind": kind, "title": title or "", "text": ("p", (text,))})


def practice(text, duration=None):
    return (
        "practice",
        {"title": T("In de praktijk", "In practice"), "text": ("p", (text,)), "duration": duration or ""},
    )


def reflection(question, help_text=None):
    return ("reflection", {"question": question, "help_text": help_text or ""})


def check(question, *options):
    return (
        "knowledge_check",
        {
            "question": question,
            "options": [
                {"text": text, "is_correct": correct, "feedback": feedback} for text, correct, feedback in options
            ],
        },
    )


def quote(text, attribution):
    return ("quote", {"quote": text, "attribution": attribution})


def checklist(title, *items):
    return ("checklist", {"title": title, "items": list(items)})


def story(name, text):
    return ("story", {"name": name, "story": ("p", (text,)), "image": None})


PROGRAMME = {
    "title": T("Ontwikkelprogramma", "Development programme"),
    "intro": T(
        "Het online programma voor leerambassadeurs. Acht modules met korte lessen die je op je telefoon kunt volgen, "
        "bijvoorbeeld tussen twee diensten door.",
        "The online programme for learning ambassadors. Eight modules with short lessons you can follow on your phone, "
        "for example between two shifts.",
    ),
    "search_description": T(
        "Acht modules met korte lessen voor leerambassadeurs: je rol, het gesprek over leren, doorverwijzen en meer.",
        "Eight modules with short lessons for learning ambassadors: your role, talking about learning, referring and more.",
    ),
    "body": [
        para(
            T(
                "Als leerambassadeur help je collega's om weer te gaan leren. In dit programma leer je hoe je dat doet. "
                "Je werkt in je eigen tempo. Een les duurt meestal tien tot vijftien minuten.",
                "As a learning ambassador you help colleagues to start learning again. In this programme you learn how to do that. "
                "You work at your own pace. A lesson usually takes ten to fifteen minutes.",
            ),
            T(
                "Elke module begint en eindigt met een paar korte vragen over hoe zeker je je voelt. Zo zie je wat je hebt geleerd.",
                "Each module starts and ends with a few short questions about how confident you feel. That way you see what you have learned.",
            ),
        ),
    ],
}

MODULES = [
    {
        "slug": "de-rol-van-leerambassadeur",
        "title": T("De rol van leerambassadeur", "The ambassador role"),
        "intro": T(
            "Wat doet een leerambassadeur, en wat juist niet? In deze module ontdek je je rol en je eigen leerverhaal.",
            "What does a learning ambassador do, and what not? In this module you discover your role and your own learning story.",
        ),
        "goals": [
            T(
                "Je kunt in eigen woorden uitleggen wat een leerambassadeur doet.",
                "You can explain in your own words what a learning ambassador does.",
            ),
            T("Je kent de grenzen van je rol.", "You know the limits of your role."),
            T("Je kunt je eigen leerverhaal kort vertellen.", "You can briefly tell your own learning story."),
        ],
        "minutes": 40,
        "lessons": [
            {
                "slug": "wat-doe-je-wel-en-niet",
                "title": T("Wat doe je wel en niet", "What you do and don't do"),
                "intro": T(
                    "Je bent een collega die helpt, geen leidinggevende en geen docent.",
                    "You are a colleague who helps, not a manager and not a teacher.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Een leerambassadeur is een collega van de werkvloer. Je hebt zelf ervaren dat leren soms moeilijk is. "
                            "Daarom snap je goed waarom collega's twijfelen.",
                            "A learning ambassador is a colleague from the shop floor. You have experienced yourself that learning is sometimes hard. "
                            "That is why you understand well why colleagues hesitate.",
                        )
                    ),
                    bullets(
                        T(
                            "Je luistert naar collega's en vraagt wat ze willen leren.",
                            "You listen to colleagues and ask what they want to learn.",
                        ),
                        T(
                            "Je geeft informatie over opleidingen en regelingen.",
                            "You give information about courses and schemes.",
                        ),
                        T("Je verwijst door naar de juiste persoon.", "You refer people to the right person."),
                        T(
                            "Je moedigt aan als het leren moeilijk wordt.",
                            "You encourage people when learning gets hard.",
                        ),
                    ),
                    callout(
                        "pitfall",
                        T(
                            "Je beoordeelt collega's niet en je geeft geen les. Dat doen anderen.",
                            "You do not assess colleagues and you do not teach. Others do that.",
                        ),
                        T("Niet jouw taak", "Not your job"),
                    ),
                    check(
                        T(
                            "Een collega vraagt of jij haar werk wilt beoordelen voor haar functioneringsgesprek. Wat doe je?",
                            "A colleague asks you to assess her work for her performance review. What do you do?",
                        ),
                        (
                            T("Ik schrijf een beoordeling.", "I write an assessment."),
                            False,
                            T(
                                "Nee. Beoordelen hoort bij de leidinggevende. Als ambassadeur blijf je een collega.",
                                "No. Assessing is the manager's job. As an ambassador you remain a colleague.",
                            ),
                        ),
                        (
                            T(
                                "Ik leg uit dat dit niet mijn rol is en bied aan om samen over leren te praten.",
                                "I explain that this is not my role and offer to talk about learning together.",
                            ),
                            True,
                            T(
                                "Goed. Zo blijf je betrouwbaar en help je haar toch verder.",
                                "Right. That way you stay trustworthy and still help her along.",
                            ),
                        ),
                    ),
                ],
            },
            {
                "slug": "jouw-eigen-leerverhaal",
                "title": T("Jouw eigen leerverhaal", "Your own learning story"),
                "intro": T(
                    "Je eigen ervaring is je sterkste middel. Leer hoe je die kort vertelt.",
                    "Your own experience is your strongest tool. Learn how to tell it briefly.",
                ),
                "minutes": 15,
                "body": [
                    para(
                        T(
                            "Collega's vertrouwen iemand die hetzelfde heeft meegemaakt. Daarom is jouw eigen leerverhaal belangrijk. "
                            "Je hoeft geen perfect verhaal te hebben. Juist de moeilijke momenten maken het echt.",
                            "Colleagues trust someone who has been through the same thing. That is why your own learning story matters. "
                            "You do not need a perfect story. The hard moments are exactly what make it real.",
                        )
                    ),
                    story(
                        T("Fatima, schoonmaker en leerambassadeur", "Fatima, cleaner and learning ambassador"),
                        T(
                            "Ik dacht altijd dat school niets voor mij was. Op mijn 42e haalde ik toch mijn diploma. "
                            "Nu vertel ik dat aan collega's. Dan zie ik ze denken: als zij het kan, kan ik het ook.",
                            "I always thought school was not for me. At 42 I got my diploma after all. "
                            "Now I tell colleagues about it. Then I see them thinking: if she can do it, so can I.",
                        ),
                    ),
                    reflection(
                        T(
                            "Wat was voor jou het moment dat je besloot om weer te gaan leren?",
                            "What was the moment you decided to start learning again?",
                        ),
                        T(
                            "Schrijf het op in een paar zinnen. Dit is je eigen verhaal.",
                            "Write it down in a few sentences. This is your own story.",
                        ),
                    ),
                    practice(
                        T(
                            "Vertel je leerverhaal deze week aan één collega. Houd het kort: twee minuten is genoeg.",
                            "Tell your learning story to one colleague this week. Keep it short: two minutes is enough.",
                        ),
                        T("10 minuten", "10 minutes"),
                    ),
                ],
            },
            {
                "slug": "vertrouwelijkheid",
                "title": T("Vertrouwelijkheid", "Confidentiality"),
                "intro": T(
                    "Wat een collega jou vertelt, blijft tussen jullie. Hoe ga je daarmee om?",
                    "What a colleague tells you stays between you. How do you handle that?",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Collega's vertellen je soms persoonlijke dingen. Bijvoorbeeld dat ze moeite hebben met lezen, of dat het thuis lastig is. "
                            "Dat vertrouwen moet je beschermen.",
                            "Colleagues sometimes tell you personal things. For example that they find reading hard, or that things are difficult at home. "
                            "You have to protect that trust.",
                        )
                    ),
                    checklist(
                        T("Zo ga je zorgvuldig om met wat je hoort", "How to handle what you hear with care"),
                        T("Ik vertel niets door zonder toestemming.", "I pass nothing on without permission."),
                        T("Ik schrijf geen namen van collega's op.", "I do not write down colleagues' names."),
                        T("Ik vraag eerst: mag ik dit met HR bespreken?", "I ask first: may I discuss this with HR?"),
                    ),
                    callout(
                        "note",
                        T(
                            "Is er gevaar voor iemand? Dan mag je wel hulp inschakelen. Bespreek dat met je coördinator.",
                            "Is someone in danger? Then you may call in help. Discuss that with your coordinator.",
                        ),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "het-gesprek-over-leren",
        "title": T("Het gesprek over leren", "Starting conversations"),
        "intro": T(
            "Hoe begin je een gesprek over leren, zonder dat het voelt als een verkooppraatje?",
            "How do you start a conversation about learning without it feeling like a sales pitch?",
        ),
        "goals": [
            T("Je kunt een collega op een open manier aanspreken.", "You can approach a colleague in an open way."),
            T("Je luistert zonder meteen advies te geven.", "You listen without giving advice straight away."),
            T(
                "Je herkent leervrees en weet hoe je daarmee omgaat.",
                "You recognise fear of learning and know how to deal with it.",
            ),
        ],
        "minutes": 50,
        "lessons": [
            {
                "slug": "aanspreken-op-de-werkvloer",
                "title": T("Aanspreken op de werkvloer", "Approaching colleagues at work"),
                "intro": T(
                    "Een goed gesprek begint vaak bij de koffieautomaat.",
                    "A good conversation often starts at the coffee machine.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Je hoeft geen afspraak te maken. De beste gesprekken gaan vaak vanzelf, tijdens de pauze of bij de koffie. "
                            "Begin met een vraag, niet met een folder.",
                            "You do not need to make an appointment. The best conversations often happen naturally, during the break or over coffee. "
                            "Start with a question, not with a leaflet.",
                        )
                    ),
                    bullets(
                        T("Wat vind je leuk aan je werk?", "What do you enjoy about your work?"),
                        T(
                            "Is er iets wat je graag beter zou kunnen?",
                            "Is there anything you would like to be better at?",
                        ),
                        T("Heb je ooit een cursus gedaan? Hoe was dat?", "Have you ever done a course? How was it?"),
                    ),
                    practice(
                        T(
                            "Stel deze week aan drie collega's een van de vragen hierboven. Let op hoe ze reageren.",
                            "This week, ask three colleagues one of the questions above. Notice how they react.",
                        ),
                        T("Tijdens de pauzes", "During breaks"),
                    ),
                ],
            },
            {
                "slug": "luisteren",
                "title": T("Luisteren", "Listening"),
                "intro": T(
                    "Goed luisteren is belangrijker dan goed praten.", "Listening well matters more than talking well."
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Veel mensen willen meteen helpen met een oplossing. Maar een collega voelt zich pas gehoord als je eerst echt luistert. "
                            "Vat samen wat je hoort en vraag door.",
                            "Many people want to help straight away with a solution. But a colleague only feels heard when you really listen first. "
                            "Summarise what you hear and ask further.",
                        )
                    ),
                    callout(
                        "tip",
                        T(
                            "Tel tot drie voordat je iets zegt. Vaak vertelt de ander dan nog meer.",
                            "Count to three before you say something. The other person often tells you more.",
                        ),
                    ),
                    check(
                        T(
                            "Een collega zegt: 'Ik ben te oud om nog te leren.' Wat is de beste reactie?",
                            "A colleague says: 'I am too old to learn.' What is the best response?",
                        ),
                        (
                            T("Onzin, iedereen kan leren!", "Nonsense, anyone can learn!"),
                            False,
                            T(
                                "Goed bedoeld, maar zo voelt je collega zich niet gehoord.",
                                "Well meant, but your colleague does not feel heard this way.",
                            ),
                        ),
                        (
                            T("Wat maakt dat je dat denkt?", "What makes you think that?"),
                            True,
                            T(
                                "Ja. Met een open vraag hoor je wat er echt achter zit.",
                                "Yes. With an open question you hear what is really behind it.",
                            ),
                        ),
                        (
                            T("Dan moet je het maar laten.", "Then just leave it."),
                            False,
                            T(
                                "Dan stopt het gesprek. Vraag liever door.",
                                "Then the conversation stops. Better to ask further.",
                            ),
                        ),
                    ),
                ],
            },
            {
                "slug": "leervrees-en-zelfvertrouwen",
                "title": T("Leervrees en zelfvertrouwen", "Fear of learning and self-confidence"),
                "intro": T(
                    "Veel collega's hebben slechte herinneringen aan school. Hoe help je ze over die drempel?",
                    "Many colleagues have bad memories of school. How do you help them over that threshold?",
                ),
                "minutes": 15,
                "body": [
                    para(
                        T(
                            "Leervrees is heel gewoon. Mensen zijn bang om te falen, of om dom gevonden te worden. "
                            "Begin daarom klein. Een korte cursus of een proefles voelt minder eng dan een hele opleiding.",
                            "Fear of learning is very common. People are afraid of failing, or of being thought stupid. "
                            "So start small. A short course or a trial lesson feels less scary than a whole programme.",
                        )
                    ),
                    quote(
                        T(
                            "Ik durfde niet, want ik was op school altijd de slechtste. Mijn collega zei: je hoeft het niet alleen te doen.",
                            "I did not dare, because I was always the worst at school. My colleague said: you don't have to do it alone.",
                        ),
                        T("Kees, heftruckchauffeur", "Kees, forklift driver"),
                    ),
                    reflection(
                        T(
                            "Waar was jij zelf bang voor toen je weer ging leren? Wat hielp je toen?",
                            "What were you afraid of when you started learning again? What helped you then?",
                        )
                    ),
                ],
            },
            {
                "slug": "wat-levert-leren-op",
                "title": T("Wat levert leren op", "What learning brings"),
                "intro": T(
                    "Leren levert meer op dan een diploma. Help collega's dat te zien.",
                    "Learning brings more than a diploma. Help colleagues see that.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Een cursus kan zorgen voor meer plezier in het werk, meer zekerheid of een hoger loon. "
                            "Maar ook thuis helpt het: je kinderen helpen met huiswerk, of zelf je zaken regelen op internet.",
                            "A course can bring more enjoyment at work, more security or higher pay. "
                            "But it helps at home too: helping your children with homework, or arranging your own affairs online.",
                        )
                    ),
                    callout(
                        "tip",
                        T(
                            "Vraag wat de collega zelf belangrijk vindt. Dat werkt beter dan jouw redenen.",
                            "Ask what the colleague finds important. That works better than your reasons.",
                        ),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "leerwensen-in-beeld",
        "title": T("Leerwensen in beeld", "Identifying learning needs"),
        "intro": T(
            "Wat willen collega's leren? Je ontdekt het in gesprekken, alleen of in een groep.",
            "What do colleagues want to learn? You find out in conversations, one to one or in a group.",
        ),
        "goals": [
            T("Je voert een kort gesprek over leerwensen.", "You hold a short conversation about learning wishes."),
            T(
                "Je kunt een groepsgesprek over leren organiseren.",
                "You can organise a group conversation about learning.",
            ),
            T(
                "Je herkent signalen van moeite met lezen, schrijven of computers.",
                "You recognise signs of difficulty with reading, writing or computers.",
            ),
        ],
        "minutes": 40,
        "lessons": [
            {
                "slug": "individueel-gesprek",
                "title": T("Individueel gesprek", "One-to-one conversation"),
                "intro": T(
                    "Een gesprek van een kwartier met één collega.", "A fifteen-minute conversation with one colleague."
                ),
                "minutes": 15,
                "body": [
                    para(
                        T(
                            "Neem de tijd voor een rustig gesprek. Vraag wat je collega goed kan, wat hij graag doet en waar hij naartoe wil. "
                            "Schrijf geen namen op, alleen wat je afspreekt.",
                            "Take time for a calm conversation. Ask what your colleague is good at, what he likes doing and where he wants to go. "
                            "Do not write down names, only what you agree.",
                        )
                    ),
                    checklist(
                        T("Een goed gesprek", "A good conversation"),
                        T("Een rustige plek", "A quiet place"),
                        T("Open vragen", "Open questions"),
                        T("Een volgende stap afspreken", "Agree on a next step"),
                    ),
                    practice(
                        T(
                            "Voer deze maand één gesprek over leerwensen. Gebruik de lijst hierboven.",
                            "Hold one conversation about learning wishes this month. Use the list above.",
                        ),
                        T("15 minuten", "15 minutes"),
                    ),
                ],
            },
            {
                "slug": "groepsinventarisatie",
                "title": T("Groepsinventarisatie", "Group inventory"),
                "intro": T(
                    "Soms praat je makkelijker over leren in een groep.",
                    "Sometimes it is easier to talk about learning in a group.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Organiseer tijdens een werkoverleg een kwartier over leren. Vraag iedereen om op een briefje te schrijven wat ze willen leren. "
                            "Zo krijg je een beeld van de hele afdeling.",
                            "During a team meeting, organise fifteen minutes about learning. Ask everyone to write on a note what they want to learn. "
                            "That way you get a picture of the whole department.",
                        )
                    ),
                    callout(
                        "tip",
                        T(
                            "Laat de briefjes anoniem. Dan durven meer mensen eerlijk te zijn.",
                            "Keep the notes anonymous. Then more people dare to be honest.",
                        ),
                    ),
                ],
            },
            {
                "slug": "signalen-van-laaggeletterdheid",
                "title": T(
                    "Signalen van laaggeletterdheid en digitale vaardigheden",
                    "Signs of low literacy and digital skills",
                ),
                "intro": T(
                    "Eén op de negen volwassenen heeft moeite met lezen of schrijven. Hoe herken je dat?",
                    "One in nine adults finds reading or writing hard. How do you recognise that?",
                ),
                "minutes": 15,
                "body": [
                    para(
                        T(
                            "Mensen die moeite hebben met lezen, schamen zich vaak. Ze hebben slimme manieren bedacht om het te verbergen.",
                            "People who find reading hard are often ashamed. They have found clever ways to hide it.",
                        )
                    ),
                    bullets(
                        T("'Ik heb mijn bril niet bij me.'", "'I haven't got my glasses with me.'"),
                        T("Formulieren mee naar huis nemen.", "Taking forms home."),
                        T("Altijd een collega laten inloggen.", "Always letting a colleague log in."),
                    ),
                    callout(
                        "pitfall",
                        T(
                            "Zeg niet: 'Jij kunt zeker niet lezen.' Vraag liever of iemand hulp wil bij een formulier.",
                            "Do not say: 'You can't read, can you?' Better to ask whether someone wants help with a form.",
                        ),
                    ),
                    check(
                        T(
                            "Wat is een goede eerste stap als je denkt dat een collega moeite heeft met lezen?",
                            "What is a good first step if you think a colleague finds reading hard?",
                        ),
                        (
                            T("Het aan de leidinggevende melden.", "Report it to the manager."),
                            False,
                            T(
                                "Nee, dan schaad je het vertrouwen. Praat eerst zelf rustig met je collega.",
                                "No, that damages trust. First talk calmly with your colleague yourself.",
                            ),
                        ),
                        (
                            T(
                                "Hulp aanbieden bij iets concreets, zoals een formulier.",
                                "Offer help with something concrete, like a form.",
                            ),
                            True,
                            T(
                                "Ja. Zo maak je het bespreekbaar zonder iemand te kwetsen.",
                                "Yes. That way you open up the subject without hurting anyone.",
                            ),
                        ),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "wegwijs-in-aanbod-en-regelingen",
        "title": T("Wegwijs in aanbod en regelingen", "Navigating provision"),
        "intro": T(
            "Welke opleidingen zijn er, en wie betaalt? Je leert de weg kennen.",
            "Which courses are there, and who pays? You learn to find your way.",
        ),
        "goals": [
            T(
                "Je weet welk opleidingsaanbod je eigen organisatie heeft.",
                "You know the training offer of your own organisation.",
            ),
            T("Je weet wat een O&O-fonds is.", "You know what a sector training fund is."),
            T("Je verwijst een collega goed door.", "You refer a colleague well."),
        ],
        "minutes": 50,
        "lessons": [
            {
                "slug": "intern-aanbod-en-hr",
                "title": T("Intern aanbod en HR", "Internal offer and HR"),
                "intro": T(
                    "Begin dichtbij: wat biedt je eigen werkgever?",
                    "Start close to home: what does your own employer offer?",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Veel organisaties hebben al cursussen, bijvoorbeeld voor veiligheid of taal. Vaak weten collega's dat niet. "
                            "Vraag HR om een overzicht en houd dat bij de hand.",
                            "Many organisations already have courses, for example on safety or language. Colleagues often don't know. "
                            "Ask HR for an overview and keep it at hand.",
                        )
                    ),
                    practice(
                        T(
                            "Vraag HR deze week welke cursussen er zijn en hoe je je aanmeldt.",
                            "Ask HR this week which courses there are and how to sign up.",
                        ),
                        T("20 minuten", "20 minutes"),
                    ),
                ],
            },
            {
                "slug": "oo-fonds",
                "title": T("O&O-fonds", "Sector training fund"),
                "intro": T(
                    "Veel sectoren hebben een eigen fonds voor opleidingen.",
                    "Many sectors have their own fund for training.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Een O&O-fonds is een fonds voor opleiding en ontwikkeling. Werkgevers en vakbonden hebben dat samen afgesproken in de cao. "
                            "Het fonds betaalt vaak cursussen of een loopbaangesprek.",
                            "A sector training fund is a fund for training and development. Employers and unions agreed it together in the collective agreement. "
                            "The fund often pays for courses or a career conversation.",
                        )
                    ),
                    callout(
                        "tip",
                        T(
                            "Zoek op de website van jullie cao welk fonds bij jullie sector hoort.",
                            "Look on the website of your collective agreement to find which fund belongs to your sector.",
                        ),
                    ),
                ],
            },
            {
                "slug": "ontwikkeladvies-en-loopbaanadvies",
                "title": T("Ontwikkeladvies en loopbaanadvies", "Development and career advice"),
                "intro": T(
                    "Weet een collega nog niet wat hij wil? Dan helpt een gesprek met een adviseur.",
                    "Does a colleague not yet know what he wants? Then a conversation with an adviser helps.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Met een ontwikkeladvies praat je collega met een loopbaanadviseur over zijn werk en zijn toekomst. "
                            "De overheid betaalt dit vaak. Het is gratis voor de werknemer.",
                            "With development advice your colleague talks to a career adviser about his work and his future. "
                            "The government often pays for this. It is free for the employee.",
                        )
                    ),
                    reflection(
                        T(
                            "Welke collega zou baat hebben bij een loopbaangesprek? Waarom?",
                            "Which colleague would benefit from a career conversation? Why?",
                        ),
                        T("Schrijf geen naam op, alleen wat je ziet.", "Do not write a name, only what you see."),
                    ),
                ],
            },
            {
                "slug": "goed-doorverwijzen",
                "title": T("Goed doorverwijzen", "Referring well"),
                "intro": T(
                    "Een goede doorverwijzing is warm: je brengt mensen echt met elkaar in contact.",
                    "A good referral is warm: you really put people in touch with each other.",
                ),
                "minutes": 15,
                "body": [
                    para(
                        T(
                            "Een telefoonnummer geven is niet genoeg. Bel samen, of loop mee naar HR. "
                            "Vraag na een week hoe het ging.",
                            "Giving a phone number is not enough. Call together, or walk along to HR. "
                            "Ask after a week how it went.",
                        )
                    ),
                    check(
                        T("Wat hoort bij een warme doorverwijzing?", "What belongs to a warm referral?"),
                        (
                            T("Een folder geven.", "Handing over a leaflet."),
                            False,
                            T(
                                "Een folder is een begin, maar je collega moet dan alles zelf doen.",
                                "A leaflet is a start, but then your colleague has to do everything alone.",
                            ),
                        ),
                        (
                            T(
                                "Samen de eerste afspraak maken en later navragen hoe het ging.",
                                "Making the first appointment together and asking later how it went.",
                            ),
                            True,
                            T(
                                "Precies. Zo blijft je collega niet halverwege hangen.",
                                "Exactly. That way your colleague does not get stuck halfway.",
                            ),
                        ),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "collegas-steunen-tijdens-het-leren",
        "title": T("Collega's steunen tijdens het leren", "Supporting learners"),
        "intro": T(
            "Beginnen is één ding, volhouden is iets anders. Zo help je collega's door te gaan.",
            "Starting is one thing, keeping going is another. This is how you help colleagues carry on.",
        ),
        "goals": [
            T(
                "Je herkent drempels als tijd, geld en thuissituatie.",
                "You recognise barriers such as time, money and home situation.",
            ),
            T("Je weet wat je doet als iemand wil stoppen.", "You know what to do when someone wants to quit."),
        ],
        "minutes": 35,
        "lessons": [
            {
                "slug": "drempels-tijd-geld-thuis",
                "title": T("Drempels: tijd, geld, thuis", "Barriers: time, money, home"),
                "intro": T(
                    "De meeste mensen stoppen niet omdat het te moeilijk is, maar omdat het niet past in hun leven.",
                    "Most people do not stop because it is too hard, but because it does not fit into their life.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Wie in ploegen werkt of voor kinderen zorgt, heeft weinig tijd. Kijk samen naar oplossingen: "
                            "leren in werktijd, een cursus online, of hulp van het fonds voor de kosten.",
                            "Anyone who works shifts or cares for children has little time. Look at solutions together: "
                            "learning during working hours, an online course, or help from the fund with the costs.",
                        )
                    ),
                    practice(
                        T(
                            "Vraag een collega die aan het leren is: wat maakt het lastig? Zoek samen één oplossing.",
                            "Ask a colleague who is learning: what makes it difficult? Find one solution together.",
                        )
                    ),
                ],
            },
            {
                "slug": "als-iemand-dreigt-te-stoppen",
                "title": T("Als iemand dreigt te stoppen", "When someone is about to quit"),
                "intro": T(
                    "Stoppen is soms een goede keuze. Maar vaak helpt een gesprek.",
                    "Quitting is sometimes a good choice. But often a conversation helps.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Vraag zonder oordeel wat er aan de hand is. Misschien is een pauze beter dan stoppen. "
                            "Of misschien past een andere cursus beter.",
                            "Ask without judgement what is going on. Perhaps a break is better than quitting. "
                            "Or perhaps another course fits better.",
                        )
                    ),
                    callout(
                        "pitfall",
                        T(
                            "Maak je collega geen verwijten. Dan komt hij niet meer bij je terug.",
                            "Do not reproach your colleague. Then he will not come back to you.",
                        ),
                    ),
                ],
            },
            {
                "slug": "successen-vieren",
                "title": T("Successen vieren", "Celebrating success"),
                "intro": T(
                    "Een diploma, een certificaat of een eerste toets: vier het!",
                    "A diploma, a certificate or a first test: celebrate it!",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Aandacht voor een succes motiveert de collega zelf, en ook anderen. Vraag wel eerst of je collega dat wil.",
                            "Attention for a success motivates the colleague, and others too. But first ask whether your colleague wants it.",
                        )
                    ),
                    quote(
                        T(
                            "Toen mijn team taart kwam brengen voor mijn diploma, wilden er meteen twee collega's ook beginnen.",
                            "When my team brought cake for my diploma, two colleagues immediately wanted to start too.",
                        ),
                        T("Samira, zorgmedewerker", "Samira, care worker"),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "samenwerken",
        "title": T("Samenwerken", "Working with employer, HR and works council"),
        "intro": T(
            "Je staat er niet alleen voor. Werk samen met je leidinggevende, HR, de ondernemingsraad en opleiders.",
            "You are not on your own. Work together with your manager, HR, the works council and training providers.",
        ),
        "goals": [
            T(
                "Je maakt afspraken over je uren als ambassadeur.",
                "You make agreements about your hours as an ambassador.",
            ),
            T("Je weet wanneer je de OR of HR inschakelt.", "You know when to involve the works council or HR."),
        ],
        "minutes": 35,
        "lessons": [
            {
                "slug": "afspraken-over-tijd",
                "title": T("Afspraken over tijd", "Agreements about time"),
                "intro": T(
                    "Ambassadeur zijn kost tijd. Leg vast hoeveel uur je daarvoor krijgt.",
                    "Being an ambassador takes time. Agree on how many hours you get for it.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Spreek met je leidinggevende af hoeveel uur per maand je aan je rol mag besteden. "
                            "Schrijf het op. Dan hoef je niet steeds opnieuw te vragen.",
                            "Agree with your manager how many hours a month you may spend on your role. "
                            "Write it down. Then you don't have to ask again every time.",
                        )
                    ),
                    checklist(
                        T("Wat leg je vast?", "What do you record?"),
                        T("Aantal uren per maand", "Number of hours a month"),
                        T("Wie je vervangt tijdens gesprekken", "Who replaces you during conversations"),
                        T("Wanneer jullie het samen bekijken", "When you review it together"),
                    ),
                ],
            },
            {
                "slug": "overleg-met-leidinggevende-en-or",
                "title": T("Overleg met leidinggevende en OR", "Consulting your manager and works council"),
                "intro": T(
                    "De ondernemingsraad kan helpen om leren beter te regelen.",
                    "The works council can help to arrange learning better.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Zie je dat veel collega's tegen dezelfde drempel aanlopen? Bespreek het met je leidinggevende of met de OR. "
                            "Noem geen namen, maar wel wat je ziet.",
                            "Do you see many colleagues running into the same barrier? Discuss it with your manager or the works council. "
                            "Do not mention names, but do say what you see.",
                        )
                    ),
                    reflection(
                        T(
                            "Welke drempel zie je vaak bij collega's? Met wie zou je dat willen bespreken?",
                            "Which barrier do you often see among colleagues? Who would you like to discuss it with?",
                        )
                    ),
                ],
            },
            {
                "slug": "contact-met-opleiders",
                "title": T("Contact met opleiders", "Contact with training providers"),
                "intro": T(
                    "Een goede opleider denkt mee over tijden, plek en niveau.",
                    "A good training provider thinks along about times, place and level.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Vraag opleiders of lessen op het werk kunnen, of in de avond. Vraag ook naar het niveau en naar een proefles.",
                            "Ask training providers whether lessons can be given at work, or in the evening. Also ask about the level and a trial lesson.",
                        )
                    ),
                    callout(
                        "tip",
                        T(
                            "Nodig een opleider uit voor een leerweek. Dan kunnen collega's vragen stellen.",
                            "Invite a training provider to a learning week. Then colleagues can ask questions.",
                        ),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "leren-zichtbaar-maken",
        "title": T("Leren zichtbaar maken", "Promoting learning"),
        "intro": T(
            "Hoe zorg je dat iedereen weet dat leren kan, en dat het gewoon is?",
            "How do you make sure everyone knows that learning is possible, and that it is normal?",
        ),
        "goals": [
            T("Je organiseert een inloopspreekuur of leerweek.", "You organise a drop-in hour or a learning week."),
            T("Je deelt verhalen van collega's.", "You share colleagues' stories."),
            T("Je schrijft teksten die iedereen begrijpt.", "You write texts everyone understands."),
        ],
        "minutes": 40,
        "lessons": [
            {
                "slug": "inloopspreekuur-en-leerweek",
                "title": T("Inloopspreekuur en leerweek", "Drop-in hour and learning week"),
                "intro": T(
                    "Een vaste plek en tijd maakt het makkelijk om langs te komen.",
                    "A fixed place and time makes it easy to drop by.",
                ),
                "minutes": 15,
                "body": [
                    para(
                        T(
                            "Een inloopspreekuur is een vast moment waarop collega's bij je langs kunnen komen. Bijvoorbeeld elke eerste dinsdag in de kantine. "
                            "In een leerweek nodig je opleiders en collega's met een leerverhaal uit.",
                            "A drop-in hour is a fixed moment when colleagues can come and see you. For example every first Tuesday in the canteen. "
                            "In a learning week you invite training providers and colleagues with a learning story.",
                        )
                    ),
                    practice(
                        T(
                            "Kies een vaste tijd en plek voor een inloopspreekuur en vraag je leidinggevende om akkoord.",
                            "Choose a fixed time and place for a drop-in hour and ask your manager for approval.",
                        )
                    ),
                ],
            },
            {
                "slug": "verhalen-delen",
                "title": T("Verhalen delen", "Sharing stories"),
                "intro": T(
                    "Een verhaal van een collega overtuigt meer dan een poster.",
                    "A colleague's story convinces more than a poster.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Vraag collega's die iets hebben geleerd of ze hun verhaal willen delen. Bijvoorbeeld in de nieuwsbrief of op een scherm in de kantine. "
                            "Vraag altijd eerst toestemming.",
                            "Ask colleagues who have learned something whether they want to share their story. For example in the newsletter or on a screen in the canteen. "
                            "Always ask permission first.",
                        )
                    ),
                    callout(
                        "note",
                        T(
                            "Laat de collega de tekst lezen voordat je hem deelt.",
                            "Let the colleague read the text before you share it.",
                        ),
                    ),
                ],
            },
            {
                "slug": "schrijven-in-b1",
                "title": T("Schrijven in B1", "Writing in plain language"),
                "intro": T(
                    "Schrijf zo dat iedereen het begrijpt: korte zinnen, gewone woorden.",
                    "Write so that everyone understands: short sentences, everyday words.",
                ),
                "minutes": 15,
                "body": [
                    para(
                        T(
                            "Taalniveau B1 is eenvoudig Nederlands. Ongeveer acht op de tien mensen begrijpen dat goed. "
                            "Gebruik korte zinnen en gewone woorden. Spreek de lezer aan met 'je' of 'u'.",
                            "Language level B1 is plain Dutch. About eight in ten people understand it well. "
                            "Use short sentences and everyday words. Address the reader directly.",
                        )
                    ),
                    bullets(
                        T("Eén boodschap per zin.", "One message per sentence."),
                        T("Geen moeilijke woorden of afkortingen.", "No difficult words or abbreviations."),
                        T("Zet het belangrijkste bovenaan.", "Put the most important thing first."),
                    ),
                    check(
                        T("Welke zin is B1?", "Which sentence is plain language?"),
                        (
                            T(
                                "Middels dit schrijven informeren wij u omtrent het scholingsaanbod.",
                                "By means of this letter we inform you regarding the training offer.",
                            ),
                            False,
                            T(
                                "Te moeilijk: 'middels' en 'omtrent' zijn geen gewone woorden.",
                                "Too difficult: these are not everyday words.",
                            ),
                        ),
                        (
                            T(
                                "In deze brief lees je welke cursussen er zijn.",
                                "In this letter you can read which courses there are.",
                            ),
                            True,
                            T("Ja: kort, duidelijk en met gewone woorden.", "Yes: short, clear and in everyday words."),
                        ),
                    ),
                ],
            },
        ],
    },
    {
        "slug": "vastleggen-en-borgen",
        "title": T("Vastleggen en borgen", "Record and sustain"),
        "intro": T(
            "Houd bij wat je doet, leer van andere ambassadeurs en zorg dat het werk doorgaat.",
            "Keep track of what you do, learn from other ambassadors and make sure the work continues.",
        ),
        "goals": [
            T(
                "Je registreert activiteiten zonder namen van collega's.",
                "You record activities without colleagues' names.",
            ),
            T("Je doet mee aan intervisie.", "You take part in peer consultation."),
            T("Je weet hoe je je rol overdraagt.", "You know how to hand over your role."),
        ],
        "minutes": 35,
        "lessons": [
            {
                "slug": "registreren-met-respect-voor-privacy",
                "title": T("Registreren met respect voor privacy", "Recording with respect for privacy"),
                "intro": T(
                    "Je telt wat je doet, maar je schrijft nooit namen op.",
                    "You count what you do, but you never write down names.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "In het activiteitenlogboek op deze website vul je in wat je hebt gedaan: hoeveel collega's je sprak en waar je naar doorverwees. "
                            "Zo zien we samen wat het oplevert. Namen van collega's vul je nooit in.",
                            "In the activity log on this website you fill in what you did: how many colleagues you spoke to and where you referred them. "
                            "That way we see together what it achieves. You never fill in colleagues' names.",
                        )
                    ),
                    check(
                        T("Wat mag je in het logboek zetten?", "What may you put in the log?"),
                        (
                            T(
                                "'Vandaag met Jan gesproken over zijn taalcursus.'",
                                "'Talked to Jan today about his language course.'",
                            ),
                            False,
                            T(
                                "Nee, geen namen. Schrijf: één gesprek, doorverwezen naar een taalcursus.",
                                "No, no names. Write: one conversation, referred to a language course.",
                            ),
                        ),
                        (
                            T(
                                "'Eén gesprek, doorverwezen naar het O&O-fonds.'",
                                "'One conversation, referred to the training fund.'",
                            ),
                            True,
                            T(
                                "Goed: je telt wat je deed, zonder te zeggen wie.",
                                "Right: you count what you did, without saying who.",
                            ),
                        ),
                    ),
                ],
            },
            {
                "slug": "intervisie",
                "title": T("Intervisie", "Peer consultation"),
                "intro": T(
                    "Leer van andere ambassadeurs in een vaste groep.",
                    "Learn from other ambassadors in a regular group.",
                ),
                "minutes": 10,
                "body": [
                    para(
                        T(
                            "Bij intervisie bespreek je met andere ambassadeurs een situatie die je lastig vond. De anderen stellen vragen en denken mee. "
                            "Je gaat naar huis met nieuwe ideeën.",
                            "In peer consultation you discuss a situation you found difficult with other ambassadors. The others ask questions and think along. "
                            "You go home with new ideas.",
                        )
                    ),
                    reflection(
                        T(
                            "Welke situatie zou jij willen inbrengen bij de volgende intervisie?",
                            "Which situation would you like to bring to the next peer consultation?",
                        )
                    ),
                ],
            },
            {
                "slug": "overdracht-en-borging",
                "title": T("Overdracht en borging", "Handover and sustaining"),
                "intro": T(
                    "Wat gebeurt er als jij stopt? Zorg dat het werk doorgaat.",
                    "What happens when you stop? Make sure the work continues.",
                ),
                "minutes": 15,
                "body": [
                    para(
                        T(
                            "In Engeland stopte de steun voor leerambassadeurs in 2021 plotseling. Veel werk ging toen verloren. "
                            "Daarom is het belangrijk dat jouw rol is vastgelegd in het beleid van je organisatie en in de cao.",
                            "In England the support for learning reps stopped suddenly in 2021. A lot of work was lost then. "
                            "That is why it matters that your role is written into your organisation's policy and the collective agreement.",
                        )
                    ),
                    checklist(
                        T("Zo borg je je rol", "How to sustain your role"),
                        T("Je rol staat in het HR-beleid.", "Your role is in the HR policy."),
                        T("Er is een opvolger die meeloopt.", "There is a successor who shadows you."),
                        T("Er is een eigen budget.", "There is a budget of its own."),
                    ),
                ],
            },
        ],
    },
]
