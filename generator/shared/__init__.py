"""Shared by every feature: Thai dates and digits, every address (urls), the bilingual message
catalogue, labels, the Jinja environment, packaged resources, limits.

See ARCHITECTURE.md for the map."""
