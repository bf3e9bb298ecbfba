#!/usr/bin/env python3
"""Refreshes translations/*.ts from the sources and fills the zh_CN translations.

lupdate collects every tr() string of app/ and modules/ into
translations/campusledger_zh_CN.ts and campusledger_en.ts. Chinese texts are
kept, one JSON object per area, in translations/zh_CN/*.json ("English source":
"中文"); this script writes them into the .ts and marks them finished. Strings
with no entry stay unfinished, and TestTranslations fails on them.
Where one English word needs two Chinese ones, a key "context|English source"
(e.g. "csl::DeviceTypes|Phone": "手机") wins over the plain key in that context.
The English file needs no translation: its sources are English.

Run under a lock so two runs never interleave:
    flock /tmp/campusledger-ts.lock python3 scripts/translate.py
"""
import glob
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LUPDATE = "/usr/lib/qt6/bin/lupdate"


def lupdate(ts):
    subprocess.run([LUPDATE, "-silent", "-no-obsolete", "-locations", "none",
                    os.path.join(ROOT, "app"), os.path.join(ROOT, "modules"),
                    "-ts", ts], check=True)


def load_dictionary():
    words = {}
    for path in sorted(glob.glob(os.path.join(ROOT, "translations", "zh_CN", "*.json"))):
        with open(path, encoding="utf-8") as f:
            try:
                words.update(json.load(f))
            except json.JSONDecodeError as e:
                sys.exit(f"{path}: {e}")
    return words


def fill(ts, words, copy_source=False):
    tree = ET.parse(ts)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            numerus = msg.get("numerus") == "yes"
            if copy_source:
                text = source
            else:
                text = words.get(f"{name}|{source}", words.get(source))
            if text is None:
                if tr.get("type") == "unfinished" or not (tr.text or list(tr)):
                    tr.set("type", "unfinished")
                    missing.append(f"{name}: {source}")
                continue
            for child in list(tr):
                tr.remove(child)
            if numerus:
                tr.text = None
                form = ET.SubElement(tr, "numerusform")
                form.text = text
            else:
                tr.text = text
            tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with open(ts, encoding="utf-8") as f:
        body = f.read()
    with open(ts, "w", encoding="utf-8") as f:
        f.write(body.replace("<?xml version='1.0' encoding='utf-8'?>",
                             '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'))
    return missing


def main():
    zh = os.path.join(ROOT, "translations", "campusledger_zh_CN.ts")
    en = os.path.join(ROOT, "translations", "campusledger_en.ts")
    for ts, lang in ((zh, "zh_CN"), (en, "en")):
        if not os.path.exists(ts):
            with open(ts, "w", encoding="utf-8") as f:
                f.write(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                        f'<TS version="2.1" language="{lang}"></TS>\n')
        lupdate(ts)
    missing = fill(zh, load_dictionary())
    fill(en, {}, copy_source=True)
    for m in missing:
        print(f"unfinished: {m}")
    print(f"{len(missing)} zh_CN strings unfinished")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
