"""Where the data folders kept at the top of the repository are found at run time.

ontology/ and queries/ are installed as the data packages kg.ontology_files and
kg.query_files (setup.py maps them), so importlib.resources finds them inside an
installed wheel and, through the editable-install finder, in the checkout itself. A
checkout run without installing (PYTHONPATH) or an editable install made before that
mapping existed has no such packages: then the folders beside the kg package are used.
"""
from __future__ import annotations

import functools
from importlib.util import find_spec
from pathlib import Path


def _data_folder(package: str, folder: str) -> Path:
    """The folder of a data package, or the checkout's folder of that name. Its spec names
    the folder without importing the package or importlib.resources, which cost a re-run
    that parses nothing about a tenth of its start (importlib.resources brings zipfile,
    tempfile, shutil)."""
    spec = find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        return Path(spec.submodule_search_locations[0])
    return Path(__file__).resolve().parent.parent / folder


#: ontology/: the ontology, the SHACL shapes and the relation table beside them.
ONTOLOGY_DIR = _data_folder("kg.ontology_files", "ontology")
#: queries/: the named SPARQL queries.
QUERY_DIR = _data_folder("kg.query_files", "queries")


@functools.lru_cache(maxsize=None)
def internal_query(name: str) -> str:
    """The SPARQL text of queries/internal/NAME.rq: a query kg runs itself (stats, builds,
    evaluation), kept beside the named queries instead of in Python strings."""
    return (QUERY_DIR / "internal" / f"{name}.rq").read_text(encoding="utf-8")
