"""Statistics: the statistics rules, the SVG charts and the open data files (CSV, JSON, Data
Package).

See ARCHITECTURE.md for the map."""
