"""The whole-site model (Site → FiscalYear → Round → Measure), rendering the pages, writing them,
the government policy pages, Markdown fields to safe HTML, the Content-Security-Policy and the
site settings from mkdocs.yml.

See ARCHITECTURE.md for the map."""
