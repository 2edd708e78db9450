#!/usr/bin/python3
"""The README's and the metainfo's screenshots are files in data/screenshots
(taken from the real app by build-aux/take-screenshots.py), each one used,
each a PNG at least 360 pixels wide.

Usage: screenshots.py SOURCE-ROOT
"""

import pathlib
import re
import struct
import sys
import xml.etree.ElementTree as ElementTree

root = pathlib.Path(sys.argv[1])
shots = root / "data" / "screenshots"
problems = []

metainfo = ElementTree.parse(root / "data" / "org.example.Tickets.metainfo.xml.in")
metainfo_images = [image.text.strip() for image in metainfo.iter("image")]
readme_images = re.findall(r"\]\((data/screenshots/[^)\s]+)\)", (root / "README.md").read_text())

used = set()
for url in metainfo_images:
    name = url.rsplit("/", 1)[-1]
    if not url.endswith("/data/screenshots/" + name):
        problems.append(f"metainfo image {url} is not one of data/screenshots")
    used.add(name)
for path in readme_images:
    used.add(path.rsplit("/", 1)[-1])

if not metainfo_images:
    problems.append("the metainfo shows no screenshot")
if not readme_images:
    problems.append("the README shows no screenshot")

for name in sorted(used):
    path = shots / name
    if not path.is_file():
        problems.append(f"{name} is used but not in data/screenshots")
        continue
    header = path.read_bytes()[:24]
    if header[:8] != b"\x89PNG\r\n\x1a\n":
        problems.append(f"{name} is not a PNG")
        continue
    width, height = struct.unpack(">II", header[16:24])
    if width < 360:
        problems.append(f"{name} is {width} pixels wide")

for path in sorted(shots.glob("*.png")):
    if path.name not in used:
        problems.append(f"{path.name} is in data/screenshots but nothing shows it")

for problem in problems:
    print(problem)
sys.exit(1 if problems else 0)
