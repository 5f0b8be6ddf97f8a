"""A generator of wire-style articles for speed benchmarks: many stories, several reports of each.

Deterministic for a seed. The prose is made from templates with invented names, places,
numbers and dates, so the pipeline meets the shapes it meets in news (reported speech,
quotes, hedged numbers, titles, dated events) at a realistic density.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

FIRST = ["Alma", "Ivo", "Sela", "Oren", "Mara", "Tomas", "Lena", "Halvard", "Nadia", "Rosa", "Piet", "Lise",
         "Carla", "Owen", "Greta", "Jonas", "Britt", "Karl", "Elin", "Dana", "Miriam", "Idris", "Samuel", "Teodor"]
TITLES = ["Transport Secretary", "Mayor", "Chief Constable", "Finance Minister", "council leader",
          "union general secretary", "chief executive", "Senator", "Governor", "Foreign Minister"]
CITIES = ["Nairobi", "Kigali", "Oslo", "Lisbon", "Budapest", "Vienna", "Warsaw", "Dublin", "Geneva", "Madrid"]
EVENTS = [("vote", "the council vote on the {thing}"), ("hearing", "a hearing on the {thing}"),
          ("signing", "the signing of the {thing}"), ("collapse", "the collapse at the {thing}"),
          ("meeting", "talks on the {thing}")]
THINGS = ["stadium", "bridge repairs", "harbour deal", "mine safety plan", "ferry takeover", "budget",
          "peace accord", "rail link", "water charges", "school closures"]
NOUNS = ["workers", "miners", "passengers", "families", "villages", "homes", "jobs", "students"]
VERBS = ["approved", "rejected", "delayed", "backed", "scheduled", "called off", "confirmed", "denied"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HEDGES = ["at least", "about", "more than", "nearly", "some", "up to", ""]


SYLLABLES = ["ka", "lo", "ver", "an", "mi", "ros", "tel", "bu", "dan", "ish", "or", "pel", "sa", "vin", "ga", "tor"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _person(rng: random.Random) -> tuple[str, str]:
    return f"{rng.choice(FIRST)} {_word(rng)}", rng.choice(TITLES)


def story(rng: random.Random) -> dict[str, str]:
    """The people, places and subject one story's reports share."""
    lead, lead_title = _person(rng)
    other, other_title = _person(rng)
    return {"town": _word(rng), "city": rng.choice(CITIES), "thing": f"{_word(rng)} {rng.choice(THINGS)}",
            "phrase": rng.choice(EVENTS)[1], "lead": lead, "lead_title": lead_title, "other": other,
            "other_title": other_title}


def article(rng: random.Random, published: date, words: int = 800, about: dict[str, str] | None = None) -> str:
    """One article of roughly ``words`` words about ``about`` (a new story when None)."""
    s = about or story(rng)
    town, city, thing, phrase = s["town"], s["city"], s["thing"], s["phrase"]
    lead, lead_title, other, other_title = s["lead"], s["lead_title"], s["other"], s["other_title"]
    paras = [f"Published: {published.strftime('%A %-d %B %Y')}", ""]
    count = 0
    while count < words:
        n = rng.randint(2, 900)
        day = rng.choice(WEEKDAYS)
        when = (published + timedelta(days=rng.randint(-20, 20))).strftime("%B %-d")
        pieces = [
            f"{town.upper()} — {lead_title} {lead} said on {day} that {phrase.format(thing=thing)} would take place "
            f"in {city} on {when}, and that {rng.choice(HEDGES)} {n} {rng.choice(NOUNS)} were affected.",
            f"\"We have {rng.choice(VERBS)} the {thing} because the people of {town} deserve better,\" "
            f"{lead.split()[-1]} told reporters.",
            f"{other_title.capitalize()} {other} {rng.choice(VERBS)} the plan last week, according to officials, "
            f"who would not say whether the {thing} had been {rng.choice(VERBS)}.",
            f"The {thing} was {rng.choice(VERBS)} on {day} morning, a spokeswoman for the {town} council said, "
            f"adding that {rng.randint(2, 60)} percent of residents {rng.choice(['supported', 'opposed'])} it.",
            f"{other.split()[-1]} may {rng.choice(['resign', 'attend', 'boycott'])} the session, "
            f"people familiar with the matter said, while {lead.split()[-1]} has never confirmed the date.",
        ]
        para = " ".join(rng.sample(pieces, k=3))
        paras.append(para)
        paras.append("")
        count += len(para.split())
    return "\n".join(paras)


def corpus(n: int, *, words: int = 800, seed: int = 7, per_story: int = 3) -> list[tuple[str, str]]:
    """``n`` articles as (file name, text): stories of ``per_story`` reports, dated across a few weeks of 2026."""
    rng = random.Random(seed)
    start = date(2026, 3, 2)
    out = []
    about = story(rng)
    for i in range(n):
        if i % per_story == 0:
            about = story(rng)
        published = start + timedelta(days=rng.randint(0, 40))
        out.append((f"article-{i:04d}.txt", article(rng, published, words, about)))
    return out
