#!/usr/bin/env bash
# Installs, idempotently, the system packages the product and its tests need on a Debian machine with the .NET SDK:
# DejaVu fonts (Vietnamese glyphs in the charts ScottPlot draws), Chromium (browser tests),
# Tesseract with its Vietnamese model and poppler's pdftoppm (scanned PDFs and pictures), antiword (legacy .doc).
set -euo pipefail
need=()
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
command -v fc-list >/dev/null 2>&1 || need+=(fontconfig)
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
dpkg -s tesseract-ocr-vie >/dev/null 2>&1 || need+=(tesseract-ocr-vie)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v antiword >/dev/null 2>&1 || need+=(antiword)
if [ ${#need[@]} -gt 0 ]; then
  echo "setup: installing ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "setup: the .NET 10 SDK is required (dotnet not on PATH)" >&2; exit 1; }
