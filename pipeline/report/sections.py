"""The report's sections, one function each; a section whose table or columns are missing says so instead.

Amounts are never added up across currencies: every total is per currency.
"""

from __future__ import annotations

import pandas as pd

from pipeline.report.data import Output
from pipeline.report.figures import barh, columns
from pipeline.report.geo import EUROPE, WORLD, place_map, within
from pipeline.report.page import Section, esc, figure, note, table
from pipeline.schema import TABLES

TOP = 15
LARGEST = 20
ENTITIES = (("people", "People"), ("places", "Places"), ("organizations", "Organizations"))
NO_COMMITMENTS = "No commitments table in this output."


def amount_text(value: float) -> str:
    """1234567.0 → 1,234,567; 2.5 → 2.50 (whole amounts without decimals)."""
    return f"{value:,.2f}".removesuffix(".00")


def per_period(dates: pd.Series) -> pd.Series:
    """Documents per day, week or month (whichever gives a readable number of bars), gaps as zero."""
    days = (dates.max() - dates.min()).days
    freq, fmt = ("D", "%Y-%m-%d") if days <= 62 else ("W", "%Y-%m-%d") if days <= 366 else ("M", "%Y-%m")
    periods = dates.dt.tz_convert(None).dt.to_period(freq)
    counts = periods.value_counts().reindex(pd.period_range(periods.min(), periods.max(), freq=freq), fill_value=0)
    counts.index = [p.start_time.strftime(fmt) for p in counts.index]
    return counts


def documents(out: Output) -> Section:
    docs = out.table("documents")
    failed = docs[docs.status != "ok"]
    parts = [note(f"Documents: {len(docs):,}; failed: {len(failed):,}.")]
    dates = pd.to_datetime(docs.published, errors="coerce", utc=True, format="ISO8601").dropna()
    if dates.empty:
        parts.append(note("No document has a publication date (published): see them by source and category."))
    else:
        parts.append(figure(columns(per_period(dates), "Documents over time", "documents"), "documents over time",
                            f"{len(dates):,} of {len(docs):,} documents have a publication date."))
    charts = [figure(barh(docs[c].value_counts().head(TOP), f"Documents by {c}", "documents"), f"documents by {c}")
              for c in ("source", "category") if docs[c].notna().any()]
    parts.append(f'<div class="grid">{"".join(charts)}</div>' if charts else note("No source or category given."))
    if len(failed):
        parts.append(table(failed[["doc_id", "source_file", "line", "error"]].head(LARGEST), long=("error",)))
    return Section("documents", "Documents", "\n".join(parts))


def mention_counts(df: pd.DataFrame) -> pd.Series:
    """Mentions by name, largest first. A surname-only person counts with the one person of the run named in full
    with that surname (`likely_person_id`): "Sarkozy" in one article and "Nicolas Sarkozy" in another are one bar."""
    if "likely_person_id" in df.columns:
        linked = df.likely_person_id.notna() & df.likely_person_id.isin(df.person_id)
        extra = df[linked].groupby("likely_person_id").n_mentions.sum()
        df = df[~linked].assign(n_mentions=lambda d: d.n_mentions + d.person_id.map(extra).fillna(0).astype(int))
    return df.set_index("name").n_mentions.sort_values(ascending=False, kind="stable")


def entities(out: Output) -> Section:
    parts = []
    for name, title in ENTITIES:
        df = out.table(name)
        if df is None or df.empty:
            parts.append(note(f"No {name} in this output."))
            continue
        top = mention_counts(df).head(TOP)
        parts.append(figure(barh(top, f"Top {title.lower()}", "mentions", width=4.5), f"top {name} by mentions"))
    return Section("entities", "People, places, organizations", f'<div class="grid">{"".join(parts)}</div>')


def places_map(out: Output) -> Section:
    places = out.table("places")
    if places is None or not {"latitude", "longitude"} <= set(places.columns):
        return Section("map", "Map", note("The places table of this output has no coordinates: no map."))
    located = places.dropna(subset=["latitude", "longitude"])
    if located.empty:
        return Section("map", "Map", note("No place in this output has coordinates: no map."))
    caption = (f"{len(located):,} of {len(places):,} places have coordinates; a country is drawn where the "
               "gazetteer puts it (its capital), a region at a central point. Dot size: mentions.")
    maps = [figure(place_map(located, WORLD, "World"), "map of places worldwide", caption)]
    if not within(located, EUROPE).empty:
        maps.append(figure(place_map(located, EUROPE, "Europe"), "map of places in Europe"))
    return Section("map", "Map", "\n".join(maps))


