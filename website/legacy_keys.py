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


def current_sector(slug, known_slugs):
    """The English key for a sector slug from before the rename; any other slug as it is.

    A slug that is a sector today (`known_slugs`) wins: an editor may have added a sector with a Dutch slug.
    """
    if slug in SECTORS and slug not in known_slugs:
        return SECTORS[slug]
    return slug


def with_current_sector(data, known_slugs):
    """Query data whose `sector` is an old Dutch key, as a copy with the English key; other data as it is."""
    sector = data.get("sector") if data is not None else None
    if sector is None or current_sector(sector, known_slugs) == sector:
        return data
    data = data.copy()
    data["sector"] = current_sector(sector, known_slugs)
    return data
