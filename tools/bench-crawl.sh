#!/usr/bin/env bash
# Crawl throughput of the Release CLI on a generated WARC (1 GB by default): one pinned core vs all cores.
#
#   tools/bench-crawl.sh                        # 1,000 MB plain WARC of the corpus pages, 3 repetitions
#   SIZE_MB=200 REPS=1 tools/bench-crawl.sh     # a quicker look
#   FORMAT=warc.gz tools/bench-crawl.sh         # gzip per record, as crawlers write (SIZE_MB is then the compressed size)
#   PAGES=/path/to/pages tools/bench-crawl.sh   # other pages (default ../shared/corpus/pages, else the benchmark pages)
#   CLI=/path/to/NewsExtract.Cli.dll tools/bench-crawl.sh
#
# The WARC is generated at bench time (never committed) by tests/NewsExtract.Benchmarks (--warc), into BENCH_DIR
# (default: a temporary folder, removed at the end; set BENCH_DIR to keep and reuse it). For every page it holds a
# request, a response (plain, chunked, gzip- or brotli-encoded in turn) and a metadata record, plus 404s, images,
# redirects and revisits that must be skipped. Each run is one process:
#     dotnet NewsExtract.Cli.dll crawl FILE --parallel N --progress none > out.jsonl
# timed by /usr/bin/time -v (wall, CPU, peak RSS). Reported: the median of REPS runs as records/s, pages/s and MB/s (of
# the file) for N=1 (pinned to one CPU with taskset) and N=$(nproc), per core, the speed-up, the peak RSS (the check:
# at most RSS_LIMIT_MB with all cores) and whether the two outputs are byte-identical (they must be).
set -euo pipefail

cd "$(dirname "$0")/.."
SIZE_MB=${SIZE_MB:-1000}
FORMAT=${FORMAT:-warc}
REPS=${REPS:-3}
CORES=${CORES:-$(nproc)}
RSS_LIMIT_MB=${RSS_LIMIT_MB:-400}
CLI=${CLI:-src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll}
GEN=tests/NewsExtract.Benchmarks/bin/Release/net10.0/NewsExtract.Benchmarks.dll
PAGES=${PAGES:-../shared/corpus/pages}
PIN=()
if command -v taskset >/dev/null; then PIN=(taskset -c 0); fi
if [[ ! -x /usr/bin/time ]]; then
  echo "bench-crawl: /usr/bin/time is needed (Debian: apt-get install time)" >&2
  exit 2
fi

if [[ ! -f "$CLI" || "${BUILD:-0}" == 1 ]]; then
  dotnet build -c Release src/NewsExtract.Cli/NewsExtract.Cli.csproj -nologo -v quiet >/dev/null
fi
if [[ ! -f "$GEN" || "${BUILD:-0}" == 1 ]]; then
  dotnet build -c Release tests/NewsExtract.Benchmarks/NewsExtract.Benchmarks.csproj -nologo -v quiet >/dev/null
fi

if [[ -n "${BENCH_DIR:-}" ]]; then
  mkdir -p "$BENCH_DIR"; WORK=$BENCH_DIR; KEEP=1
else
  WORK=$(mktemp -d); KEEP=0
fi
cleanup() { rm -f "$WORK"/out*.jsonl "$WORK"/run*.err; if [[ $KEEP == 0 ]]; then rm -rf "$WORK"; fi; }
trap cleanup EXIT

WARC="$WORK/crawl-${SIZE_MB}MB.$FORMAT"
if [[ ! -f "$WARC" ]]; then
  if [[ -d "$PAGES" ]]; then
    dotnet "$GEN" --warc "$WARC" "$SIZE_MB" "$PAGES"
  else
    echo "bench-crawl: $PAGES not found: the benchmark's generated pages are used" >&2
    dotnet "$GEN" --warc "$WARC" "$SIZE_MB"
  fi
fi
BYTES=$(stat -c %s "$WARC")

# run N OUT -> "wall cpu rss_kb records pages"
run() {
  local par=$1 out=$2 pin=()
  if [[ "$par" == 1 ]]; then pin=("${PIN[@]}"); fi
  /usr/bin/time -v -o "$out.time" "${pin[@]}" dotnet "$CLI" crawl "$WARC" --parallel "$par" --progress none >"$out" 2>"$out.err" || {
    echo "bench-crawl: CLI failed:" >&2; cat "$out.err" >&2; exit 1; }
  local wall cpu rss records pages
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; print s}' "$out.time")
  cpu=$(awk -F': ' '/User time/ {u=$2} /System time/ {s=$2} END {print u+s}' "$out.time")
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out.time")
  records=$(sed -n 's/^crawl done: .*inputs, \([0-9,]*\) records.*/\1/p' "$out.err" | tr -d ,)
  pages=$(wc -l <"$out")
  echo "$wall $cpu $rss $records $pages"
}

