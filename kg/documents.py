"""Documents and their readers: plain text, JSON Lines, HTML, folders and stdin.

Every reader yields `Document` records whose `text` is what extraction reads, so that
character offsets in the graph point into it; bad input raises a one-line InputError.
"""
from __future__ import annotations

import codecs
import datetime as _dt
import json
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit


from kg.dates import parse_dateline
from kg.errors import InputError


@dataclass(frozen=True)
class Document:
    """One article: a stable id, the text extraction reads, and what is known about it."""

    id: str
    text: str
    title: str | None = None
    date: _dt.date | None = None
    url: str | None = None
    source: str | None = None
    outlet: str | None = None


#: How many leading non-empty lines of a plain-text article may hold its dateline.
DATELINE_WINDOW = 6
#: Legacy charsets news in English is most often in; preferred among near-equal guesses
#: (charset-normalizer ranks e.g. cp1257 first for plain Western text).
WESTERN_CHARSETS = ("cp1252", "latin_1", "iso8859_15")
CHARSET_CHAOS_MARGIN = 0.05
#: A page whose main text has fewer words than this has no article (menus, errors).
MIN_ARTICLE_WORDS = 5
#: Byte-order marks and their codecs; UTF-32 first, as its little-endian mark starts
#: with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
         (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))


# --- decoding -----------------------------------------------------------------------

def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not data.strip():
        raise InputError(f"{path}: the file is empty")
    return data


def decode_text(data: bytes, name: str) -> str:
    """Decode bytes by their byte-order mark (UTF-8/16/32), else as UTF-8, else as the
    charset charset-normalizer detects; newlines -> \\n."""
    text = _decode_by_bom(data, name)
    if text is None:
        if b"\x00" in data:
            raise InputError(f"{name}: looks like a binary file (contains NUL bytes); "
                             "give a text file")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect_and_decode(data, name)
    if "\x00" in text:
        raise InputError(f"{name}: looks like a binary file (decodes to NUL characters); "
                         "give a text file")
    if not text.strip():
        raise InputError(f"{name}: the file is empty (only white space)")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_by_bom(data: bytes, name: str) -> str | None:
    """The text of data that starts with a byte-order mark (the mark dropped), else None."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {codec.upper()} byte-order mark but is "
                                 f"not valid {codec.upper()} (at byte {exc.start + len(bom)}); "
                                 "convert it to UTF-8") from None
    return None


def _detect_and_decode(data: bytes, name: str) -> str:
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise InputError(f"{name}: cannot decode the text (not UTF-8 and no charset detected); "
                         "convert it to UTF-8")
    near = [m for m in matches if m.chaos <= best.chaos + CHARSET_CHAOS_MARGIN]
    western = [m for m in near if set(m.could_be_from_charset) & set(WESTERN_CHARSETS)]
    return str(western[0] if western else best)


# --- plain text ---------------------------------------------------------------------

def document_from_text(text: str, doc_id: str, source: str | None = None) -> Document:
    """A Document for a plain-text article: headline and dateline found in its first lines."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:DATELINE_WINDOW]
    dated = next(((i, d) for i, line in enumerate(lines) if (d := parse_dateline(line))), None)
    # The headline is the nearest line above the dateline (then below it); labels
    # such as "Follow us on:" are page furniture, not headlines.
    order = lines[dated[0] - 1::-1] + lines[dated[0] + 1:] if dated else lines
    title = next((line for line in order if not line.endswith(":")), None)
    return Document(id=doc_id, text=text, title=title, date=dated[1] if dated else None,
                    source=source)


def read_txt(path: Path) -> Iterator[Document]:
    """Read one plain-text article; the whole file is the text, newlines normalised."""
    text = decode_text(_read_bytes(path), str(path))
    yield document_from_text(text, path.stem, source=str(path))


# --- JSON Lines ---------------------------------------------------------------------

def _jsonl_document(obj: object, where: str, default_id: str, source: str) -> Document:
    if not isinstance(obj, dict):
        raise InputError(f"{where}: expected a JSON object with a \"text\" field")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{where}: no \"text\" field (each line needs a non-empty \"text\")")
    title = obj.get("title") if isinstance(obj.get("title"), str) and obj["title"].strip() else None
    raw_date = obj.get("date")
    date = parse_dateline(raw_date) if isinstance(raw_date, str) else None
    text = f"{title.strip()}\n\n{body}" if title else body
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    return Document(id=str(obj.get("id") or default_id), text=text.replace("\r\n", "\n"),
                    title=title.strip() if title else None, date=date,
                    url=url, source=source, outlet=_text(obj.get("source")) or outlet_of(url))


