#!/usr/bin/env python3
# Writes the Vietnamese texts (vi.py) into kiemphieu_vi.ts and the English source into
# kiemphieu_en.ts, after `lupdate` has collected the strings of the code. Run it by hand when
# strings change (cmake --build build --target update_translations, then this script).
import pathlib
import sys
import xml.etree.ElementTree as ET

here = pathlib.Path(__file__).parent
sys.path.insert(0, str(here))
from vi import VI  # noqa: E402

missing = []
for lang in ("vi", "en"):
    path = here / f"kiemphieu_{lang}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", "vi_VN" if lang == "vi" else "en_GB")
    root.set("sourcelanguage", "en_GB")
    # lupdate 6.4 names a context by the bare class name; at run time tr() looks it up by the
    # class's full name (QMetaObject::className), so the contexts get their namespace here.
    for context in root.iter("context"):
        name = context.find("name")
        if "::" not in name.text:
            name.text = "kp::gui::" + name.text
    for message in root.iter("message"):
        source = message.find("source").text
        translation = message.find("translation")
        text = VI.get(source) if lang == "vi" else source
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for child in list(translation):
                translation.remove(child)
            # Vietnamese has one plural form, English two.
            for _ in range(1 if lang == "vi" else 2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
for source in sorted(set(missing)):
    print("no Vietnamese text for:", source)
sys.exit(1 if missing else 0)
