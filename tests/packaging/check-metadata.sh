#!/usr/bin/env bash
# The desktop entry and the AppStream metadata pass Debian's validators and agree with the
# project: fi and sv texts, the home page, the version, screenshots that exist.
#   check-metadata.sh desktop <file.desktop>
#   check-metadata.sh metainfo <file.metainfo.xml> <homepage URL> <version> <screenshots folder>
# Exits 77 (ctest: skipped) when the validator is not installed (Debian: desktop-file-utils,
# appstream).
set -euo pipefail

failures=0
fail() {
    echo "FAILED: $*" >&2
    failures=$((failures + 1))
}

case $1 in
    desktop)
        file=$2
        command -v desktop-file-validate >/dev/null || { echo "desktop-file-validate is not installed"; exit 77; }
        # It prints hints and warnings as well as errors; any of them fails the test.
        out=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate: $out"
        [[ -z $out ]] || fail "desktop-file-validate: $out"
        for key in Name Comment GenericName Keywords; do
            for lang in fi sv; do
                grep -q -E "^$key\[$lang\]=.+" "$file" || fail "$file has no $key[$lang]"
            done
        done
        ;;
    metainfo)
        file=$2 homepage=$3 version=$4 screenshots=$5
        command -v appstreamcli >/dev/null || { echo "appstreamcli is not installed"; exit 77; }
        # --no-net: the build has no network, and the URLs are checked against the tree below.
        # Warnings fail as errors do; infos (and pedantic notes) pass.
        appstreamcli validate --no-net --explain "$file" || fail "appstreamcli validate"
        for tag in summary p; do
            for lang in fi sv; do
                grep -q "<$tag xml:lang=\"$lang\">" "$file" || fail "$file has no $tag in $lang"
            done
        done
        grep -q -F "<url type=\"homepage\">$homepage</url>" "$file" ||
            fail "$file: the homepage is not the project's $homepage"
        newest=$(grep -o -m 1 -E '<release version="[^"]+"' "$file" | cut -d '"' -f 2)
        [[ $newest == "$version" ]] || fail "$file: the newest release is $newest, the project is $version"
        count=0
        while read -r url; do
            count=$((count + 1))
            [[ $url == "$homepage/screenshots/"* ]] || fail "screenshot $url is not under $homepage/screenshots/"
            [[ -f $screenshots/${url##*/} ]] || fail "screenshot $url: no ${url##*/} in $screenshots"
        done < <(grep -o -E '<image[^>]*>[^<]+</image>' "$file" | sed -E 's/<[^>]+>//g')
        ((count > 0)) || fail "$file has no screenshots"
        ;;
    *)
        echo "usage: check-metadata.sh desktop|metainfo ..." >&2
        exit 2
        ;;
esac
if ((failures)); then
    exit 1
fi
echo "$1 metadata valid"
