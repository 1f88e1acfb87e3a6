#!/usr/bin/env bash
# Makes the PDF, picture, .doc and .html fixtures of this folder from real corpus texts (run by hand, not by CI; the
# generated files are committed). Needs: libreoffice-writer-nogui (soffice), poppler-utils (pdftoppm), img2pdf,
# fonts-dejavu-core. Each generated file gets a copy of its source text's facts file, named after it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
dev="$root/tests/Fixtures/corpus/dev"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

# Plain text in, DejaVu Sans (every Vietnamese glyph), UTF-8, LF line ends.
text_filter='Text (encoded):UTF8,LF,DejaVu Sans,vi'
convert() { # convert SOURCE.txt FORMAT → $work/out/SOURCE.<ext>
  soffice --headless --infilter="$text_filter" --convert-to "$2" --outdir "$work/out" "$1" >/dev/null 2>&1
}
facts() { # facts SOURCE_ID TARGET_NAME: an identical copy of the source text's facts file
  cp "$dev/$1.facts.tsv" "$here/$2.facts.tsv"
}
scan() { # scan IN.pdf OUT.pdf: every page rendered at 200 DPI in grey, wrapped as an image-only PDF (no text layer)
  rm -f "$work"/page-*.png
  pdftoppm -r 200 -gray -png "$1" "$work/page"
  img2pdf --output "$2" "$work"/page-*.png
}

# 1. Text-layer PDFs from two corpus texts and two seed plans (2 and 15 pages: page numbers in the provenance).
for id in b01-thanhhoa-par-sobannganh-2023 d08-gialai-sipas-par-2022; do
  cp "$dev/$id.txt" . && convert "$id.txt" pdf && cp "out/$id.pdf" "$here/$id.pdf" && facts "$id" "$id"
done
for seed in 002_cafea9ff515821b6 004_eff36063a9686b3b; do
  cp "$root/seeds/$seed.txt" . && convert "$seed.txt" pdf && cp "out/$seed.pdf" "$here/$seed.pdf"
done

# 2. Image-only PDFs: the same PDFs rasterised (what a scanner gives), and one page as a PNG picture.
scan "$here/d08-gialai-sipas-par-2022.pdf" "$here/d08-gialai-sipas-par-2022-scan.pdf"
facts d08-gialai-sipas-par-2022 d08-gialai-sipas-par-2022-scan
scan "$here/002_cafea9ff515821b6.pdf" "$here/002_cafea9ff515821b6-scan.pdf"
pdftoppm -r 200 -gray -png -singlefile "$here/b01-thanhhoa-par-sobannganh-2023.pdf" "$here/b01-thanhhoa-par-sobannganh-2023-page"
facts b01-thanhhoa-par-sobannganh-2023 b01-thanhhoa-par-sobannganh-2023-page

# 3. Legacy Word 97–2003 (.doc) and a web page (.html) from corpus texts.
cp "$dev/d04-angiang-par-sipas-2019.txt" . && convert d04-angiang-par-sipas-2019.txt 'doc:MS Word 97'
cp out/d04-angiang-par-sipas-2019.doc "$here/" && facts d04-angiang-par-sipas-2019 d04-angiang-par-sipas-2019
convert b01-thanhhoa-par-sobannganh-2023.txt 'html:HTML (StarWriter)'
cp out/b01-thanhhoa-par-sobannganh-2023.html "$here/b01-thanhhoa-par-sobannganh-2023-web.html"
facts b01-thanhhoa-par-sobannganh-2023 b01-thanhhoa-par-sobannganh-2023-web
echo "made: $(cd "$here" && ls | grep -v -e README -e make.sh | tr '\n' ' ')"
