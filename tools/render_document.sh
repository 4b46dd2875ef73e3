#!/usr/bin/env bash
# Renders page 1 of a generated document as PNG for the README (docs/document-t9.png).
# The .docx comes from DocumentsOverHttpTest, which writes target/documents/document-t9.docx.
# Needs LibreOffice Writer, poppler-utils and CJK fonts (Debian: libreoffice-writer-nogui poppler-utils fonts-noto-cjk).
# Usage: tools/render_document.sh [file.docx] [out.png]
set -euo pipefail
cd "$(dirname "$0")/.."
docx="${1:-target/documents/document-t9.docx}"
png="${2:-docs/document-t9.png}"
if [[ ! -f "$docx" ]]; then
  mvn -q -B test -Dtest=DocumentsOverHttpTest -Dsurefire.failIfNoSpecifiedTests=false
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# a private profile, so that a running LibreOffice of the user is left alone
libreoffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work" "$docx" >/dev/null
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/$(basename "${docx%.docx}").pdf" "${png%.png}"
echo "$png"
