#!/usr/bin/env bash
# Sources the bash completion of laatu-cli the way bash-completion does and checks what it
# offers: commands, a command's options, a review number from a demo database, a site name
# with spaces, criterion ids, and file names.
#   check-completion.sh <completion file> <laatu-cli> <work folder>
set -euo pipefail

completion=$(realpath "$1")
cli=$(realpath "$2")
work=$3
rm -rf "$work"
mkdir -p "$work"
work=$(realpath "$work")
"$cli" --db "$work/demo.db" demo >/dev/null

failures=0
# Completes the words given (the last one is the word being completed) and prints COMPREPLY,
# one per line, in a fresh shell.
complete_line() {
    bash --norc --noprofile -c '
        set +euo pipefail
        [ -z "$LAATU_BARE_BASH" ] && [ -r /usr/share/bash-completion/bash_completion ] &&
            . /usr/share/bash-completion/bash_completion
        . "$0" || exit 99
        declare -F _laatu_cli >/dev/null || exit 99
        COMP_WORDS=("$@")
        COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"
        COMP_POINT=${#COMP_LINE}
        _laatu_cli laatu-cli "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
        printf "%s\n" "${COMPREPLY[@]}"' "$completion" "$@"
}

# expect <what> <pattern> <words...>: one of the completions must equal the pattern exactly.
expect() {
    local what=$1 wanted=$2
    shift 2
    local got
    got=$(cd "$work" && complete_line "$@") || { echo "FAILED: $what: the completion did not run" >&2; failures=$((failures + 1)); return; }
    if grep -q -x -F -- "$wanted" <<<"$got"; then
        echo "ok: $what"
    else
        echo "FAILED: $what: wanted \"$wanted\" among:" >&2
        sed 's/^/    /' <<<"$got" >&2
        failures=$((failures + 1))
    fi
}
# refuse <what> <text> <words...>: no completion may equal the text.
refuse() {
    local what=$1 unwanted=$2
    shift 2
    local got
    got=$(cd "$work" && complete_line "$@") || { echo "FAILED: $what: the completion did not run" >&2; failures=$((failures + 1)); return; }
    if grep -q -x -F -- "$unwanted" <<<"$got"; then
        echo "FAILED: $what: \"$unwanted\" offered" >&2
        failures=$((failures + 1))
    else
        echo "ok: $what"
    fi
}

db=$work/demo.db
# Twice: as installed (loaded by bash-completion, with its helpers), and sourced into a bare
# bash without them.
for LAATU_BARE_BASH in "" 1; do
    export LAATU_BARE_BASH
    if [[ -n $LAATU_BARE_BASH ]]; then echo "--- bare bash"; else echo "--- with bash-completion"; fi
    expect "command from nothing" list "$cli" ""
    expect "command from a prefix" export-csv "$cli" exp
    expect "command after --db" show "$cli" --db "$db" sh
    refuse "no option as a command" --json "$cli" ""
    expect "option of show" --json "$cli" show --
    expect "option of hand-out" --with-evidence "$cli" hand-out --w
    expect "option with a value, without =" --out "$cli" report --o
    refuse "no option of another command" --with-notes "$cli" export --
    expect "review number (--db before)" 12 "$cli" --db "$db" show 1
    expect "review number (--db after)" 3 "$cli" report --db "$db" --out x.pdf ""
    refuse "no second review number" 3 "$cli" show --db "$db" 3 ""
    expect "site name with spaces" 'Polku\ IPS-valmennus' "$cli" --db "$db" history Po
    expect "county" 'Keski-Suomen\ hyvinvointialue' "$cli" --db "$db" compare --county Kes
    expect "language" sv "$cli" catalog --lang ""
    expect "criterion id" caseload "$cli" suggest cas
    expect "file after --out" demo.db "$cli" export 3 --out de
    expect "file to import" demo.db "$cli" --db "$db" import ""
done

if ((failures)); then
    echo "$failures completion check(s) failed" >&2
    exit 1
fi
echo "all completion checks passed"
