"""Readers on small hand-written files and on the bundled examples; date phrases; bad input."""
from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from kg.dates import parse_dateline, phrase_date
from kg.documents import Document, read_documents, read_stdin
from kg.errors import InputError

DATA = Path(__file__).resolve().parent / "data"
GOOD, BAD = DATA / "good", DATA / "bad"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def read_one(path: Path) -> Document:
    docs = list(read_documents([path]))
    assert len(docs) == 1
    return docs[0]


# --- plain text -------------------------------------------------------------------

def test_examples_ids_titles_dates() -> None:
    docs = {d.id: d for d in read_documents([EXAMPLES])}
    txt_stems = {p.stem for p in EXAMPLES.glob("*.txt")}
    assert set(docs) == txt_stems  # gold.jsonl (no "text" field) is not read as articles
    sudan = docs["sudan-2024-06-18"]
    assert sudan.date == dt.date(2024, 6, 18)
    assert sudan.title == "RSF fighters shell El Fasher as Saudi Arabia reopens Jeddah talks"
    assert docs["drc-2024-02-09"].date == dt.date(2024, 2, 9)


def test_example_named_by_date_gets_that_date() -> None:
    for doc in read_documents(sorted(EXAMPLES.glob("*-*-*-*.txt"))):
        year, month, day = doc.id.rsplit("-", 3)[1:]
        assert doc.date == dt.date(int(year), int(month), int(day)), doc.id


def test_page_furniture_line_is_neither_title_nor_date() -> None:
    doc = read_one(EXAMPLES / "libya-2015-04-13.txt")
    assert doc.title == "ISIL attacks US allies in Libya"
    assert doc.date == dt.date(2015, 4, 13)


def test_txt_text_is_the_whole_file_so_offsets_point_into_it() -> None:
    path = EXAMPLES / "sudan-2024-06-18.txt"
    doc = read_one(path)
    raw = path.read_text(encoding="utf-8")
    assert doc.text == raw
    sentence = "Sudanese army aircraft struck RSF positions east of the city on Sunday"
    start = raw.index(sentence)
    assert doc.text[start:start + len(sentence)] == sentence


def test_crlf_is_normalised(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Headline here\r\nMay 1, 2020\r\n\r\nBody text.\r\n")
    doc = read_one(path)
    assert doc.text == "Headline here\nMay 1, 2020\n\nBody text.\n"
    assert (doc.id, doc.title, doc.date) == ("crlf", "Headline here", dt.date(2020, 5, 1))


def test_latin1_file_is_decoded() -> None:
    doc = read_one(GOOD / "latin1.txt")
    assert "Héctor Muñoz" in doc.text and "Flüchtlinge" in doc.text
    assert doc.title == "Ceasefire talks resume in Genève"
    assert doc.date == dt.date(2019, 3, 2)


def test_undated_text_title_skips_label_lines() -> None:
    doc = read_one(GOOD / "undated.txt")
    assert doc.title == "Convoy reaches besieged town"
    assert doc.date is None


@pytest.mark.parametrize("line,expected", [
    ("April 13, 2015, 9:42 am", dt.date(2015, 4, 13)),
    ("Published: 3 May 2017", dt.date(2017, 5, 3)),
    ("2015-04-13", dt.date(2015, 4, 13)),
    ("2018-06-14T08:00:00+02:00", dt.date(2018, 6, 14)),
    ("Follow us on:", None),
    ("ISIL attacks US allies in Libya", None),
    ("Nigerian troops recapture Gwoza, Boko Haram's headquarters", None),
    ("13 US troops killed", None),
    ("Monday", None),
])
def test_parse_dateline(line: str, expected: dt.date | None) -> None:
    assert parse_dateline(line) == expected


# --- JSON Lines, HTML, folders, stdin ---------------------------------------------

def test_jsonl_fields_and_title_as_first_paragraph() -> None:
    docs = list(read_documents([GOOD / "wire.jsonl"]))
    assert [d.id for d in docs] == ["wire-001", "wire-3", "wire-4"]
    first = docs[0]
    assert first.text.startswith("Militia shells border post\n\nThe Eastern Brigade shelled")
    assert (first.title, first.date, first.url) == (
        "Militia shells border post", dt.date(2018, 6, 14), "https://wire.example.org/001")
    assert docs[1].title is None and docs[1].date == dt.date(2018, 6, 8)
    assert docs[1].text == "Talks between the two parties opened in Valmora on Friday."
    assert docs[2].title is None and docs[2].date is None


def test_html_main_text_title_date_url() -> None:
    doc = read_one(GOOD / "report.html")
    assert doc.id == "report"
    assert doc.title == "Rebels seize hill town after week of fighting"
    assert doc.text.startswith(doc.title + "\n\n")
    assert doc.text.count(doc.title) == 1
    assert "took the hill town of Karvia on Sunday" in doc.text
    assert "Home" not in doc.text and "Copyright" not in doc.text
    assert doc.date == dt.date(2019, 3, 4)
    assert doc.url == "https://news.example.org/2019/03/rebels-seize-town"


def test_folder_is_read_recursively_in_sorted_order_supported_types_only() -> None:
    docs = list(read_documents([GOOD]))
    assert [d.id for d in docs] == ["latin1", "brief", "report", "undated",
                                    "wire-001", "wire-3", "wire-4"]
    assert docs[1].date == dt.date(2017, 5, 3)


def test_stdin_plain_text() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"Rebels take Orvel\nJune 3, 2016\n\nBody."))
    docs = list(read_stdin(stream))
    assert [(d.id, d.title, d.date) for d in docs] == [
        ("stdin", "Rebels take Orvel", dt.date(2016, 6, 3))]


