#!/usr/bin/env python3
# Writes qtbase_vi.ts (Qt's own dialogs and buttons in Vietnamese) from qtbase_vi.py. Run by
# hand after changing that table; the build compiles the .ts into the app (src/gui/CMakeLists.txt).
import pathlib
import sys
import xml.etree.ElementTree as ET

here = pathlib.Path(__file__).parent
sys.path.insert(0, str(here))
from qtbase_vi import QT  # noqa: E402

root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
contexts = {}
for key, text in sorted(QT.items()):
    context, source = key[0], key[1]
    if context not in contexts:
        contexts[context] = ET.SubElement(root, "context")
        ET.SubElement(contexts[context], "name").text = context
    message = ET.SubElement(contexts[context], "message")
    ET.SubElement(message, "source").text = source
    if len(key) > 2:
        ET.SubElement(message, "comment").text = key[2]
    ET.SubElement(message, "translation").text = text
ET.indent(root)
ET.ElementTree(root).write(here / "qtbase_vi.ts", encoding="utf-8", xml_declaration=True)
