"""The facts the corpus disputes, as marks on the network's edges.

`kg query contested` is run once (queries/contested.rq, no filters) and each of its rows
becomes a dispute on every edge it names: the asserted fact itself, and for two holders
of one place or two claimants of one attack the rival's fact too. A dispute says in one
line why the fact is contested, with the opposing sentence and both documents, so that
the HTML graph can mark the edge and its tooltip can explain it.
"""
from __future__ import annotations

from typing import Any
from urllib.parse import unquote

from kg.query import query_text
from kg.store import local_name, select_rows

#: (subject IRI, relation local name, object IRI) of an edge.
EdgeKey = tuple[str, str, str]


def _document(iri: str) -> str:
    """A document's id, from its IRI (kg.rdf.document_iri percent-encodes it)."""
    return unquote(local_name(iri))


def _dispute(kind: str, why: str, sentence: str, documents: list[str], date: str) -> dict[str, Any]:
    return {"kind": kind, "why": why, "sentence": sentence, "documents": documents, "date": date}


def _marks(row: dict[str, str]) -> list[tuple[EdgeKey, dict[str, Any]]]:
    """The edges one `contested` row marks, each with the dispute as seen from that edge."""
    relation, kind, date = local_name(row["relation"]), row["kind"], row.get("date", "")
    subject, obj, other = row["subject"], row["object"], row["other"]
    names = {key: row.get(f"{key}Label", local_name(row[key])) for key in ("subject", "object", "other")}
    first, second = _document(row["document"]), _document(row["otherDocument"])
    on = f" on {date}" if date else ""
    if kind == "denied":
        why = "another document denies or negates it"
        return [((subject, relation, obj), _dispute(kind, why, row["otherSentence"],
                                                    [first, second], date))]
    if kind == "control":
        def why(rival: str) -> str:
            return f"{rival} is also reported holding {names['object']}{on}"
    else:  # claimed
        def why(rival: str) -> str:
            return f"the attack on {names['object']}{on} is also claimed by or blamed on {rival}"
    return [((subject, relation, obj),
             _dispute(kind, why(names["other"]), row["otherSentence"], [first, second], date)),
            ((other, relation, obj),
             _dispute(kind, why(names["subject"]), row["sentence"], [second, first], date))]


def edge_disputes(store: Any) -> dict[EdgeKey, list[dict[str, Any]]]:
    """Each contested edge with its disputes (kind, why, the opposing sentence, the
    documents, the date), each dispute once, in the query's order."""
    text = query_text("contested")
    found: dict[EdgeKey, list[dict[str, Any]]] = {}
    for row in select_rows(store, text):
        for key, dispute in _marks(row):
            disputes = found.setdefault(key, [])
            if dispute not in disputes:
                disputes.append(dispute)
    return found
