"""A static map of the places with coordinates, drawn offline.

Cartopy's `stock_img()` background (a downsampled Natural Earth raster) ships inside the cartopy wheel,
so nothing is downloaded, unlike its coastline and border features or the tile and topojson servers of
web maps. Points are sized by mentions; the most mentioned places are labelled where labels do not collide.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from pipeline.report.figures import COLOR, DPI, png_data_uri, style

Extent = tuple[float, float, float, float]  # west, east, south, north
WORLD: Extent = (-180.0, 180.0, -60.0, 80.0)
EUROPE: Extent = (-12.0, 42.0, 34.0, 62.0)
LABELS = 12
WIDTH_IN = 9
CHAR_PX, LINE_PX, OFFSET_PX = 6.5, 14, 4  # an 8-point label at the figure's DPI


def within(places: pd.DataFrame, extent: Extent) -> pd.DataFrame:
    west, east, south, north = extent
    return places[places.longitude.between(west, east) & places.latitude.between(south, north)]


def points(places: pd.DataFrame) -> pd.DataFrame:
    """One point per location, most mentioned first: a country sits on its capital, so they share a label."""
    ranked = places.sort_values("n_mentions", ascending=False)
    keys = [ranked.latitude.round(2).rename("lat"), ranked.longitude.round(2).rename("lon")]
    merged = ranked.groupby(keys, sort=False).agg(
        name=("name", lambda names: " / ".join(names.head(2))), n_mentions=("n_mentions", "sum"),
        latitude=("latitude", "first"), longitude=("longitude", "first"))
    return merged.sort_values("n_mentions", ascending=False, kind="stable").reset_index(drop=True)


def label_box(row: pd.Series, unit: float) -> tuple[float, float, float, float]:
    """Where a label drawn right of and above its point lies, in degrees (`unit` degrees per pixel)."""
    left = row.longitude + OFFSET_PX * unit
    return left, left + CHAR_PX * len(row["name"]) * unit, row.latitude, row.latitude + LINE_PX * unit


def labelled(ranked: pd.DataFrame, extent: Extent, count: int = LABELS) -> pd.DataFrame:
    """The `count` most mentioned points whose labels do not overlap the label of a more mentioned one."""
    unit = (extent[1] - extent[0]) / (WIDTH_IN * DPI)
    boxes: dict[int, tuple[float, float, float, float]] = {}
    for i, row in ranked.iterrows():
        if len(boxes) == count:
            break
        x0, x1, y0, y1 = label_box(row, unit)
        if not any(x0 < bx1 and bx0 < x1 and y0 < by1 and by0 < y1 for bx0, bx1, by0, by1 in boxes.values()):
            boxes[i] = (x0, x1, y0, y1)
    return ranked.loc[list(boxes)]


def marker_area(mentions: pd.Series) -> pd.Series:
    """Dot area grows with mentions relative to the most mentioned place, so a small output is still legible."""
    return 12 + 288 * mentions / mentions.max()


def place_map(places: pd.DataFrame, extent: Extent, title: str) -> str:
    """Places with `latitude`, `longitude`, `name`, `n_mentions` inside `extent`, as a PNG data URI."""
    import cartopy.crs as ccrs

    shown = within(places, extent)
    located = points(shown)
    west, east, south, north = extent
    with style():
        fig = Figure(figsize=(WIDTH_IN, WIDTH_IN * (north - south) / (east - west)))
        ax = fig.add_axes((0, 0, 1, 1), projection=ccrs.PlateCarree())  # the whole figure: label_box's scale
        ax.set_extent(extent, crs=ccrs.PlateCarree())
        ax.stock_img().set_interpolation("bilinear")
        ax.scatter(located.longitude, located.latitude, s=marker_area(located.n_mentions), color=COLOR,
                   alpha=0.75, edgecolor="white", linewidth=0.5, transform=ccrs.PlateCarree(), zorder=3)
        for row in labelled(located, extent).itertuples():
            ax.annotate(row.name, (row.longitude, row.latitude), xytext=(OFFSET_PX, 3), textcoords="offset points",
                        fontsize=8, zorder=4,
                        bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.7})
        ax.set_title(f"{title}: {len(shown)} places")
        return png_data_uri(fig)
