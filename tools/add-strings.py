#!/usr/bin/env python3
"""Adds or replaces entries in a .resx pair (neutral Spanish + English) from a JSON file:
{"Key": ["texto en español", "English text"], ...}. Keeps one entry per line, so merges stay readable.
Usage: tools/add-strings.py src/MesaBot/Bot/Resources/Strings entries.json"""
import html, json, re, sys

base, entries = sys.argv[1], json.load(open(sys.argv[2], encoding="utf-8"))
for suffix, index in ((".resx", 0), (".en.resx", 1)):
    path = base + suffix
    text = open(path, encoding="utf-8").read()
    for key, values in entries.items():
        line = f'  <data name="{key}" xml:space="preserve"><value>{html.escape(values[index], quote=False)}</value></data>\n'
        pattern = re.compile(rf'  <data name="{re.escape(key)}" xml:space="preserve">.*?</data>\n', re.S)
        text = pattern.sub(lambda _: line, text) if pattern.search(text) else text.replace("</root>", line + "</root>")
    open(path, "w", encoding="utf-8").write(text)
