# Shared helpers for the CLI tests: expect_rc, expect_out, a summary line ctest can read.
passed=0
failed=0
out=""
err=""
rc=0

run() {
    local o e
    o=$(mktemp) e=$(mktemp)
    set +e
    "$@" >"$o" 2>"$e"
    rc=$?
    set -e
    out=$(cat "$o") err=$(cat "$e")
    rm -f "$o" "$e"
}

check() { # check DESCRIPTION CONDITION...
    local what=$1
    shift
    if "$@"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        printf 'FAIL: %s\n  rc=%s\n  stdout: %s\n  stderr: %s\n' "$what" "$rc" "$out" "$err" >&2
    fi
}

contains() { [[ "$1" == *"$2"* ]]; }

finish() {
    echo "$passed passed, $failed failed"
    [ "$failed" -eq 0 ]
}

# Loads the running lab's settings (lab.env) or fails: CI starts the lab before the tests.
require_lab() {
    local lab_dir=${LAB_DIR:-/var/lib/oms-lab}
    if [ ! -r "$lab_dir/lab.env" ]; then
        echo "FAIL: the OMS lab is not running ($lab_dir/lab.env missing): run lab/up" >&2
        exit 1
    fi
    . "$lab_dir/lab.env"
}
