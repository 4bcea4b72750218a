"""Prongsai: publish a Thai agency's ITA transparency reports as a static website.

The pipeline is load → validate → model → render → write; each stage is one module.
Only ``publish.mkdocs_plugin`` imports MkDocs; the rest of the engine is renderer-neutral.
"""

__version__ = "0.2.0"
