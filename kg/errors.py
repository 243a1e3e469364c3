"""One error hierarchy for user mistakes; the CLI turns these into one line and an exit code.

| class           | exit | raised for                                            |
|-----------------|------|-------------------------------------------------------|
| InputError      | 2    | missing, empty, binary, undecodable or malformed input |
| PatternError    | 2    | a pattern, lexicon or modality file breaking its schema |
| ModelError      | 3    | no spaCy English model installed                       |
| StoreError      | 4    | store folder unusable, unreachable SPARQL endpoint      |
| QueryError      | 5    | SPARQL syntax error, unknown query name, bad parameter  |
| ValidationError | 6    | a graph that breaks ontology/shapes.ttl                 |
| RenderError     | 7    | the HTML graph or an export could not be written        |
"""
from __future__ import annotations


def one_line(error: BaseException | str) -> str:
    """A message squeezed onto one line (pyoxigraph's may span several)."""
    return " ".join(str(error).split()) or type(error).__name__


class KgError(Exception):
    """Base for every error a user can cause and fix; the message is one line."""

    exit_code = 1


class InputError(KgError):
    exit_code = 2


class ModelError(KgError):
    exit_code = 3


class StoreError(KgError):
    exit_code = 4


class QueryError(KgError):
    exit_code = 5


class ValidationError(KgError):
    exit_code = 6


class RenderError(KgError):
    exit_code = 7


class PatternError(InputError):
    """A pattern, lexicon, modality or lemma file that breaks its schema (kg/relations/schema.py);
    the message names the file, the pattern id and the fix."""
