#!/usr/bin/env bash
# Rebuilds corpus/reports and corpus/bad from the UTF-8 master texts the samples were written in
# (SRC holds X.txt and X.expected.json for every sample). Needs LibreOffice (soffice), qpdf, iconv, zip
# and the built jar (./anjuan --version builds it). The result is committed; CI does not run this.
#
#   corpus/tools/make-corpus.sh SRC_DIR
set -euo pipefail
src="$(cd "$1" && pwd)"
here="$(cd "$(dirname "$0")/.." && pwd)"
jar="$here/../cli/target/anjuan.jar"
reports="$here/reports"
bad="$here/bad"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$reports" "$bad"
tool() { java -cp "$jar" "$here/tools/$1.java" "${@:2}" 2>/dev/null; }
office() { # office FORMAT X : X.docx in $work -> $work/X.FORMAT
  (cd "$work" && soffice --headless --convert-to "$1" "$2.docx" >/dev/null 2>&1)
}
docx() { # docx X [HEADER]: lays X.txt out as $work/X.docx, with a running header and page numbers if given
  tool MakeDocx "$src/$1.txt" "$work/$1.docx" "${@:2}"
}
gold() { cp "$src/$1.expected.json" "$reports/"; }

# Word with a running header and page-number footer (Tika must leave both out).
docx a1-investigation "澄州市人民政府安全生产委员会"; cp "$work/a1-investigation.docx" "$reports/"; gold a1-investigation
# Text PDF with running header and "- N -" page numbers on every page.
docx a2-evaluation "澄州市安全生产委员会办公室"; office pdf a2-evaluation; cp "$work/a2-evaluation.pdf" "$reports/"; gold a2-evaluation
# Legacy Word 97 .doc.
docx b1-investigation; office doc b1-investigation; cp "$work/b1-investigation.doc" "$reports/"; gold b1-investigation
# GBK plain text without BOM.
iconv -f UTF-8 -t GB18030 "$src/b2-evaluation.txt" > "$reports/b2-evaluation.txt"; gold b2-evaluation
# GBK HTML page of a government site whose <meta> wrongly says UTF-8, with navigation, breadcrumb and footer.
"$here/tools/gov-page.sh" "$src/c1-investigation.txt" "云溪区应急管理局" "2021-12-20" "utf-8" \
  | iconv -f UTF-8 -t GB18030 > "$reports/c1-investigation.html"; gold c1-investigation
# OpenDocument text.
docx c2-evaluation; office odt c2-evaluation; cp "$work/c2-evaluation.odt" "$reports/"; gold c2-evaluation
# Scanned PDF: pages rendered to images, no text layer.
docx c3-approval; office pdf c3-approval; tool MakeScan "$work/c3-approval.pdf" "$reports/c3-approval.pdf" 300; gold c3-approval
# UTF-8 with BOM and CRLF line ends.
{ printf '\xEF\xBB\xBF'; sed 's/$/\r/' "$src/d1-investigation.txt"; } > "$reports/d1-investigation.txt"; gold d1-investigation
# Rich Text Format.
docx e2-evaluation; office rtf e2-evaluation; cp "$work/e2-evaluation.rtf" "$reports/"; gold e2-evaluation
# A zip of two notices: UTF-16LE text with BOM, and a UTF-8 HTML page.
{ printf '\xFF\xFE'; iconv -f UTF-8 -t UTF-16LE "$src/f1-notice.txt"; } > "$work/f1-notice.txt"
"$here/tools/gov-page.sh" "$src/g1-notice.txt" "青岚县应急管理局" "2024-03-15" "utf-8" > "$work/g1-notice.html"
rm -f "$reports/notices.zip"; (cd "$work" && zip -q -X "$reports/notices.zip" f1-notice.txt g1-notice.html)
gold f1-notice; gold g1-notice
# A photographed page (PNG).
docx h1-notice; office pdf h1-notice; tool MakeScan "$work/h1-notice.pdf" "$work/h1-scan.pdf" 300 "$reports/h1-notice.png"; gold h1-notice
# A second round of samples: road traffic with full names, a chemical case summary, machinery, fire, a penalty notice.
docx i1-investigation "峤南市人民政府安全生产委员会"; office pdf i1-investigation; cp "$work/i1-investigation.pdf" "$reports/"; gold i1-investigation
docx i2-evaluation; cp "$work/i2-evaluation.docx" "$reports/"; gold i2-evaluation
iconv -f UTF-8 -t GB18030 "$src/j1-summary.txt" > "$reports/j1-summary.txt"; gold j1-summary
"$here/tools/gov-page.sh" "$src/k1-investigation.txt" "芷川市应急管理局" "2023-12-05" "utf-8" > "$reports/k1-investigation.html"; gold k1-investigation
docx m1-investigation; office odt m1-investigation; cp "$work/m1-investigation.odt" "$reports/"; gold m1-investigation
docx m2-evaluation; office doc m2-evaluation; cp "$work/m2-evaluation.doc" "$reports/"; gold m2-evaluation
docx n1-notice; office rtf n1-notice; cp "$work/n1-notice.rtf" "$reports/"; gold n1-notice
cp "$src/p1-evaluation.txt" "$reports/"; gold p1-evaluation

# Bad inputs, each ending in its own status.
: > "$bad/empty.txt"
head -c 4096 /dev/urandom > "$bad/random-bytes.bin"
head -c $(( $(stat -c %s "$reports/a2-evaluation.pdf") * 6 / 10 )) "$reports/a2-evaluation.pdf" > "$bad/truncated.pdf"
qpdf --encrypt secret owner 256 -- "$work/h1-notice.pdf" "$bad/encrypted.pdf"
mkdir -p "$work/corrupt" && (cd "$work/corrupt" && unzip -q "$reports/a1-investigation.docx" \
  && printf '<w:document><w:body><w:p>unterminated' > word/document.xml && rm -f "$bad/corrupt.docx" && zip -q -r -X "$bad/corrupt.docx" .)
head -c 400M /dev/zero > "$work/zeros.txt" && rm -f "$bad/zip-bomb.zip" && (cd "$work" && zip -q -9 "$bad/zip-bomb.zip" zeros.txt)


# The same report in every format, for the ingest test that all of them give one id and one text.
same="$here/../ingest/src/test/resources/same-report"
mkdir -p "$same"
docx a2-evaluation; for f in doc odt rtf pdf; do office "$f" a2-evaluation; done
for f in docx doc odt rtf pdf; do cp "$work/a2-evaluation.$f" "$same/a2.$f"; done
cp "$src/a2-evaluation.txt" "$same/a2.utf8.txt"
iconv -f UTF-8 -t GB18030 "$src/a2-evaluation.txt" > "$same/a2.gbk.txt"
{ printf '\xFF\xFE'; iconv -f UTF-8 -t UTF-16LE "$src/a2-evaluation.txt"; } > "$same/a2.utf16.txt"
"$here/tools/gov-page.sh" "$src/a2-evaluation.txt" "澄州市应急管理局" "2023-03-01" "gb2312" | iconv -f UTF-8 -t GB18030 > "$same/a2.gbk.html"
ls -la "$reports" "$bad" "$same"