median() { printf '%s\n' "$@" | LC_ALL=C sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

echo "warc:   $WARC ($(awk -v b="$BYTES" 'BEGIN{printf "%.1f", b/1e6}') MB)"
echo "cli:    $CLI   reps: $REPS   cores: $CORES   one-core run: ${PIN[*]:-not pinned}"
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) before"
W1=(); C1=(); R1=(); WN=(); CN=(); RN=()
for ((i = 0; i < REPS; i++)); do
  read -r w c r records pages < <(run 1 "$WORK/out1.jsonl"); W1+=("$w"); C1+=("$c"); R1+=("$r")
  read -r w c r records pages < <(run "$CORES" "$WORK/outN.jsonl"); WN+=("$w"); CN+=("$c"); RN+=("$r")
done
echo "load:   $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min) after the runs  -- wall-clock numbers only mean something when this is well below $CORES"

# What the machine itself gives: N independent one-core runs side by side, each pinned to its own CPU. A VM's "cores"
# may be hyperthreads or shared with other tenants: then even independent processes do not reach N x.
CEILING=""
if [[ ${#PIN[@]} -gt 0 && "${CEIL:-1}" == 1 ]]; then
  start=$(date +%s.%N)
  for ((c = 0; c < CORES; c++)); do
    taskset -c "$c" dotnet "$CLI" crawl "$WARC" --parallel 1 --progress none >/dev/null 2>&1 &
  done
  wait
  CEILING=$(echo "$(date +%s.%N) - $start" | bc)
fi

SAME=identical
if ! cmp -s "$WORK/out1.jsonl" "$WORK/outN.jsonl"; then SAME=DIFFERENT; fi
M1=$(median "${W1[@]}"); MN=$(median "${WN[@]}"); K1=$(median "${C1[@]}"); KN=$(median "${CN[@]}")
P1=$(printf '%s\n' "${R1[@]}" | sort -n | tail -1); PN=$(printf '%s\n' "${RN[@]}" | sort -n | tail -1)
awk -v b="$BYTES" -v r="$records" -v p="$pages" -v s1="$M1" -v sn="$MN" -v k1="$K1" -v kn="$KN" -v c="$CORES" -v p1="$P1" -v pn="$PN" -v lim="$RSS_LIMIT_MB" -v same="$SAME" -v ce="$CEILING" '
BEGIN {
  printf "records:     %d in the file, %d pages written\n", r, p
  printf "parallel 1:  median wall %7.2f s  %7.0f records/s  %6.1f pages/s  %6.2f MB/s   cpu %.1f s (%.2f MB per cpu-second)  peak RSS %d MB\n", s1, r/s1, p/s1, b/s1/1e6, k1, b/k1/1e6, p1/1024
  printf "parallel %d:  median wall %7.2f s  %7.0f records/s  %6.1f pages/s  %6.2f MB/s   cpu %.1f s (%.2f MB per cpu-second)  peak RSS %d MB\n", c, sn, r/sn, p/sn, b/sn/1e6, kn, b/kn/1e6, pn/1024
  printf "per core:    %.2f MB/s with %d cores\n", b/sn/1e6/c, c
  printf "speed-up:    %.2fx wall-clock on %d cores (target >= 1.8x on 2)\n", s1/sn, c
  if (ce != "") printf "ceiling:     %.2fx: %d independent one-core runs side by side took %.2f s for %d x the work (the most any parallel run gets here now)\n", c*s1/ce, c, ce, c
  printf "peak RSS:    %d MB with %d cores: %s (limit %d MB)\n", pn/1024, c, (pn/1024 <= lim) ? "ok" : "OVER", lim
  printf "outputs:     %s on 1 and %d cores\n", same, c
}'
echo "runs wall (s): p1 = ${W1[*]} | p$CORES = ${WN[*]}"
echo "runs cpu  (s): p1 = ${C1[*]} | p$CORES = ${CN[*]}"
echo "runs rss (KB): p1 = ${R1[*]} | p$CORES = ${RN[*]}"
if [[ "$SAME" != identical ]]; then exit 1; fi
