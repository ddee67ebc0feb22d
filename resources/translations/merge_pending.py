"""Fill the Chinese .ts files from translation tables, then the caller recompiles them.

    resources/translations/update.sh          # lupdate: new strings appear "unfinished"
    python resources/translations/merge_pending.py resources/translations/pending/*.tsv
    resources/translations/update.sh          # compile the .qm files

A table has one string per line: ``context<TAB>source<TAB>zh_CN<TAB>zh_TW`` (``\\n`` in
a field stands for a line break). A message still unfinished after the merge is listed,
and the exit status is 1, so a forgotten string is not shipped untranslated.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
COLUMNS = {"zh_CN": 2, "zh_TW": 3}


def load(tables: list[Path]) -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for table in tables:
        for number, line in enumerate(table.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            fields = [f.replace("\\n", "\n") for f in line.split("\t")]
            if len(fields) != 4 or not all(fields):
                raise SystemExit(f"{table}:{number}: expected 4 tab-separated fields")
            out[(fields[0], fields[1])] = (fields[2], fields[3])
    return out


def merge(lang: str, table: dict[tuple[str, str], tuple[str, str]]) -> list[str]:
    path = HERE / f"memberdesk_{lang}.ts"
    tree = ET.parse(path)
    missing = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            found = table.get((name, source))
            if found is None:
                missing.append(f"{lang} {name}: {source!r}")
                continue
            translation.text = found[COLUMNS[lang] - 2]
            del translation.attrib["type"]
    with open(path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    return missing


def main(argv: list[str]) -> int:
    table = load([Path(a) for a in argv])
    missing = [m for lang in COLUMNS for m in merge(lang, table)]
    for line in missing:
        print("untranslated:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
