#!/bin/sh
# Regenerate the translation sources (.ts) from ui/, desktop/ and pos/, then compile them (.qm).
#
#   resources/translations/update.sh
#
# Existing translations are kept; new strings appear as "unfinished" in the
# Chinese files (translate them with pyside6-linguist or any editor, then rerun).
# The English file is the identity: every translation is its source text.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin=${PYSIDE6_BIN:-$root/.venv/bin}
cd "$root"

sources=$(find ui desktop pos -name '*.py' -not -path '*/__pycache__/*' | sort)
for lang in zh_CN zh_TW en; do
    # shellcheck disable=SC2086  # one argument per source file
    "$bin/pyside6-lupdate" -no-obsolete -locations relative \
        -source-language en -target-language "$lang" \
        $sources -ts "resources/translations/memberdesk_$lang.ts"
done

"$bin/python" - "resources/translations/memberdesk_en.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.iter("message"):
    translation = message.find("translation")
    source = message.find("source")
    if translation is not None and source is not None and translation.get("type") == "unfinished":
        translation.text = source.text
        del translation.attrib["type"]
with open(path, "wb") as out:
    out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
    tree.write(out, encoding="utf-8", xml_declaration=False)
    out.write(b"\n")
PY

for lang in zh_CN zh_TW en; do
    "$bin/pyside6-lrelease" "resources/translations/memberdesk_$lang.ts" \
        -qm "resources/translations/memberdesk_$lang.qm"
done
