#!/usr/bin/env bash
# Broker overhead: the same shards through the local batch (`newsextract crawl -o DIR`, all cores) and through a private
# RabbitMQ node and WORKERS worker processes on this machine (`submit` + `worker`), timed from the start of the command to
# the last output; both outputs must be byte-identical.
#
#   tools/bench-distributed.sh                         # 24 shards of 8 MB (.warc.gz), 3 workers, 3 rounds
#   SHARDS=12 SHARD_MB=4 ROUNDS=1 tools/bench-distributed.sh
#   WORKER_ARGS="--threads 1" tools/bench-distributed.sh
#   WORKER_ENV="DOTNET_gcServer=0" tools/bench-distributed.sh     # environment of the worker processes only
#   WORKER_LOGS=/tmp/bench-logs tools/bench-distributed.sh                # keeps the workers' logs of each round there
#   WARM=0 tools/bench-distributed.sh                  # workers start cold with the job (default 1: each worker first
#                                                      # does one untimed shard, as a long-lived worker has JIT-compiled)
#
# Each round runs the local batch and the distributed run back to back (in alternating order), so both see the same load;
# the machine's load average is printed with each. Reported per round: wall-clock seconds and MB/s of each, their ratio,
# CPU seconds (user+sys of the crawl process / of the workers during the timed job; the broker's own CPU is not counted), and the per-shard overhead: the wall-clock difference per shard, and what the
# workers themselves logged as time spent with the broker per shard (presence, ack); and how long `submit` took (a
# process start, a connection, the confirmed publishes: once per job), with the ratio counted from its end.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARDS=${SHARDS:-24}
SHARD_MB=${SHARD_MB:-8}
ROUNDS=${ROUNDS:-3}
WORKERS=${WORKERS:-3}
WORKER_ARGS=${WORKER_ARGS:-}
WORKER_ENV=${WORKER_ENV:-}
WARM=${WARM:-1}
CLI=${CLI:-src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll}
GEN=tests/NewsExtract.Benchmarks/bin/Release/net10.0/NewsExtract.Benchmarks.dll
PAGES=${PAGES:-../shared/corpus/pages}
export NEWSEXTRACT_STARTUP_PROFILE=0

if [[ ! -f "$CLI" || "${BUILD:-0}" == 1 ]]; then dotnet build -c Release src/NewsExtract.Cli/NewsExtract.Cli.csproj -nologo -v quiet >/dev/null; fi
if [[ ! -f "$GEN" || "${BUILD:-0}" == 1 ]]; then dotnet build -c Release tests/NewsExtract.Benchmarks/NewsExtract.Benchmarks.csproj -nologo -v quiet >/dev/null; fi

