#!/usr/bin/env python3
"""A second set of real saved news pages, for tests/perf/web-pages.mjs: the
test pages that newspaper4k (a news extractor, MIT licence) ships in its
source package on PyPI, each with the article text newspaper4k expects.

    python3 tests/perf/newspaper_pages.py            # writes target/newspaper-pages/NAME/{source,expected}.html
    node tests/perf/web-pages.mjs target/newspaper-pages
    python3 ../shared/tools/score_html.py target/web-pages/predictions.json --pages target/newspaper-pages

Unlike ../shared/data/readability-pages, whose expected text is Readability's
own output, this text is another extractor's: a page where the two disagree
is read by eye before either is called wrong. The package is fetched with pip
from PyPI (about 4 MB, once); a page whose HTML is byte for byte another's
(video_article_01 is cleveland.com1) is kept once.
"""
import hashlib, html, os, subprocess, sys, tarfile

VERSION = "0.9.6"
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
cache = os.path.join(root, "target", "newspaper4k")
out = os.path.join(root, "target", "newspaper-pages")
sdist = os.path.join(cache, f"newspaper4k-{VERSION}.tar.gz")
if not os.path.exists(sdist):
    os.makedirs(cache, exist_ok=True)
    print(f"==> pip download newspaper4k=={VERSION} (source package, from PyPI)")
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                    f"newspaper4k=={VERSION}", "-d", cache], check=True)
prefix = f"newspaper4k-{VERSION}/tests/data/"
with tarfile.open(sdist) as tar:
    files = {m.name[len(prefix):]: m for m in tar.getmembers() if m.name.startswith(prefix) and m.isfile()}
    read = lambda name: tar.extractfile(files[name]).read()
    seen, kept = set(), 0
    for name in sorted(files):
        if not (name.startswith("html/") and name.endswith(".html")):
            continue
        page = name[len("html/"):-len(".html")]
        if f"txt/{page}.txt" not in files:
            continue  # a site's front page: no article expected
        source = read(name)
        digest = hashlib.sha256(source).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        text = read(f"txt/{page}.txt").decode("utf-8")
        os.makedirs(os.path.join(out, page), exist_ok=True)
        with open(os.path.join(out, page, "source.html"), "wb") as f:
            f.write(source)
        with open(os.path.join(out, page, "expected.html"), "w", encoding="utf-8") as f:
            f.write("".join(f"<p>{html.escape(p)}</p>\n" for p in text.split("\n") if p.strip()))
        kept += 1
print(f"wrote {kept} pages to {os.path.relpath(out)}")
