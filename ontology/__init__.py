"""The newskg ontology, SHACL shapes and relation table, installed as the data package
kg.ontology_files (see kg/resources.py)."""
