"""Dutch keys that were stored and put in URLs before the keys became English (issue 17).

Stored choice keys, sector and theme slugs are English now (labels stay Dutch, with English
translations). The data migrations renamed the stored values once; these maps keep links and
bookmarks with the old Dutch values in their query string working: the filters read an old value
as its new key. The migrations keep their own frozen copies, so this file may shrink later.
"""

PHASES = {
    "verkennen": "explore",
    "voorbereiden": "prepare",
    "werven-en-selecteren": "recruit",
    "opleiden": "train",
    "inzetten": "deploy",
    "borgen": "sustain",
}
PUBLICATION_TYPES = {"artikel": "article", "rapport": "report", "presentatie": "presentation"}
ANSWERS = {"ja": "yes", "deels": "partly", "nee": "no"}
SECTORS = {
    "metaal-en-techniek": "metal-and-engineering",
    "overheid": "government",
    "zorg-en-welzijn": "care",
    "schoonmaak": "cleaning",
    "transport-en-logistiek": "transport-and-logistics",
    "bouw-en-infra": "construction",
    "voedings-en-procesindustrie": "food-and-process-industry",
    "detailhandel": "retail",
}
THEMES = {
    "bereik": "reach",
    "rol-van-de-ambassadeur": "ambassador-role",
    "samenwerking": "collaboration",
    "borging": "sustainment",
}
