#!/usr/bin/env bash
# The engine's tests (every test but tests/example/) once more, in a temporary copy of this
# repository whose content/ is the fictional demo agency (tests/fixtures/demo) and whose
# mkdocs.yml is the fictional site settings (tests/fixtures/site-config): they must pass
# whatever an agency's content/ and mkdocs.yml hold. `make test` runs it after the full suite.
#
# Usage: scripts/engine-suite-on-other-content.sh [pytest arguments, e.g. -m "not browser"]
# The copy holds the files git knows or would add (tracked, and untracked but not ignored, as
# they are in the working tree), node_modules as a symbolic link, and is removed afterwards.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
python=${VENV_PYTHON:-$root/.venv/bin/python}
case $python in /*) ;; *) python=$PWD/$python ;; esac # the copy is another folder
copy=$(mktemp -d "${TMPDIR:-/tmp}/prongsai-other-content.XXXXXX")
trap 'rm -rf "$copy"' EXIT

cd "$root"
git ls-files -z --cached --others --exclude-standard |
  while IFS= read -r -d '' file; do
    if [ -e "$file" ]; then printf '%s\0' "$file"; fi # not the tracked files deleted here
  done |
  tar --null --files-from=- -cf - | tar -xf - -C "$copy"

rm -rf "$copy/content"
cp -R tests/fixtures/demo "$copy/content"
sed 's|^docs_dir: .*|docs_dir: content|' tests/fixtures/site-config/mkdocs.yml >"$copy/mkdocs.yml"
if [ -d node_modules ]; then ln -s "$root/node_modules" "$copy/node_modules"; fi

echo "Engine tests on other content: $copy (content/ = tests/fixtures/demo)"
cd "$copy"
"$python" -m pytest -p no:cacheprovider --ignore=tests/example "$@"