def test_stdin_jsonl_when_every_line_is_an_object() -> None:
    lines = [json.dumps({"text": "One."}), "", json.dumps({"text": "Two.", "id": "b"})]
    stream = io.TextIOWrapper(io.BytesIO("\n".join(lines).encode()))
    assert [(d.id, d.text) for d in read_stdin(stream)] == [("stdin-1", "One."), ("b", "Two.")]


def test_stdin_mixed_lines_are_plain_text() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b'{"text": "x"}\nnot json'))
    assert [d.id for d in read_stdin(stream)] == ["stdin"]


# --- bad input --------------------------------------------------------------------

@pytest.mark.parametrize("name,problem", [
    ("binary.txt", "binary"),
    ("noise.txt", "cannot decode"),
    ("empty.txt", "empty"),
    ("blank.jsonl", "empty"),
    ("malformed.jsonl", "line 3: not valid JSON"),
    ("notext.jsonl", 'line 2: no "text" field'),
    ("navonly.html", "no article text"),
    ("notes.pdf", "unsupported file type"),
])
def test_bad_input_names_file_and_problem_on_one_line(name: str, problem: str) -> None:
    with pytest.raises(InputError) as info:
        list(read_documents([BAD / name]))
    message = str(info.value)
    assert name in message and problem in message and "\n" not in message


def test_missing_file() -> None:
    with pytest.raises(InputError, match=r"^no such file: .*nowhere\.txt$"):
        list(read_documents([DATA / "nowhere.txt"]))


def test_folder_without_supported_files(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_text("nothing to read")
    with pytest.raises(InputError, match="no supported files") as info:
        list(read_documents([tmp_path]))
    assert str(tmp_path) in str(info.value)


def test_empty_stdin() -> None:
    with pytest.raises(InputError, match="stdin"):
        list(read_stdin(io.TextIOWrapper(io.BytesIO(b"  \n"))))


# --- event dates ------------------------------------------------------------------

BASE = dt.date(2015, 4, 13)  # a Monday


@pytest.mark.parametrize("phrase,expected", [
    ("Monday", dt.date(2015, 4, 13)),
    ("on Sunday", dt.date(2015, 4, 12)),
    ("Thursday night", dt.date(2015, 4, 9)),
    ("Tuesday's", dt.date(2015, 4, 7)),
    ("last Monday", dt.date(2015, 4, 6)),
    ("March 25", dt.date(2015, 3, 25)),
    ("On March 25", dt.date(2015, 3, 25)),
    ("December", dt.date(2014, 12, 1)),
    ("in June 2014", dt.date(2014, 6, 1)),
    ("last month", dt.date(2015, 3, 1)),
    ("two weeks ago", dt.date(2015, 3, 30)),
    ("2014", dt.date(2014, 1, 1)),
    ("three years", None),
    ("the past week", None),
    ("Follow us on:", None),
    ("", None),
])
def test_phrase_date(phrase: str, expected: dt.date | None) -> None:
    assert phrase_date(phrase, BASE) == expected


@pytest.mark.parametrize("phrase, expected", [
    ("mid-November", dt.date(2014, 11, 1)),   # the last November before the article
    ("the 1990s", dt.date(1990, 1, 1)),       # a decade: its first day
    ("early 2014", dt.date(2014, 1, 1)),      # part of a year: the year
    ("next Friday", dt.date(2015, 4, 17)),    # the Friday after the article's Monday
    ("last summer", None),                    # a season: no day to give
    ("recent days", None),
    ("???", None),
])
def test_vague_phrases_resolve_to_the_period_they_start_or_to_nothing(
        phrase: str, expected: dt.date | None) -> None:
    assert phrase_date(phrase, BASE) == expected


def test_mid_month_approximates_to_that_month_before_the_base() -> None:
    assert phrase_date("mid-November", BASE) == dt.date(2014, 11, 1)


def test_without_a_base_only_phrases_with_a_year_resolve() -> None:
    assert phrase_date("Monday", None) is None
    assert phrase_date("in June 2014", None) == dt.date(2014, 6, 1)


@pytest.mark.parametrize("line", [
    "April 13, 2015, 9:42 am", "13 May 2020", "Sept. 5, 2019", "Monday, June 1, 2020",
    "5 Dec. 2021 14:05 GMT", "Jan 10, 2024 10.30 a.m.", "2023-05-22", "June 31, 2020",
])
def test_plain_datelines_read_without_dateparser_agree_with_it(line: str) -> None:
    import dateparser

    from kg.dates import _plain_dateline

    reference = dateparser.parse(line, languages=["en"],
                                 settings={"STRICT_PARSING": True, "PREFER_DATES_FROM": "past"})
    assert _plain_dateline(line) == (reference.date() if reference else None)


@pytest.mark.parametrize("line", ["2024-13-01", "Marc 3, 2024", "Mayday 3 2020",
                                  "Fighting in 2024 rises"])
def test_other_lines_are_left_to_dateparser(line: str) -> None:
    from kg.dates import _plain_dateline

    assert _plain_dateline(line) is False
