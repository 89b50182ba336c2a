#!/usr/bin/env bash
# The manual pages render without a warning (groff -ww, and mandoc -T lint when installed) and
# describe what the programs offer: every command laatu-cli --help lists has its entry in
# laatu-cli.1 with every option its --help lists, every exit code is under EXIT STATUS, and
# every option of laatu --help is in laatu.1. A new command or option fails here until its
# page is written.
#   check-man.sh <man folder> <laatu-cli> <laatu>
set -euo pipefail

man_dir=$1
cli=$2
gui=$3
command -v groff >/dev/null || { echo "groff is not installed (Debian: groff-base)"; exit 77; }
failures=0
fail() {
    echo "FAILED: $*" >&2
    failures=$((failures + 1))
}
# The help texts in English, without a display (laatu answers --help without one).
help_of() {
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 LANGUAGE= "$@" --help
}
# Long options of a help text: --name
options_of() {
    sed -n -E 's/^  (-[[:alnum:]?], )?(--[[:alnum:]-]+).*/\2/p' | grep -v -x -e --help -e --help-all || true
}
# As the option is written in roff: \-\-name
roff() {
    sed 's/-/\\-/g' <<<"$1"
}

for page in laatu.1 laatu-cli.1; do
    warnings=$(groff -man -Tutf8 -ww -z "$man_dir/$page" 2>&1)
    [[ -z $warnings ]] || fail "groff warns on $page: $warnings"
    if command -v mandoc >/dev/null; then
        warnings=$(mandoc -T lint -W warning "$man_dir/$page" 2>&1) || true
        [[ -z $warnings ]] || fail "mandoc warns on $page: $warnings"
    else
        echo "mandoc is not installed: only groff checked $page"
    fi
done

# Each command's entry in laatu-cli.1: from its ".TP / .B name" at the outer level (not inside
# an .RS list of options) to the next one.
entry_of() {
    awk -v name="$(roff "$1")" '
        /^\.RS/ { depth++ } /^\.RE/ { depth-- }
        /^\.S[HS]/ { on = 0 }
        after_tp && depth == 0 && /^\.B / {
            split($0, word, " "); on = (word[2] == name)
        }
        { after_tp = ($0 ~ /^\.TP/) }
        on' "$man_dir/laatu-cli.1"
}

cli_help=$(help_of "$cli")
commands=$(awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }' <<<"$cli_help")
[[ -n $commands ]] || fail "no commands found in laatu-cli --help"
checked=0
for command in $commands; do
    entry=$(entry_of "$command")
    if [[ -z $entry ]]; then
        fail "laatu-cli.1 has no entry for the command \"$command\""
        continue
    fi
    for option in $(help_of "$cli" "$command" | options_of); do
        [[ $option == --db ]] && continue # a global option, described once
        grep -q -F -- "$(roff "$option")" <<<"$entry" ||
            fail "laatu-cli.1: the entry of \"$command\" does not name its option $option"
        checked=$((checked + 1))
    done
done

# Exit codes: those laatu-cli --help names, and merge's 5.
status_section=$(awk '/^\.SH/ { on = ($0 ~ /EXIT STATUS/) } on' "$man_dir/laatu-cli.1")
codes=$(grep -o -E 'Exit codes:.*' <<<"$cli_help" | grep -o -E '\b[0-9]+\b' || true)
[[ -n $codes ]] || fail "no exit codes found in laatu-cli --help"
for code in $codes 5; do
    grep -q -x -F ".B $code" <<<"$status_section" ||
        fail "laatu-cli.1: exit code $code is not under EXIT STATUS"
done

for option in $(help_of "$gui" | options_of); do
    grep -q -F -- "$(roff "$option")" "$man_dir/laatu.1" || fail "laatu.1 does not name $option"
    checked=$((checked + 1))
done

count=$(wc -w <<<"$commands")
if ((failures)); then
    echo "$failures problem(s) in the manual pages" >&2
    exit 1
fi
echo "manual pages: $count commands and $checked options described, renders clean"
