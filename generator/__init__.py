"""Prongsai: publish a Thai agency's ITA transparency reports as a static website.

The pipeline is load → validate → model → render → write; each stage is one module.
Nothing in the core (everything but ``mkdocs_adapter`` and ``build``) imports MkDocs.
"""

__version__ = "0.1.0"
