"""The named SPARQL queries, installed as the data package kg.query_files (see
kg/resources.py)."""
