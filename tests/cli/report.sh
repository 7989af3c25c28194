#!/usr/bin/env bash
# `oms-upgrade report`: all four formats from the journal fixtures (no host needed), the PDF
# rendered by poppler, no password in any output, and the exit codes of bad input.
set -euo pipefail
cli=$1
. "$(dirname "$0")/lib.sh"
src=${OMSUA_SOURCE_DIR:-$(cd "$(dirname "$0")/../.." && pwd)}

for tool in pdftoppm pdftotext python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool is missing (scripts/setup installs poppler-utils and python3)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export OMSUA_DATA_DIR=$work/data
mkdir -p "$OMSUA_DATA_DIR/runs"
cp "$src"/tests/data/journal/*.json "$OMSUA_DATA_DIR/runs/"
done_run=20261125T080000Z-oms_330-a1b2
failed_run=20261126T020000Z-oms_330-c3d4
rollback_run=20261125T091500Z-oms_330-e5f6
# The fixtures hold this password where no pattern finds it; the operator has it in the
# environment, as for a real run, so the report must mask it.
planted='Fx'\''ture "pa$s ;wd\3 <&>'
export OMS_META_PASSWORD=$planted
unset QT_QPA_PLATFORM # the command must manage without a display on its own

no_secret() { # no_secret FILE: neither the password nor its telling parts
    ! grep -qF -e "$planted" -e "Fx'ture" -e "Fx&#39;ture" -e 'pa$s ;wd' "$1"
}

for run_id in "$done_run" "$failed_run" "$rollback_run"; do
    for format in html md json pdf; do
        file=$work/$run_id.$format
        run "$cli" report --run "$run_id" --format "$format" --output "$file"
        check "$run_id $format exits 0" [ "$rc" -eq 0 ]
        check "$run_id $format names the file" contains "$out" "report: $file ($format)"
        check "$run_id $format is not empty" [ -s "$file" ]
    done

    run python3 - "$work/$run_id.json" <<'EOF'
import json, sys
report = json.load(open(sys.argv[1]))
assert report["format"] == "omsua-report", report["format"]
assert report["format_version"] == 1
for key in ("run", "summary", "route", "host", "containers", "metadb", "times", "timeline",
            "refetch", "ha", "mounts", "backup", "steps", "warnings", "manual_follow_ups",
            "final_state"):
    assert key in report, key
assert report["run"]["id"] == sys.argv[1].rsplit("/", 1)[1][:-5]
print(report["summary"]["verdict"], report["times"]["downtime_ms"], len(report["steps"]))
EOF
    check "$run_id json parses with the documented fields" [ "$rc" -eq 0 ]

    run python3 - "$work/$run_id.html" <<'EOF'
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "hr", "img", "link", "input", "col", "wbr", "source"}
class Checker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.seen = [], set()
    def handle_starttag(self, tag, attrs):
        self.seen.add(tag)
        if tag not in VOID:
            self.stack.append(tag)
    def handle_startendtag(self, tag, attrs):
        self.seen.add(tag)
    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, (tag, self.stack[-3:], self.getpos())
        self.stack.pop()
checker = Checker()
checker.feed(open(sys.argv[1], encoding="utf-8").read())
checker.close()
assert not checker.stack, checker.stack
assert {"html", "head", "style", "body", "table", "pre"} <= checker.seen, checker.seen
assert not {"script", "link", "img", "iframe"} & checker.seen
print("ok")
EOF
    check "$run_id html parses, tags balanced, nothing external" [ "$rc" -eq 0 ]

    rm -f "$work"/page-*.png
    run pdftoppm -r 30 -png "$work/$run_id.pdf" "$work/page"
    check "$run_id pdf renders" [ "$rc" -eq 0 ]
    pages=$(find "$work" -name 'page-*.png' | wc -l)
    check "$run_id pdf has pages ($pages)" [ "$pages" -ge 2 ]
    empty=$(find "$work" -name 'page-*.png' -size -1k | wc -l)
    check "$run_id pdf pages are non-empty images" [ "$empty" -eq 0 ]
    pdftotext "$work/$run_id.pdf" "$work/$run_id.txt"
    check "$run_id pdf text names the run" grep -qF "$run_id" "$work/$run_id.txt"

    for format in html md json txt; do
        check "$run_id $format holds no password" no_secret "$work/$run_id.$format"
    done
done

check "upgrade report gives the downtime" grep -qF '"downtime_ms": 218588' "$work/$done_run.json"
check "upgrade report has the refetch result" grep -qF 'refetchStoreIntervalMin = 34' "$work/$done_run.md"
check "markdown has the mounts table" grep -qF '| `/home/ds/store` | `/data/oms/store` | `/data/oms/store` |' "$work/$done_run.md"
check "failed report says failed" grep -qF '"verdict": "failed"' "$work/$failed_run.json"
check "rollback report names the components" grep -qF 'JDBCWriter, Connector, Full-Import' "$work/$rollback_run.txt"

# Without --run: the latest run; the format from the file name; --output - is stdout.
run "$cli" report --output "$work/latest.md"
check "latest run exits 0" [ "$rc" -eq 0 ]
check "latest run is the newest journal" contains "$out" "run: $failed_run"
check "latest run's verdict" contains "$out" "verdict: failed"
run "$cli" report --run "$done_run" --format md --output -
check "--output - exits 0" [ "$rc" -eq 0 ]
check "--output - writes markdown to stdout" contains "$out" "# OMS upgrade report"

# Bad input: exit 2 and a message that says what is wrong.
run "$cli" report --run "$done_run" --format docx --output "$work/x.docx"
check "unknown format exits 2" [ "$rc" -eq 2 ]
check "unknown format is named" contains "$err" "unknown format 'docx'"
check "unknown format lists the known ones" contains "$err" "html, md, json, pdf"
run "$cli" report --run 20990101T000000Z-nothing-0000 --format html --output "$work/x.html"
check "missing run exits 2" [ "$rc" -eq 2 ]
check "missing run is named" contains "$err" "no run 20990101T000000Z-nothing-0000"
run "$cli" report --run ../../etc/passwd --format html --output "$work/x.html"
check "a path as run id exits 2" [ "$rc" -eq 2 ]
run "$cli" report --run "$done_run" --format html
check "missing --output exits 2" [ "$rc" -eq 2 ]
check "missing --output is named" contains "$err" "--output"
run "$cli" report --run "$done_run" --output "$work/report"
check "no format and no suffix exits 2" [ "$rc" -eq 2 ]
run "$cli" report --run "$done_run" --format html --output "$work/x.html" --colour
check "unknown option exits 2" [ "$rc" -eq 2 ]
check "unknown option is named" contains "$err" "--colour"
run "$cli" report --run "$done_run" --format html --output "$work/no/such/dir/x.html"
check "unwritable output exits 1" [ "$rc" -eq 1 ]
check "x.html was never written" [ ! -e "$work/x.html" ]
OMSUA_DATA_DIR=$work/empty run "$cli" report --format json --output "$work/x.json"
check "no runs at all exits 2" [ "$rc" -eq 2 ]
check "no runs is explained" contains "$err" "no runs recorded"

finish
