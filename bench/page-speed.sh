#!/usr/bin/env bash
# page-speed.sh -- one packaged jar, demo content on H2, the server pinned to CPU 1 and wrk to CPU 0, loopback only:
# time to the first 200, then wrk -t2 -c20 on an article and a listing with the page cache off (uncached rendering)
# and on (served from memory), gzip, and a 304 revalidation.
# Usage: bench/page-speed.sh target/tilmash-<version>-exec.jar [port] [seconds]      (needs wrk, taskset, curl)
set -Eeuo pipefail
JAR=$(readlink -f "${1:?jar}"); PORT=${2:-18190}; SECS=${3:-10}
JAVA=${JAVA:-java}
WORK=$(mktemp -d /tmp/tilmash-speed.XXXX)
B=http://127.0.0.1:$PORT
run() { # cache on/off
  rm -rf "$WORK/data"
  local t0; t0=$(date +%s.%N)
  ( cd "$WORK" && exec taskset -c 1 "$JAVA" $JAVA_OPTS -jar "$JAR" --server.port=$PORT --tilmash.demo.enabled=true \
      --tilmash.demo.password=bench-password-123 --tilmash.site.page-cache.enabled=$1 > "$WORK/app-$1.log" 2>&1 ) &
  PID=$!
  until curl -fs -o /dev/null "$B/en/"; do sleep 0.1; kill -0 $PID 2>/dev/null || { cat "$WORK/app-$1.log"; exit 1; }; done
  echo "page cache $1: first 200 after $(echo "$(date +%s.%N) - $t0" | bc) s"
  until grep -q "Demo content" "$WORK/app-$1.log"; do sleep 0.5; done
  ARTICLE=$(curl -s "$B/en/news" | grep -oE 'href="[^"]*/en/news/[0-9]+-[^"]*"' | head -1 | sed -E 's/href="//;s/"$//;s|^https?://[^/]*||')
  for i in 1 2 3; do curl -s -o /dev/null "$B$ARTICLE"; curl -s -o /dev/null "$B/en/news"; done
  echo "headers of $ARTICLE:"; curl -s -D - -o /dev/null "$B$ARTICLE" | grep -iE 'cache-control|set-cookie|etag|surrogate|x-page-cache|content-length' | sed 's/^/  /'
  for u in "$ARTICLE" /en/news; do
    printf '%-14s %-10s ' "$1" "$( [ "$u" = /en/news ] && echo listing || echo article )"
    taskset -c 0 wrk -t2 -c20 -d${SECS}s "$B$u" | awk '/Requests\/sec/{r=$2} /Latency/{l=$2} END{printf "%s req/s, mean latency %s\n", r, l}'
  done
  if [ "$1" = true ]; then
    printf '%-14s %-10s ' "$1" "gzip"
    taskset -c 0 wrk -t2 -c20 -d${SECS}s -H 'Accept-Encoding: gzip' "$B$ARTICLE" | awk '/Requests\/sec/{r=$2} /Latency/{l=$2} END{printf "%s req/s, mean latency %s\n", r, l}'
  fi
  ETAG=$(curl -s -D - -o /dev/null "$B$ARTICLE" | awk 'tolower($1)=="etag:"{print $2}' | tr -d '\r')
  printf '%-14s %-10s ' "$1" "304"
  taskset -c 0 wrk -t2 -c20 -d${SECS}s -H "If-None-Match: $ETAG" "$B$ARTICLE" | awk '/Requests\/sec/{r=$2} /Latency/{l=$2} END{printf "%s req/s, mean latency %s\n", r, l}'
  echo "RSS: $(ps -o rss= -p $(pgrep -P $PID java 2>/dev/null || echo $PID) | awk '{printf "%.0f MB", $1/1024}')"
  kill $PID; wait $PID 2>/dev/null || true
}
JAVA_OPTS=${JAVA_OPTS:-}
run false
run true
rm -rf "$WORK"
