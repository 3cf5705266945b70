#!/bin/sh
# What the document tests need on a fresh Debian machine: LibreOffice Writer and Calc without their
# GUI (to convert a generated .docx or .xlsx to PDF headless, as an analyst's office suite would open
# it), Carlito (Calibri's metrics: the default font of a workbook, which sets its column widths, as
# Office on Windows has it), Liberation Sans (Arial's metrics: the font every document is written in; without
# it LibreOffice wraps Arial text in the wider DejaVu Sans) and poppler-utils (pdfinfo, pdftotext, pdftoppm) to read the PDF. Idempotent.
set -e
if command -v soffice >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1 && [ -e /usr/lib/libreoffice/program/libsclo.so ] \
    && [ -e /usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf ] && [ -e /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ]; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui fonts-crosextra-carlito fonts-liberation poppler-utils >/dev/null