def documents_from_jsonl(text: str, name: str, stem: str) -> Iterator[Document]:
    """One Document per non-empty line; Document.text is title + "\\n\\n" + text when titled."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name} line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON: {exc.msg} (column {exc.colno})") from None
        except RecursionError:
            raise InputError(f"{where}: JSON nested too deeply to read") from None
        yield _jsonl_document(obj, where, f"{stem}-{number}", name)


def read_jsonl(path: Path) -> Iterator[Document]:
    """Read a JSON Lines file of articles: "text" required; "title", "date", "url", "id" optional."""
    text = decode_text(_read_bytes(path), str(path))
    yield from documents_from_jsonl(text, str(path), path.stem)


# --- HTML ---------------------------------------------------------------------------

def read_html(path: Path) -> Iterator[Document]:
    """Read a web page: trafilatura's main text, with the title as first paragraph."""
    import trafilatura

    html = decode_text(_read_bytes(path), str(path))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = trafilatura.bare_extraction(html, with_metadata=True)
    paragraphs = [p.strip() for p in (getattr(found, "text", None) or "").split("\n") if p.strip()]
    if sum(len(p.split()) for p in paragraphs) < MIN_ARTICLE_WORDS:
        raise InputError(f"{path}: no article text found in this HTML page")
    title = (found.title or "").strip() or None
    if title and paragraphs[0] != title:
        paragraphs.insert(0, title)
    date = _iso_date(found.date)
    yield Document(id=path.stem, text="\n\n".join(paragraphs), title=title, date=date,
                   url=found.url or None, source=str(path), outlet=outlet_of(found.url))


def outlet_of(url: str | None) -> str | None:
    """The outlet a document's URL names: its host, without a leading "www."."""
    try:
        host = (urlsplit(url).hostname or "").lower() if url else ""
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _iso_date(value: str | None) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


# --- dispatch -----------------------------------------------------------------------

#: File extension -> reader; folders are walked for these extensions only.
READERS: dict[str, Callable[[Path], Iterator[Document]]] = {
    ".txt": read_txt, ".jsonl": read_jsonl, ".html": read_html, ".htm": read_html,
}


def read_stdin(stream: TextIO | None = None) -> Iterator[Document]:
    """Read stdin: JSON Lines when every non-empty line is a JSON object, else one text."""
    stream = stream if stream is not None else sys.stdin
    raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    if not raw.strip():
        raise InputError("stdin: no input (pipe an article or JSON Lines into kg, or give files)")
    text = decode_text(raw, "stdin")
    if all(_is_json_object(line) for line in text.split("\n") if line.strip()):
        yield from documents_from_jsonl(text, "stdin", "stdin")
    else:
        yield document_from_text(text, "stdin", source="stdin")


def _is_json_object(line: str) -> bool:
    if not line.lstrip().startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except (ValueError, RecursionError):
        return False


def _holds_articles(path: Path) -> bool:
    """False for a .jsonl whose first object has no "text" (gold or annotation files in a corpus)."""
    if path.suffix.lower() != ".jsonl":
        return True
    with path.open("rb") as handle:
        first = next((line for line in handle if line.strip()), b"")
    try:
        obj = json.loads(first)
    except (ValueError, RecursionError):  # not JSON, not UTF-8, nested too deeply
        return True  # let the reader report it
    return not isinstance(obj, dict) or "text" in obj


def _read_folder(folder: Path) -> Iterator[Document]:
    """Every supported file under `folder` in sorted order, skipping non-article .jsonl files."""
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in READERS)
    files = [p for p in files if _holds_articles(p)]
    if not files:
        kinds = ", ".join(sorted(READERS))
        raise InputError(f"{folder}: no supported files in this folder (looked for {kinds})")
    for file in files:
        yield from READERS[file.suffix.lower()](file)


def read_path(path: str | Path) -> Iterator[Document]:
    """Read one path: a file by its extension, a folder recursively, or "-" for stdin."""
    if str(path) == "-":
        yield from read_stdin()
        return
    path = Path(path)
    if path.is_dir():
        yield from _read_folder(path)
        return
    if not path.exists():
        raise InputError(f"no such file: {path}")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(sorted(READERS))
        raise InputError(f"{path}: unsupported file type {path.suffix or '(none)'!r}; use {kinds}")
    yield from reader(path)


def read_documents(paths: Iterable[str | Path]) -> Iterator[Document]:
    """Read every document from files, folders and "-" (stdin), in the order given."""
    for path in paths:
        yield from read_path(path)
