#!/bin/sh
# What the document tests need on a fresh Debian machine: LibreOffice Writer without its GUI (to
# convert a generated .docx to PDF headless, as an analyst's office suite would open it) and
# poppler-utils (pdfinfo, pdftotext, pdftoppm) to read the PDF. Idempotent.
set -e
if command -v soffice >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
    exit 0
fi
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends libreoffice-writer-nogui poppler-utils >/dev/null
