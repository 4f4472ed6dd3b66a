"""The spec pipeline, generation, the API diff, docs, packaging and the scripts (scripts/)."""
