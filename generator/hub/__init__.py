"""The hub (issue #16): ``prongsai hub build SITES.yml --out DIR`` reads many agencies'
/api/v1/ over HTTP and writes one static site that shows them side by side.

sites.py reads SITES.yml; fetch.py gets each site's API (aiohttp, bounded concurrency,
timeouts, retries with back-off, ETag/Last-Modified on index.json and SHA-256 for the other
files) into the on-disk cache of cache.py; summary.py reduces an agency to its table row;
render.py writes the pages (Jinja2 templates in templates/, the theme's CSS) and the open
data of the hub; build.py runs the whole.
"""
