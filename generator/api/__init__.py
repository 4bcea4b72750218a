"""Machine-readable files of a site (issue #16): /api/v1/, the DCAT catalogues, GD-Catalog
metadata, schema.org JSON-LD and the statistics CSV without a byte order mark.

``site_outputs`` is the one entry point render.py calls; every file comes from the site
model and the ITAS rows (prongsai.oit.itas), the same rows as the OIT page and the ITAS sheet.
"""

from __future__ import annotations

from prongsai.api.files import ApiFile, site_outputs

__all__ = ["ApiFile", "site_outputs"]
