#!/usr/bin/env bash
# Scores the CLI on the labelled corpora (HTML and plain text) with ../shared/tools/score.py.
#   tools/score-corpus.sh            print both score tables
#   tools/score-corpus.sh -v         ... with every miss per page
#   tools/score-corpus.sh --baseline also write tests/NewsExtract.Tests/Corpus/baseline.json from this run
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$(dirname "$repo")/shared}
[ -d "$shared/corpus" ] || { echo "score-corpus: no corpus at $shared (set SHARED=...)" >&2; exit 2; }
dotnet build "$repo/src/NewsExtract.Cli" -c Release -v quiet -nologo >/dev/null
cli="dotnet $repo/src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll --format jsonl"
write=0; verbose=()
for a in "$@"; do case "$a" in --baseline) write=1;; -v) verbose=(-v);; esac; done
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for c in corpus corpus-text; do
  echo "== $c"
  python3 "$shared/tools/score.py" --corpus "$shared/$c" --run "$cli" "${verbose[@]}"
  [ $write = 1 ] && python3 "$shared/tools/score.py" --corpus "$shared/$c" --run "$cli" --json > "$tmp/$c.json" 2>/dev/null
done
if [ $write = 1 ]; then
  python3 - "$tmp" "$repo/tests/NewsExtract.Tests/Corpus/baseline.json" <<'PY'
import json, sys
tmp, out = sys.argv[1], sys.argv[2]
keys = ["body_f1", "body_precision", "body_recall", "first_para", "last_para", "title", "date", "datetime",
        "sources_recall", "sources_precision", "authors_recall", "credits_recall", "non_article_rejected"]
base = {}
for c in ("corpus", "corpus-text"):
    s = json.load(open(f"{tmp}/{c}.json"))["summary"]["all"]
    base[c] = {k: round(s[k], 3) for k in keys if s.get(k) is not None}
json.dump(base, open(out, "w"), indent=2)
print("wrote", out)
PY
fi
