#!/usr/bin/env bash
# cluster.sh -- 1, 2 and 3 Tilmash instances on one PostgreSQL database behind nginx (round robin, no stickiness),
# each load driven by wrk for SECS seconds through the balancer: requests per second per node count, non-2xx answers
# and socket errors. The demo content is loaded by the first instance. Loopback only.
# Usage: bench/cluster.sh target/tilmash-<version>.jar [seconds] [path]
#   env: CACHE=false|true (page cache, default false: measures rendering), PGHOST_PORT=127.0.0.1:5432,
#        DB=tilmash_bench_cluster (created and dropped by this script; nothing else is touched), WRK="-t2 -c16 --timeout 10s"
# Needs: wrk, nginx, curl, psql, a PostgreSQL where user postgres connects without a password.
set -Eeuo pipefail
JAR=$(readlink -f "${1:?jar}"); SECS=${2:-60}; URLPATH=${3:-/en/news}
JAVA=${JAVA:-java}; CACHE=${CACHE:-false}; DB=${DB:-tilmash_bench_cluster}; WRK=${WRK:-"-t2 -c16 --timeout 10s"}
PGHP=${PGHOST_PORT:-127.0.0.1:5432}; PGH=${PGHP%:*}; PGP=${PGHP#*:}
WORK=$(mktemp -d /tmp/tilmash-cluster.XXXX)
BALANCER=18300; PORTS=(18301 18302 18303)
PIDS=(); NGINX_PID=
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql -h "$PGH" -p "$PGP" -U postgres -qc "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql -h "$PGH" -p "$PGP" -U postgres -qc "drop database if exists $DB with (force)"
psql -h "$PGH" -p "$PGP" -U postgres -qc "create database $DB encoding 'UTF8' template template0"

start() { # index
  local port=${PORTS[$1]}
  mkdir -p "$WORK/node$1"
  ( cd "$WORK/node$1" && exec "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --spring.profiles.active=postgres \
      --spring.datasource.url="jdbc:postgresql://$PGHP/$DB" --server.port="$port" \
      --tilmash.cluster.enabled=true --tilmash.site.page-cache.enabled="$CACHE" \
      --tilmash.demo.enabled="$([ "$1" = 0 ] && echo true || echo false)" --tilmash.demo.password=bench-password-123 \
      --tilmash.media.dir="$WORK/media" --tilmash.search.index-dir="$WORK/node$1/index" \
      --tilmash.site.base-url="http://localhost:$BALANCER" > "$WORK/node$1.log" 2>&1 ) &
  PIDS+=($!)
}
ready() { # index
  until curl -fs -o /dev/null "http://127.0.0.1:${PORTS[$1]}/actuator/health"; do
    sleep 0.5; kill -0 "${PIDS[$1]}" 2>/dev/null || { tail -50 "$WORK/node$1.log"; exit 1; }
  done
}
balance() { # number of nodes
  { echo "worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log; events { worker_connections 1024; }"
    echo "http { access_log off; upstream tilmash { keepalive 32;"
    for ((i = 0; i < $1; i++)); do echo "  server 127.0.0.1:${PORTS[$i]};"; done
    echo "} server { listen 127.0.0.1:$BALANCER; location / { proxy_pass http://tilmash; proxy_http_version 1.1;"
    echo "  proxy_set_header Connection \"\"; proxy_set_header Host localhost:$BALANCER; } } }"
  } > "$WORK/nginx.conf"
  if [ -z "$NGINX_PID" ]; then
    nginx -c "$WORK/nginx.conf" -g 'daemon off;' & NGINX_PID=$!
    sleep 1
  else
    nginx -c "$WORK/nginx.conf" -s reload; sleep 1
  fi
}

start 0; ready 0
until grep -q "Demo content" "$WORK/node0.log"; do sleep 0.5; done
start 1; start 2; ready 1; ready 2
echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr); page cache: $CACHE; wrk $WRK -d${SECS}s http://127.0.0.1:$BALANCER$URLPATH"
for n in 1 2 3; do
  balance $n
  for i in 1 2 3 4 5 6; do curl -s -o /dev/null "http://127.0.0.1:$BALANCER$URLPATH"; done
  printf '%d node(s): ' "$n"
  wrk $WRK -d"${SECS}s" "http://127.0.0.1:$BALANCER$URLPATH" | awk '
    /Requests\/sec/ {r=$2} /Latency/ {l=$2} /Non-2xx/ {n=$NF} /Socket errors/ {s=$0}
    END {printf "%s req/s, mean latency %s, non-2xx %s, %s\n", r, l, (n==""?0:n), (s==""?"no socket errors":s)}'
done
