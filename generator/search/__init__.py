"""Search: the Thai word segmentation of the search index.

See ARCHITECTURE.md for the map."""