WORK=$(mktemp -d)
chmod 711 "$WORK"   # the broker's folder is inside, and its server runs as the rabbitmq user when started as root
worker_pids=()
cleanup() {
  for pid in "${worker_pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  if [[ -n "${RABBITMQ_NODE_DIR:-}" ]]; then tools/rabbitmq-node.sh stop "$RABBITMQ_NODE_DIR" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

mkdir -p "$WORK/in"
if [[ -d "$PAGES" ]]; then dotnet "$GEN" --warc "$WORK/one.warc.gz" "$SHARD_MB" "$PAGES" >/dev/null; else dotnet "$GEN" --warc "$WORK/one.warc.gz" "$SHARD_MB" >/dev/null; fi
for i in $(seq -w 1 "$SHARDS"); do cp "$WORK/one.warc.gz" "$WORK/in/shard-$i.warc.gz"; done
rm "$WORK/one.warc.gz"
BYTES=$(du -cb "$WORK"/in/* | tail -1 | cut -f1)
shard_files=("$WORK"/in/*)

eval "$(tools/rabbitmq-node.sh start "$WORK/broker")"
export NEWSEXTRACT_BROKER
echo "warm workers: $WARM   shards: $SHARDS x $(awk -v b="$BYTES" -v n="$SHARDS" 'BEGIN{printf "%.1f", b/n/1e6}') MB .warc.gz ($(awk -v b="$BYTES" 'BEGIN{printf "%.0f", b/1e6}') MB)   workers: $WORKERS $WORKER_ARGS $WORKER_ENV   cores: $(nproc)   broker: $NEWSEXTRACT_BROKER"

now() { date +%s.%N; }
cpu_of() { awk '{print $14+$15}' "/proc/$1/stat" 2>/dev/null || echo 0; }   # user+system clock ticks of a running process
TICK=$(getconf CLK_TCK)

local_run() {
  rm -rf "$WORK/local"
  /usr/bin/time -f "%e %U %S" -o "$WORK/local.time" dotnet "$CLI" crawl "$WORK"/in/* -o "$WORK/local" --progress none 2>"$WORK/local.err"
  read -r wall user sys <"$WORK/local.time"
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN{print u+s}')"
}

distributed_run() {
  rm -rf "$WORK/dist" "$WORK/warm" "$WORK"/worker-*.log
  worker_pids=()
  for w in $(seq 1 "$WORKERS"); do
    # shellcheck disable=SC2086
    env $WORKER_ENV dotnet "$CLI" worker --name "bench-$w" $WORKER_ARGS 2>"$WORK/worker-$w.log" &
    worker_pids+=($!)
  done
  # Workers are long-lived: wait until each is consuming before the clock starts.
  for w in $(seq 1 "$WORKERS"); do until grep -q "consuming" "$WORK/worker-$w.log" 2>/dev/null; do sleep 0.1; done; done
  if [[ $WARM == 1 ]]; then
    # A worker serves job after job: its JIT warm-up is paid once in its life, not per job. One shard each first
    # (prefetch 1: the broker hands one to each idle consumer), untimed.
    local warm; warm=$(dotnet "$CLI" submit --output "$WORK/warm" "${shard_files[@]:0:$WORKERS}" 2>/dev/null)
    until [[ $(find "$WORK/warm/.newsextract/jobs/$warm/done" -name '*.json' 2>/dev/null | wc -l) -ge $WORKERS ]]; do sleep 0.05; done
  fi
  local cpu0=0
  for pid in "${worker_pids[@]}"; do cpu0=$(awk -v c="$cpu0" -v t="$(cpu_of "$pid")" -v k="$TICK" 'BEGIN{print c + t/k}'); done
  local start; start=$(now)
  local job; job=$(dotnet "$CLI" submit --output "$WORK/dist" "$WORK"/in/* 2>/dev/null)
  local submitted; submitted=$(now)
  until [[ $(find "$WORK/dist/.newsextract/jobs/$job/done" -name '*.json' 2>/dev/null | wc -l) -ge $SHARDS ]]; do sleep 0.05; done
  local end; end=$(now)
  local cpu=0
  for pid in "${worker_pids[@]}"; do cpu=$(awk -v c="$cpu" -v t="$(cpu_of "$pid")" -v k="$TICK" 'BEGIN{print c + t/k}'); done
  cpu=$(awk -v c="$cpu" -v c0="$cpu0" 'BEGIN{print c - c0}')
  for pid in "${worker_pids[@]}"; do kill -TERM "$pid"; done
  wait "${worker_pids[@]}" 2>/dev/null || true
  worker_pids=()
  if [[ -n "${WORKER_LOGS:-}" ]]; then mkdir -p "$WORKER_LOGS"; for f in "$WORK"/worker-*.log; do cp "$f" "$WORKER_LOGS/round-$round-$(basename "$f")"; done; fi
  # The timed job's shards only (not the warm-up's).
  local broker_ms; broker_ms=$(grep -h "shard $job/" "$WORK"/worker-*.log | grep -o '+ [0-9.,]* ms with the broker' | tr -d ',' | awk '{s+=$2; n++} END {if (n) printf "%.1f", s/n; else print "?"}')
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN{printf "%.2f", e-s}') $cpu $broker_ms $(awk -v s="$start" -v e="$submitted" 'BEGIN{printf "%.2f", e-s}')"
}

for round in $(seq 1 "$ROUNDS"); do
  if (( round % 2 )); then
    load1=$(cut -d' ' -f1 /proc/loadavg); read -r lw lc <<<"$(local_run)"
    load2=$(cut -d' ' -f1 /proc/loadavg); read -r dw dc bms sub <<<"$(distributed_run)"
  else
    load2=$(cut -d' ' -f1 /proc/loadavg); read -r dw dc bms sub <<<"$(distributed_run)"
    load1=$(cut -d' ' -f1 /proc/loadavg); read -r lw lc <<<"$(local_run)"
  fi
  same=$(diff -rq -x .newsextract "$WORK/local" "$WORK/dist" >/dev/null && echo identical || echo DIFFERENT)
  echo "$lw $dw $(awk -v l="$lw" -v d="$dw" 'BEGIN{print l/d}') $(awk -v l="$lw" -v d="$dw" -v n="$SHARDS" 'BEGIN{print (d-l)*1000/n}') $bms $load1 $load2 $sub $(awk -v l="$lw" -v d="$dw" -v s="$sub" 'BEGIN{print l/(d-s)}')" >>"$WORK/rounds"
  awk -v r="$round" -v lw="$lw" -v lc="$lc" -v dw="$dw" -v dc="$dc" -v b="$BYTES" -v n="$SHARDS" -v l1="$load1" -v l2="$load2" -v bms="$bms" -v subm="$sub" -v same="$same" 'BEGIN{
    printf "round %d: local %.1f s (%.1f MB/s, cpu %.1f s, load %s) | distributed %.1f s (%.1f MB/s, of which submit %.1f s, cpu %.1f s, load %s) | distributed/local throughput %.3f | overhead per shard %.0f ms wall, %s ms with the broker (worker log) | outputs %s\n",
      r, lw, b/1e6/lw, lc, l1, dw, b/1e6/dw, subm, dc, l2, lw/dw, (dw-lw)*1000/n, bms, same }'
done

# Medians over the rounds, with the lowest and highest value (the machine may be shared: the spread says how much).
summary() {  # column, label, format
  sort -g -k"$1","$1" "$WORK/rounds" | awk -v c="$1" -v label="$2" -v fmt="$3" '{v[NR]=$c} END {
    m = NR % 2 ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2
    printf "  %-40s median " fmt "  (min " fmt ", max " fmt ", %d rounds)\n", label, m, v[1], v[NR], NR }'
}
echo "summary (warm workers: $WARM; $SHARDS shards, $WORKERS workers $WORKER_ARGS $WORKER_ENV, $(nproc) cores; load average now $(cut -d' ' -f1-3 /proc/loadavg)):"
summary 1 "local batch, s" "%.1f"
summary 2 "distributed, s" "%.1f"
summary 3 "distributed/local throughput" "%.3f"
summary 4 "overhead per shard, ms (wall)" "%.0f"
summary 5 "with the broker per shard, ms (logged)" "%.1f"
summary 6 "load average before the local run" "%.1f"
summary 7 "load average before the distributed run" "%.1f"
summary 8 "submit (start to job id), s" "%.1f"
summary 9 "ratio without submit (crawl start kept)" "%.3f"
