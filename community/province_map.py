"""A schematic map of the twelve provinces: a tile grid (cartogram), drawn as inline SVG without map tiles.

Each province is one square roughly where it lies; the fill shows how many listed organisations it has.
"""

from urllib.parse import urlencode

from .models import Province

TILE = 96
GAP = 6
PAD = 4  # room for the outline of the outer tiles
# (column, row) of each province in a 3 × 5 grid, north at the top.
TILE_POSITIONS = {
    "FR": (1, 0),
    "GR": (2, 0),
    "NH": (0, 1),
    "FL": (1, 1),
    "DR": (2, 1),
    "ZH": (0, 2),
    "UT": (1, 2),
    "OV": (2, 2),
    "ZE": (0, 3),
    "NB": (1, 3),
    "GE": (2, 3),
    "LI": (2, 4),
}
# Light to dark; dark ink text keeps at least 4.5:1 contrast on every fill.
FILLS = ["#ffffff", "#dcefec", "#b5ddd7", "#8ccac1"]
WIDTH = 3 * TILE + 2 * GAP + 2 * PAD
HEIGHT = 5 * TILE + 4 * GAP + 2 * PAD


def _level(count, highest):
    if not count:
        return 0
    if highest <= 1:
        return 3
    return 1 + min(2, (count - 1) * 3 // highest)


def province_tiles(counts, sector_slug="", selected=""):
    """One dict per province with its position, count, fill and the filter link."""
    highest = max(counts.values(), default=0)
    names = dict(Province.choices)
    tiles = []
    for code, (column, row) in TILE_POSITIONS.items():
        count = counts.get(code, 0)
        params = {"province": code}
        if sector_slug:
            params = {"sector": sector_slug, **params}
        tiles.append(
            {
                "code": code,
                "name": names[code],
                "count": count,
                "x": PAD + column * (TILE + GAP),
                "y": PAD + row * (TILE + GAP),
                "size": TILE,
                "fill": FILLS[_level(count, highest)],
                "query": "?" + urlencode(params),
                "selected": code == selected,
            }
        )
    return {"tiles": tiles, "width": WIDTH, "height": HEIGHT}
