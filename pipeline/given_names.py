"""Given names of many languages, to tell a person from the place or organization NER took it for.

NER trained without pretrained vectors knows the names of its training data; "Nigel Farage", "Andrej
Kobolew" or "Stefanie Sargnagel" come out as a place, an organization or nothing. A given name in front of a
capitalized word settles it. Source: the person providers of Faker (MIT license), first names of about 80
locales; only Latin-script names of three letters or more are kept, since German text uses no other script.
Left out are the lists that hold every name ever registered, where English words and cities abound: the
generic English one (US Social Security names: "Golden", "Royal", "Boston"), the Icelandic register
("Von", "Villa", "Atlanta") and the Pakistani one ("Mad"). German stop words are never given names.
"""

from __future__ import annotations

import importlib
import pkgutil
import unicodedata
from functools import cache

REGISTER_LOCALES = frozenset({"en", "is_IS", "en_PK"})
FIRST_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def is_capitalized_name(text: str) -> bool:
    """A capitalized word of letters, or two joined by a hyphen: "Nigel", "Babiš", "Erdoğan", "Hans-Peter"."""
    parts = text.split("-")
    return len(parts) <= 2 and all(len(part) >= 2 and part.isalpha() and part[0].isupper() and part[1:].islower()
                                   for part in parts)


def is_latin(text: str) -> bool:
    return all(unicodedata.name(char, "").startswith("LATIN") for char in text if char != "-")


@cache
def given_names() -> frozenset[str]:
    """Every Latin-script given name of Faker's locales ("Nigel", "Andrej", "Satu", "Stefanie")."""
    import faker.providers.person as providers
    from spacy.lang.de.stop_words import STOP_WORDS

    names: set[str] = set()
    for module in pkgutil.iter_modules(providers.__path__):
        if module.name in REGISTER_LOCALES:
            continue
        provider = getattr(importlib.import_module(f"{providers.__name__}.{module.name}"), "Provider", None)
        for attribute in FIRST_NAME_ATTRIBUTES:
            listed = vars(provider).get(attribute) if provider is not None else None
            if isinstance(listed, (list, tuple, set, frozenset, dict)):  # a dict maps names to weights
                names.update(name for name in listed if len(name) >= 3 and is_capitalized_name(name) and is_latin(name))
    return frozenset(name for name in names if name.lower() not in STOP_WORDS)
