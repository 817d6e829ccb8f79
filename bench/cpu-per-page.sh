#!/usr/bin/env bash
# cpu-per-page.sh -- CPU time the server spends per uncached page (page cache off), which a machine shared with other
# builds disturbs far less than requests per second do. For each jar in turn, and the jars alternated ROUNDS times:
# demo content on H2, the server pinned to CPU 1, a warm-up, then wrk -t1 -c4 for SECS seconds on an article and on
# the listing; the server's own CPU time (user + system, all its threads: JIT and GC included) over the requests served.
# Usage: bench/cpu-per-page.sh [SECS] [ROUNDS] JAR...      (needs wrk, taskset, curl)
set -Eeuo pipefail
SECS=${1:?seconds}; ROUNDS=${2:?rounds}; shift 2
JAVA=${JAVA:-java}; PORT=${PORT:-18191}; B=http://127.0.0.1:$PORT
TICK=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
measure() { # pid url label
  local before after requests
  before=$(ticks "$1")
  requests=$(taskset -c 0 wrk -t1 -c4 -d"${SECS}s" "$B$2" | awk '/requests in/{print $1}')
  after=$(ticks "$1")
  printf '%-12s %-8s %6d requests  %7.2f ms CPU per page  %6.1f req/s\n' "$3" "$4" "$requests" \
    "$(echo "($after - $before) * 1000 / $TICK / $requests" | bc -l)" "$(echo "$requests / $SECS" | bc -l)"
}
for round in $(seq "$ROUNDS"); do
  for jar in "$@"; do
    WORK=$(mktemp -d /tmp/tilmash-cpu.XXXX)
    ( cd "$WORK" && exec taskset -c 1 "$JAVA" ${JAVA_OPTS:-} -jar "$(readlink -f "$jar")" --server.port=$PORT \
        --tilmash.demo.enabled=true --tilmash.demo.password=bench-password-123 \
        --tilmash.site.page-cache.enabled=false > "$WORK/app.log" 2>&1 ) &
    PID=$!
    until grep -q "Demo content" "$WORK/app.log" 2>/dev/null; do sleep 0.5; kill -0 $PID; done
    until curl -fs -o /dev/null "$B/en/"; do sleep 0.2; done
    ARTICLE=$(curl -s "$B/en/news" | grep -oE 'href="[^"]*/en/news/[0-9]+-[^"]*"' | head -1 \
      | sed -E 's/href="//;s/"$//;s|^https?://[^/]*||')
    taskset -c 0 wrk -t1 -c4 -d"${SECS}s" "$B$ARTICLE" > /dev/null
    taskset -c 0 wrk -t1 -c4 -d"${SECS}s" "$B/en/news" > /dev/null
    name=$(basename "$jar" .jar)
    measure $PID "$ARTICLE" "$name" article
    measure $PID /en/news "$name" listing
    echo "             load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%H:%M:%S)"
    kill $PID; wait $PID 2>/dev/null || true
    rm -rf "$WORK"
  done
done
