#!/usr/bin/env bash
# Batch throughput of the Release CLI over the evaluation corpus: one core vs all cores.
#
#   tools/bench-batch.sh                 # build Release CLI if missing, 5 repetitions, corpus list x10 per run
#   REPS=7 REPEAT=20 tools/bench-batch.sh
#   CORPUS=/path/to/pages tools/bench-batch.sh
#   CLI=/path/to/NewsExtract.Cli.dll tools/bench-batch.sh   # another build: a ReadyToRun publish, an installed tool
#                                                            # package's tools/net10.0/<rid>/NewsExtract.Cli.dll
#   CLI=src/NewsExtract.Cli/bin/Release/net10.0/linux-x64/publish/NewsExtract.Cli tools/bench-batch.sh
#                                                            # a native executable (the NativeAOT tool) runs as it is
#
# Each run is one CLI process:  dotnet NewsExtract.Cli.dll --format jsonl --parallel N <pages...>
# with the corpus page list repeated REPEAT times (so process start-up and JIT, ~0.1-0.2 s, are amortised over
# more pages; REPEAT=1 gives the raw one-pass number). Wall time of each run is measured, the median of REPS runs
# is reported as pages/s for N=1 and N=$(nproc), with the speed-up. The jsonl outputs of N=1 and N=nproc must be
# byte-identical (the CLI writes in input order), otherwise the script fails.
#
# The one-core run is pinned to one CPU with taskset (when present): unpinned, a "--parallel 1" process still
# runs the JIT's background compiles and the GC's background thread on the other cores (measured: 1.2 cores of CPU
# for 1.0 of wall time), so it would not be a one-core number. PIN=0 turns the pinning off.
set -euo pipefail

cd "$(dirname "$0")/.."
CORPUS=${CORPUS:-../shared/corpus/pages}
REPS=${REPS:-5}
REPEAT=${REPEAT:-10}
PIN=${PIN:-1}
ONE_CORE=()
if [[ "$PIN" == 1 ]] && command -v taskset >/dev/null; then ONE_CORE=(taskset -c 0); fi
CORES=${CORES:-$(nproc)}
CLI=${CLI:-src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll}

# A .dll runs on the dotnet host; anything else (the NativeAOT executable) runs directly.
if [[ "$CLI" == *.dll ]]; then EXE=(dotnet "$CLI"); else EXE=("$CLI"); fi

if [[ ! -f "$CLI" || "${BUILD:-0}" == 1 ]]; then
  dotnet build -c Release src/NewsExtract.Cli/NewsExtract.Cli.csproj -nologo -v quiet >/dev/null
fi

mapfile -t FILES < <(find "$CORPUS" -maxdepth 1 -type f \( -name '*.html' -o -name '*.htm' -o -name '*.txt' \) | LC_ALL=C sort)
if [[ ${#FILES[@]} -eq 0 ]]; then
  echo "bench-batch: no pages under $CORPUS" >&2
  exit 2
fi

PAGES=()
for ((r = 0; r < REPEAT; r++)); do PAGES+=("${FILES[@]}"); done
COUNT=${#PAGES[@]}
BYTES=$(cat "${FILES[@]}" | wc -c)
BYTES=$((BYTES * REPEAT))

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# run N OUT -> prints "wall_seconds cpu_seconds" (cpu = user + sys of the CLI process)
run() {
  local par=$1 out=$2 rc
  set +e
  local pin=()
  if [[ "$par" == 1 ]]; then pin=("${ONE_CORE[@]}"); fi
  { TIMEFORMAT='%3R %3U %3S'; time "${pin[@]}" "${EXE[@]}" --format jsonl --parallel "$par" "${PAGES[@]}" >"$out" 2>"$out.err"; } 2>"$out.time"
  rc=$?
  set -e
  if [[ $rc -gt 1 ]]; then
    echo "bench-batch: CLI failed (exit $rc):" >&2
    cat "$out.err" >&2
    exit 1
  fi
  awk '{printf "%s %.3f\n", $1, $2 + $3}' "$out.time"
}

median() { printf '%s\n' "$@" | LC_ALL=C sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "corpus: $CORPUS  (${#FILES[@]} pages, x$REPEAT = $COUNT pages, $(awk -v b="$BYTES" 'BEGIN{printf "%.1f", b/1e6}') MB per run)"
echo "cli:    $CLI   reps: $REPS   cores: $CORES   one-core run: ${ONE_CORE[*]:-not pinned}"

# One warm-up run each, so disk cache and tiered-compilation artefacts are the same for both.
run 1 "$TMP/warm1.jsonl" >/dev/null
run "$CORES" "$TMP/warmN.jsonl" >/dev/null

echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) before"
T1=(); C1=(); TN=(); CN=()
for ((i = 0; i < REPS; i++)); do
  read -r w c < <(run 1 "$TMP/out1.jsonl"); T1+=("$w"); C1+=("$c")
  read -r w c < <(run "$CORES" "$TMP/outN.jsonl"); TN+=("$w"); CN+=("$c")
done
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) after  -- wall-clock numbers only mean something when this is well below $CORES"

# What the machine itself gives: N independent one-core runs side by side, each pinned to its own CPU, against the
# one-core median. A VM's "cores" may be hyperthreads or shared with other tenants: then even fully independent
# processes do not reach N x, and no parallel program can.
CEILING=""
if [[ ${#ONE_CORE[@]} -gt 0 ]]; then
  start=$(date +%s.%N)
  for ((c = 0; c < CORES; c++)); do
    taskset -c "$c" "${EXE[@]}" --format jsonl --parallel 1 "${PAGES[@]}" >"$TMP/ceiling$c.jsonl" 2>/dev/null &
  done
  wait
  CEILING=$(echo "$(date +%s.%N) - $start" | bc)
fi

if ! cmp -s "$TMP/out1.jsonl" "$TMP/outN.jsonl"; then
  echo "bench-batch: FAIL: --parallel 1 and --parallel $CORES outputs differ:" >&2
  diff "$TMP/out1.jsonl" "$TMP/outN.jsonl" | head -20 >&2
  exit 1
fi
FAILED=$(grep -c '"error"' "$TMP/out1.jsonl" || true)

M1=$(median "${T1[@]}"); MN=$(median "${TN[@]}")
K1=$(median "${C1[@]}"); KN=$(median "${CN[@]}")
awk -v n="$COUNT" -v b="$BYTES" -v s1="$M1" -v sn="$MN" -v k1="$K1" -v kn="$KN" -v c="$CORES" -v f="$FAILED" -v ce="$CEILING" '
BEGIN {
  printf "parallel 1:  median wall %.3f s  %8.1f pages/s  %6.2f MB/s   (cpu %.3f s, %.1f pages per cpu-second)\n", s1, n / s1, b / s1 / 1e6, k1, n / k1
  printf "parallel %d:  median wall %.3f s  %8.1f pages/s  %6.2f MB/s   (cpu %.3f s, %.1f pages per cpu-second)\n", c, sn, n / sn, b / sn / 1e6, kn, n / kn
  printf "speed-up:    %.2fx wall-clock on %d cores\n", s1 / sn, c
  if (ce != "") printf "ceiling:     %.2fx: %d independent one-core runs side by side took %.3f s for %d x the pages (the most any parallel run can get here)\n", c * s1 / ce, c, ce, c
  printf "outputs:     byte-identical (%d lines with errors)\n", f
}'
echo "runs wall (s): p1 = ${T1[*]} | p$CORES = ${TN[*]}"
echo "runs cpu  (s): p1 = ${C1[*]} | p$CORES = ${CN[*]}"
