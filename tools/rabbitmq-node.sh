#!/usr/bin/env bash
# A private RabbitMQ node for benchmarks and trying the distributed commands on one machine (the tests start their own
# from C#: tests/NewsExtract.Tests/Distributed/RabbitMqNode.cs). Debian's rabbitmq-server, on loopback, with its own
# data folder, Erlang cookie and epmd, free ports, no plugins; as the rabbitmq user when run as root.
#
#   eval "$(tools/rabbitmq-node.sh start DIR)"   # starts it; prints NEWSEXTRACT_BROKER=amqp://… and RABBITMQ_NODE_DIR=DIR
#   tools/rabbitmq-node.sh ctl DIR close_all_connections reason    # rabbitmqctl against this node only
#   tools/rabbitmq-node.sh stop DIR              # stops it by node name (then by pid), stops its epmd, removes DIR
set -euo pipefail

cmd=${1:?start|stop|ctl}; dir=${2:?folder for the node}
server=/usr/lib/rabbitmq/bin/rabbitmq-server
ctl=/usr/lib/rabbitmq/bin/rabbitmqctl
[[ -x $server ]] || { echo "rabbitmq-node: $server not found (apt-get install rabbitmq-server)" >&2; exit 2; }

as_server() {
  if [[ $(id -u) == 0 ]]; then setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups "$@"; else "$@"; fi
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
load_env() { set -a; . "$dir/env"; set +a; }
# A start that fails leaves nothing running: its server (if any) and its epmd are stopped.
fail_start() {
  echo "rabbitmq-node: $1" >&2
  for f in server.sh.pid epmd.pid; do [[ -f $dir/$f ]] && kill "$(cat "$dir/$f")" 2>/dev/null; done
  exit 1
}

case $cmd in
start)
  mkdir -p "$dir"/{home,mnesia,log}
  dir=$(cd "$dir" && pwd)
  id=$(head -c4 /dev/urandom | od -An -tx1 | tr -d ' \n')
  amqp=$(free_port)
  cat >"$dir/env" <<EOF
HOME=$dir/home
ERL_EPMD_PORT=$(free_port)
RABBITMQ_NODENAME=newsextract-$id@localhost
RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
RABBITMQ_NODE_PORT=$amqp
RABBITMQ_DIST_PORT=$(free_port)
RABBITMQ_CTL_DIST_PORT_MIN=$(free_port)
RABBITMQ_CTL_DIST_PORT_MAX=\$RABBITMQ_CTL_DIST_PORT_MIN
RABBITMQ_MNESIA_BASE=$dir/mnesia
RABBITMQ_LOG_BASE=$dir/log
RABBITMQ_FEATURE_FLAGS_FILE=$dir/feature_flags
RABBITMQ_ENABLED_PLUGINS_FILE=$dir/enabled_plugins
RABBITMQ_PID_FILE=$dir/rabbitmq.pid
RABBITMQ_CONF_ENV_FILE=$dir/rabbitmq-env.conf
RABBITMQ_CONFIG_FILE=$dir/rabbitmq
RABBITMQ_ADVANCED_CONFIG_FILE=$dir/advanced.config
EOF
  echo '[].' >"$dir/enabled_plugins"; : >"$dir/rabbitmq-env.conf"
  head -c16 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$dir/home/.erlang.cookie"; chmod 400 "$dir/home/.erlang.cookie"
  if [[ $(id -u) == 0 ]]; then
    chown -R rabbitmq:rabbitmq "$dir"
    # The server runs as rabbitmq: every folder above DIR must let it through (mktemp -d makes 0700 folders).
    if ! setpriv --reuid=rabbitmq --regid=rabbitmq --init-groups test -r "$dir/home/.erlang.cookie"; then
      fail_start "the rabbitmq user cannot reach $dir (a folder above it is not searchable by others)"
    fi
  fi
  load_env
  epmd -port "$ERL_EPMD_PORT" >/dev/null 2>&1 & echo $! >"$dir/epmd.pid"
  as_server "$server" >"$dir/server.out" 2>&1 & echo $! >"$dir/server.sh.pid"
  for _ in $(seq 1 300); do
    if ! kill -0 "$(cat "$dir/server.sh.pid")" 2>/dev/null; then
      tail -3 "$dir/server.out" >&2; fail_start "the server exited; see $dir/server.out and $dir/log"
    fi
    if as_server "$ctl" -n "$RABBITMQ_NODENAME" await_startup -t 1 >/dev/null 2>&1; then
      echo "NEWSEXTRACT_BROKER=amqp://guest:guest@127.0.0.1:$amqp/"; echo "RABBITMQ_NODE_DIR=$dir"; exit 0
    fi
    sleep 0.5
  done
  fail_start "the node did not start in time; see $dir/log"
  ;;
ctl)
  load_env; shift 2
  as_server "$ctl" -n "$RABBITMQ_NODENAME" "$@"
  ;;
stop)
  load_env
  as_server "$ctl" -n "$RABBITMQ_NODENAME" stop >/dev/null 2>&1 || true
  for f in rabbitmq.pid server.sh.pid epmd.pid; do
    if [[ -f $dir/$f ]]; then pid=$(cat "$dir/$f"); kill "$pid" 2>/dev/null || true; fi
  done
  sleep 1
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start|stop|ctl DIR" >&2; exit 2 ;;
esac
