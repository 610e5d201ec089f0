#!/usr/bin/env bash
# The README's screenshots of `newsextract explain`: reports on the two explain fixtures (pages written for the tests,
# tests/NewsExtract.Tests/Fixtures/Explain), rendered by headless Chromium (Debian package chromium) into docs/.
#   tools/explain-screenshots.sh            # docs/explain-zh.png, docs/explain-vi.png (desktop), docs/explain-vi-phone.png
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${NEWSEXTRACT_CHROMIUM:-$(command -v chromium || command -v chromium-browser)}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build src/NewsExtract.Cli -nologo -v quiet -clp:ErrorsOnly > /dev/null
cli=src/NewsExtract.Cli/bin/Debug/net10.0/NewsExtract.Cli.dll
shot() { # report png width,height
  # Site isolation off: headless screenshots leave an out-of-process frame (the sandboxed page) unpainted.
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --user-data-dir="$work/profile" \
    --proxy-server=127.0.0.1:9 --disable-site-isolation-trials --disable-features=IsolateOrigins,site-per-process \
    --virtual-time-budget=3000 --window-size="$3" --screenshot="$2" "file://$1" 2> /dev/null
}
for lang in zh vi; do
  dotnet "$cli" explain "tests/NewsExtract.Tests/Fixtures/Explain/$lang-explain-article.html" -o "$work/$lang.html" --reference-date 2026-01-01
  # The report of a fixture names its path: the screenshot shows it as given here.
  shot "$work/$lang.html" "docs/explain-$lang.png" 1280,1500
done
shot "$work/vi.html" docs/explain-vi-phone.png 390,1400
ls -l docs/explain-*.png
