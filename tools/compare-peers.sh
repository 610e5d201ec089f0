#!/usr/bin/env bash
# Score SmartReader (and NewsExtract, once its CLI exists) on the shared corpora with the same score.py contract.
# usage: tools/compare-peers.sh            (from the repository root; SHARED=/path/to/shared to override)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
SHARED="${SHARED:-$(dirname "$repo")/shared}"
if [[ ! -f "$SHARED/tools/score.py" || ! -d "$SHARED/corpus" || ! -d "$SHARED/corpus-text" ]]; then
    echo "compare-peers: shared corpus not found at '$SHARED' (need tools/score.py, corpus/, corpus-text/); set SHARED=..." >&2
    exit 2
fi
corpora=("$SHARED/corpus" "$SHARED/corpus-text")
status=0

score() { # name command
    local name="$1" cmd="$2" corpus
    for corpus in "${corpora[@]}"; do
        echo
        echo "== $name on $(basename "$corpus") =="
        python3 "$SHARED/tools/score.py" --corpus "$corpus" --run "$cmd" || status=1
    done
}

echo "compare-peers: $(date -u +%Y-%m-%dT%H:%MZ), nproc $(nproc), dotnet $(dotnet --version), local time zone $(date +%Z)"

build() { # project: quiet unless it fails
    local log
    if ! log="$(dotnet build "$1" -c Release -nologo 2>&1)"; then
        printf '%s\n' "$log" | grep -E 'error|Error' >&2 || printf '%s\n' "$log" >&2
        return 1
    fi
}

build tools/NewsExtract.PeerRunner || { echo "compare-peers: PeerRunner build failed" >&2; exit 1; }
score "SmartReader $(sed -n 's/.*Include="SmartReader" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)" \
    "dotnet tools/NewsExtract.PeerRunner/bin/Release/net10.0/NewsExtract.PeerRunner.dll smartreader"

cli=src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll
if [[ ! -f src/NewsExtract.Cli/NewsExtract.Cli.csproj ]]; then
    echo; echo "== NewsExtract: skipped (no src/NewsExtract.Cli) =="
elif ! build src/NewsExtract.Cli; then
    echo; echo "== NewsExtract: skipped (CLI build failed) =="; status=1
elif ! probe="$(dotnet "$cli" --format jsonl "$(ls "$SHARED"/corpus/pages/*.html | head -n 1)" 2>/dev/null)" \
        || [[ "$probe" != *'"file"'* ]]; then
    echo; echo "== NewsExtract: skipped (CLI does not print JSON Lines with --format jsonl yet) =="
else
    score "NewsExtract" "dotnet $cli --format jsonl"
fi
exit $status
