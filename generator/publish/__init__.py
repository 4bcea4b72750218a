"""Publishing: the MkDocs plugin (the only module importing MkDocs), `prongsai build`, GitHub
annotations, the link check and the git history dates.

See ARCHITECTURE.md for the map."""
