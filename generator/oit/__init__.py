"""OIT (the disclosure items): the catalogue of each year and its shipped files in catalogues/, the
OIT rules, the evidence documents, the ITAS sheet and the `prongsai oit` commands.

See ARCHITECTURE.md for the map."""
