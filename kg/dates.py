"""Dates in news text: the dateline under a headline ("April 13, 2015") and the phrases
an event is dated by ("on Monday", "in June 2014", "last month"), resolved against the
article's date. Plain full dates are read by hand; the rest by dateparser, imported
only when needed (its first call costs a fifth of a second).
"""
from __future__ import annotations

import datetime as _dt
import functools
import re

#: A dateline is short; longer lines are headlines or body text however lenient the parser.
DATELINE_MAX_CHARS = 48
_DATELINE_LABEL = re.compile(r"^(published|updated|posted|date|dated)(\s+on)?\s*:?\s*", re.I)
_DATELINE_SETTINGS = {"STRICT_PARSING": True, "PREFER_DATES_FROM": "past"}
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_TIME_TAIL = r"(,?\s+\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s+[A-Z]{2,5})?)?"
#: The plain full-date datelines most articles carry ("April 13, 2015", "13 May 2020",
#: "2023-05-22", optionally with a weekday before and a clock time after), read without
#: dateparser: its first call alone costs about 0.4 s, a re-run that parses nothing
#: would pay it for nothing. Anything else goes to dateparser.
_PLAIN_DATELINES = [re.compile(rf"((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?{body}"
                               rf"{_TIME_TAIL}", re.I)
                    for body in (rf"{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})",
                                 rf"(?P<day>\d{{1,2}})\s+{_MONTH},?\s+(?P<year>\d{{4}})",
                                 r"(?P<year>\d{4})-(?P<monthnum>\d{2})-(?P<day>\d{2})")]


def _plain_dateline(line: str) -> _dt.date | None | bool:
    """The date of a plain full-date line; False when the line is not one of those forms."""
    for pattern in _PLAIN_DATELINES:
        found = pattern.fullmatch(line)
        if not found:
            continue
        parts = found.groupdict()
        if parts.get("monthnum"):
            month = int(parts["monthnum"])
        else:
            name = parts["month"].lower()
            month = next((i for i, m in enumerate(_MONTH_NAMES, 1)
                          if name in (m, m[:3]) or (m == "september" and name == "sept")), 0)
            if not month:
                return False
        try:
            return _dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:  # "June 31": no such day; dateparser may read other orders
            return None if not parts.get("monthnum") else False
    return False


@functools.lru_cache(maxsize=4096)
def parse_dateline(line: str) -> _dt.date | None:
    """The date a short line states in full (day, month and year), else None."""
    line = _DATELINE_LABEL.sub("", line.strip())
    if not line or len(line) > DATELINE_MAX_CHARS or not re.search(r"\d", line):
        return None
    plain = _plain_dateline(line)
    if plain is not False:
        return plain
    import dateparser  # imported only when needed: it costs a fifth of a second

    try:
        parsed = dateparser.parse(line, languages=["en"], settings=_DATELINE_SETTINGS)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date() if parsed else None


def _weekday_date(text: str, base: _dt.date) -> _dt.date | None:
    """Resolve a phrase naming only a weekday: the latest such day on or before `base`."""
    found = [name for name in _WEEKDAYS if re.search(rf"\b{name}\b", text)]
    if len(found) != 1 or re.search(r"\d", text) or _MONTHS.search(text):
        return None
    back = (base.weekday() - _WEEKDAYS.index(found[0])) % 7
    if re.search(r"\bnext\b", text):
        return base + _dt.timedelta(days=(7 - back) % 7 or 7)
    if back == 0 and re.search(r"\blast\b", text):
        back = 7
    return base - _dt.timedelta(days=back)


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b\.?")
_DURATION = re.compile(r"^(for |the )?(past |last |next )?(\d+|a|an|one|two|three|four|five|six|"
                       r"seven|eight|nine|ten|several|few|many)\s+(day|week|month|year)s?$")
_QUALIFIER = re.compile(r"^(early|mid|late|the end of|end of|the start of|start of)[\s-]+")
_DECADE = re.compile(r"^(the )?(\d{3})0s$")


def _clean_phrase(text: str) -> str:
    text = text.lower().strip().replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^(on|in|at|by|since|from|during|until)\s+", "", text)
    return _QUALIFIER.sub("", text).strip(" .,")


def phrase_date(text: str, base: _dt.date | None) -> _dt.date | None:
    """Resolve a date phrase ("Monday", "March 25", "last month") against the article date.

    Weekdays give the latest such day on or before `base`; durations and phrases with
    no calendar meaning give None. Without a base only phrases naming a year resolve.
    """
    phrase = _clean_phrase(text)
    if not phrase or _DURATION.match(phrase):
        return None
    if decade := _DECADE.match(phrase):
        return _dt.date(int(decade.group(2)) * 10, 1, 1)
    if base is None and not re.search(r"\b\d{4}\b", phrase):
        return None
    if base is not None and (weekday := _weekday_date(phrase, base)):
        return weekday
    return _dateparser_date(phrase, base)


def prepare() -> None:
    """Import dateparser and make its first parse now: that call compiles its timezone
    regexes and loads its English locale (0.2-0.4 s), which worker processes forked
    afterwards then share instead of each paying it on its first dated phrase."""
    _dateparser_date.__wrapped__("last month", _dt.date(2000, 1, 1))


@functools.lru_cache(maxsize=4096)
def _dateparser_date(phrase: str, base: _dt.date | None) -> _dt.date | None:
    import dateparser

    settings = {"PREFER_DATES_FROM": "past"}
    if not phrase.endswith(" ago"):  # "a year ago" counts back from the day itself
        settings |= {"PREFER_DAY_OF_MONTH": "first", "PREFER_MONTH_OF_YEAR": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = _dt.datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(phrase, languages=["en"], settings=settings)
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date() if parsed else None
