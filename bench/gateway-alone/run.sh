#!/usr/bin/env bash
# The gateway alone (issue 16): OneWindow's gateway, a bare Spring Cloud Gateway and nginx, each
# proxying to the same trivial upstream (nginx answering a small JSON), loaded in turns by wrk, each
# proxy's own CPU per request read from /proc. Nothing else of the stack runs, so the figures are
# the proxies' alone; the turns put the machine's drift on all three alike.
#   ./onewindow bench gateway [-c CONNECTIONS] [-s SECONDS] [-r ROUNDS]
# Needs nginx and wrk (Debian packages, installed with apt-get when missing: run as root, as CI
# does) and a built gateway (the launcher builds it).
set -euo pipefail
cd "$(dirname "$0")"
connections=50 seconds=10 rounds=3
while getopts "c:s:r:" option; do
  case "$option" in
    c) connections=$OPTARG ;; s) seconds=$OPTARG ;; r) rounds=$OPTARG ;;
    *) echo "usage: run.sh [-c CONNECTIONS] [-s SECONDS] [-r ROUNDS]" >&2; exit 2 ;;
  esac
done
for tool in nginx wrk; do
  command -v "$tool" > /dev/null || { echo "» installing $tool"; apt-get install -y -qq "$tool" > /dev/null; }
done
gateway_jar=$(ls ../../gateway/target/gateway-*-exec.jar)
# the JDK the local stack runs the services on: ONEWINDOW_SERVICE_JAVA_HOME, else the newest installed
newest_jdk() {
  for home in /usr/lib/jvm/*/; do
    [ -f "$home/release" ] || continue
    echo "$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release") $home"
  done | sort -n | tail -1 | cut -d' ' -f2
}
java="${ONEWINDOW_SERVICE_JAVA_HOME:-$(newest_jdk)}/bin/java"
[ -x "$java" ] || { echo "no JDK found under /usr/lib/jvm: set ONEWINDOW_SERVICE_JAVA_HOME" >&2; exit 1; }
# the services' own JVM settings (local-stack ServiceProcess)
jvm=(-Xms64m -Xmx384m -XX:+UseSerialGC -XX:TrimNativeHeapInterval=15000 -Dspring.threads.virtual.enabled=true)
path="/api/catalog/items?size=1"

for port in 18995 18996 18997 18998; do
  if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
    echo "port $port is taken (a run left behind?): free it first" >&2
    exit 1
  fi
done

# the proxies' logs stay here, to read when a run fails
work="$PWD/target/run"
rm -rf "$work" && mkdir -p "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2> /dev/null || true; done
  for conf in upstream proxy; do [ -f "$work/$conf.pid" ] && kill "$(cat "$work/$conf.pid")" 2> /dev/null || true; done
}
trap cleanup EXIT
# a closed terminal (HUP) or Ctrl-C must not leave nginx or a JVM behind
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

nginx_conf() { # name, server block
  cat > "$work/$1.conf" << CONF
worker_processes 1;
pid $work/$1.pid;
error_log $work/$1-error.log;
events { worker_connections 1024; }
http { access_log off; keepalive_requests 1000000; $2 }
CONF
  nginx -c "$work/$1.conf"
}
nginx_conf upstream 'server { listen 127.0.0.1:18998; location / { default_type application/json; return 200 "{\"items\":[],\"page\":0,\"size\":1,\"total\":0}"; } }'
nginx_conf proxy 'upstream up { server 127.0.0.1:18998; keepalive 64; }
  server { listen 127.0.0.1:18997; location / { proxy_pass http://up; proxy_http_version 1.1; proxy_set_header Connection ""; } }'

echo "» building the bare Spring Cloud Gateway"
../../mvnw -q -o -f pom.xml package -DskipTests 2> /dev/null || ../../mvnw -q -f pom.xml package -DskipTests
"$java" "${jvm[@]}" -jar target/bare-gateway-1.jar > "$work/bare.log" 2>&1 &
pids+=($!); bare=$!
# the rate limit out of the way: one client (wrk) sends every request
RATE_LIMIT_CAPACITY=10000000 RATE_LIMIT_PER_SECOND=10000000 \
  CATALOG_URI=http://127.0.0.1:18998 SERVER_PORT=18995 "$java" "${jvm[@]}" -jar "$gateway_jar" > "$work/gateway.log" 2>&1 &
pids+=($!); gateway=$!
worker() { pgrep -P "$(cat "$work/$1.pid")" | head -1; }
for target in 18995:gateway 18996:bare 18997:proxy-error; do
  port=${target%%:*}
  for _ in $(seq 90); do curl -sf -o /dev/null "http://127.0.0.1:$port$path" && break; sleep 1; done
  curl -sf -o /dev/null "http://127.0.0.1:$port$path" || {
    echo "nothing answers on $port after 90 s; its log:" >&2
    tail -30 "$work/${target#*:}.log" >&2
    exit 1
  }
done
proxy_worker=$(worker proxy)
[ -n "$proxy_worker" ] || { echo "nginx's proxy has no worker process" >&2; exit 1; }

tick=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
measure() { # label, pid, port, seconds
  local before after out requests
  before=$(cpu "$2")
  out=$(wrk -t1 -c"$connections" -d"$4s" "http://127.0.0.1:$3$path" 2>&1)
  after=$(cpu "$2")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  printf "%-32s %8.0f/s  own CPU %.3f ms a request%s\n" "$1" \
    "$(echo "$out" | awk '/Requests\/sec/ {print $2}')" \
    "$(echo "($after - $before) * 1000 / $tick / $requests" | bc -l)" \
    "$(echo "$out" | awk '/Non-2xx/ {print ", " $0}')"
}
echo "» warming up (C2 compiles the hot paths)"
for _ in 1 2; do
  measure warm-up "$gateway" 18995 30 > /dev/null
  measure warm-up "$bare" 18996 30 > /dev/null
done
echo "OneWindow gateway alone, $(date -u +%FT%TZ), $(nproc) cores, $("$java" -version 2>&1 | head -1), wrk $connections connections, ${seconds} s a turn, GET $path"
for round in $(seq "$rounds"); do
  measure "nginx proxying (reference)" "$proxy_worker" 18997 "$seconds"
  measure "bare Spring Cloud Gateway" "$bare" 18996 "$seconds"
  measure "OneWindow gateway" "$gateway" 18995 "$seconds"
done