def money_by_currency(money: pd.DataFrame) -> str:
    currency = money.currency.fillna("unknown")
    chart = figure(barh(currency.value_counts().head(TOP), "Amounts by currency", "amounts", width=4.5),
                   "number of amounts by currency")
    stats = money.assign(currency=currency).groupby("currency").amount.agg(["count", "sum", "median", "max"])
    stats = stats.sort_values("count", ascending=False).reset_index()
    stats[["sum", "median", "max"]] = stats[["sum", "median", "max"]].map(amount_text)
    stats.columns = ["currency", "amounts", "total", "median", "largest"]
    return f'<div class="grid">{chart}{table(stats, numeric=("amounts", "total", "median", "largest"))}</div>'


def entity_names(out: Output) -> pd.Series:
    """Canonical name by entity id, over people, places and organizations."""
    ids = {"people": "person_id", "places": "place_id", "organizations": "org_id"}
    names = [df.set_index(ids[name])["name"] for name in ids if (df := out.table(name)) is not None]
    return pd.concat(names) if names else pd.Series(dtype=str)


def committed_totals(commitments: pd.DataFrame, names: pd.Series) -> pd.Series:
    """Money per actor and currency over the commitments stated as fact (status `asserted`), largest first.

    Actors are grouped by their entity ("Kanada" and "Kanadas" are one), else by the text as written.
    """
    priced = commitments[commitments.status.eq("asserted")].dropna(subset=["amount"])
    actor = priced.actor_id.map(names).fillna(priced.actor).fillna("(unknown)")
    labels = actor + " (" + priced.currency.fillna("?") + ")"
    return priced.amount.groupby(labels).sum().nlargest(TOP)


def money_by_actor(commitments: pd.DataFrame | None, names: pd.Series) -> str:
    if commitments is None:
        return note(NO_COMMITMENTS)
    totals = committed_totals(commitments, names)
    if totals.empty:
        return note(f"{len(commitments):,} commitment(s), none asserted with an amount.")
    return figure(barh(totals, "Committed money by actor", "amount (log scale)", log=True),
                  "committed money by actor and currency", "Asserted commitments; totals per actor and currency.")


def money(out: Output) -> Section:
    df = out.table("money")
    by_currency = note("No amounts of money in this output.") if df is None or df.empty else money_by_currency(df)
    by_actor = money_by_actor(out.table("commitments"), entity_names(out))
    return Section("money", "Money", f"{by_currency}\n<h3>By committing actor</h3>\n{by_actor}")


def largest_commitments(out: Output) -> Section:
    commitments = out.table("commitments")
    if commitments is None:
        return Section("commitments", "Largest commitments", note(NO_COMMITMENTS))
    top = commitments.dropna(subset=["amount"]).nlargest(LARGEST, "amount")
    if top.empty:
        return Section("commitments", "Largest commitments", note("No commitment with an amount."))
    shown = top[["actor", "kind", "status", "amount", "currency", "recipient", "doc_id", "sentence"]].copy()
    shown["amount"] = shown.amount.map(amount_text)
    caption = note("All statuses: only `asserted` commitments are stated as fact.")
    return Section("commitments", "Largest commitments",
                   caption + table(shown, numeric=("amount",), long=("sentence",)))


def flatten(data: dict, prefix: str = "") -> dict[str, str]:
    """Nested manifest keys as dotted paths, lists joined: one row per fact."""
    rows: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            rows.update(flatten(value, f"{prefix}{key}."))
        else:
            rows[f"{prefix}{key}"] = ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return rows


def manifest(out: Output) -> Section:
    if out.manifest is None:
        return Section("manifest", "Run manifest", note("No manifest.json in this output."))
    rows = pd.DataFrame(flatten(out.manifest).items(), columns=["key", "value"])
    return Section("manifest", "Run manifest", table(rows))


def dictionary() -> Section:
    """Every table and column, from the same schema the writers use."""
    parts = []
    for t in TABLES.values():
        rows = pd.DataFrame([(c.name, c.type, c.description, c.example) for c in t.columns],
                            columns=["column", "type", "meaning", "example"])
        parts.append(f"<details><summary>{esc(t.name)}</summary>{note(t.description)}{table(rows)}</details>")
    return Section("dictionary", "Data dictionary", "\n".join(parts))


SECTIONS = (documents, entities, places_map, money, largest_commitments, manifest)
