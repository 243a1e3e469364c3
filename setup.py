"""Packages of the wheel: every kg package, plus ontology/ and queries/ (kept at the top
of the repository) installed as kg.ontology_files and kg.query_files, so that an installed `kg`
reads them with importlib.resources; editable installs map the same names to the
repository folders. Everything else is in pyproject.toml."""
from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["kg", "kg.*"]), "kg.ontology_files", "kg.query_files"],
      package_dir={"kg.ontology_files": "ontology", "kg.query_files": "queries"})
