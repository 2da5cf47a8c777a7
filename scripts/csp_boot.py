#!/usr/bin/env python3
"""Trunk post-build hook: move the inline bootstrap <script> into boot.js.

Trunk writes a small inline module script that imports the wasm-bindgen
glue and starts the app. Marginalia's Content-Security-Policy allows no
inline script, so this hook moves that script into its own file and loads it
with <script type="module" src>. It fails loudly if Trunk's output changes
shape, rather than shipping a page the CSP would block.
"""
import hashlib
import os
import re
import sys

staging = os.environ.get("TRUNK_STAGING_DIR")
if not staging:
    sys.exit("csp_boot.py: TRUNK_STAGING_DIR is not set (run it as a Trunk hook)")
index = os.path.join(staging, "index.html")
html = open(index, encoding="utf-8").read()

# As Trunk writes it, or minified (`minify = "on_release"`: no quotes).
inline = re.compile(r'<script type=(?:"module"|module)(?: nonce="?[^">]*"?)?>(.*?)</script>', re.S)
scripts = inline.findall(html)
if len(scripts) != 1:
    sys.exit(f"csp_boot.py: expected one inline module script in {index}, found {len(scripts)}")

body = scripts[0].strip() + "\n"
name = f"boot-{hashlib.sha256(body.encode()).hexdigest()[:16]}.js"
with open(os.path.join(staging, name), "w", encoding="utf-8") as f:
    f.write(body)
html = inline.sub(f'<script type="module" src="./{name}"></script>', html)
html = re.sub(r' nonce="[^"]*"', "", html)
if re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html):
    sys.exit("csp_boot.py: an inline script is left in index.html")
open(index, "w", encoding="utf-8").write(html)
print(f"csp_boot.py: bootstrap moved to {name}")
