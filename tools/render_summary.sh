#!/usr/bin/env bash
# Renders the county's summary for the README: page 1 of summary.docx (docs/summary-docx.png) and the top of
# sheet 汇总 of summary.xlsx (docs/summary-xlsx.png). Both files come from ExportsOverHttpTest, which writes
# target/documents/summary.docx and summary.xlsx. Needs LibreOffice Writer and Calc, poppler-utils and CJK fonts
# (Debian: libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -f target/documents/summary.docx || ! -f target/documents/summary.xlsx ]]; then
  mvn -q -B test -Dtest=ExportsOverHttpTest -Dsurefire.failIfNoSpecifiedTests=false
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# a private profile, so that a running LibreOffice of the user is left alone
for file in summary.docx summary.xlsx; do
  libreoffice -env:UserInstallation="file://$work/profile" --headless --convert-to pdf --outdir "$work/${file#*.}" \
    "target/documents/$file" >/dev/null
done
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/docx/summary.pdf" docs/summary-docx
# the sheet is printed A4 landscape fitted to the page width: the table's top part, at a readable resolution
pdftoppm -png -r 220 -f 1 -l 1 -x 100 -y 120 -W 2400 -H 400 -singlefile "$work/xlsx/summary.pdf" docs/summary-xlsx
echo docs/summary-docx.png docs/summary-xlsx.png
