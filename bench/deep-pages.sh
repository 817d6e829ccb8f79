#!/usr/bin/env bash
# deep-pages.sh -- a deep listing page against the first, with nothing else running: /en/news?page=1, ?page=DEEP
# found by its number, and page DEEP as a reader reaches it by the "next" link of the page before
# (?page=DEEP&after=ID). Runs on the archive bench/memory.sh generated and kept (KEEP=1): 20 s of warm-up per page,
# then ROUNDS rounds of `wrk -t1 -c4 -d15s` on each, page cache bypassed (a cookie). Loopback only.
# Usage: KEEP=1 bench/memory.sh JAR; bench/deep-pages.sh target/tilmash-<version>-exec.jar [deep page] [rounds]
#   env: JAVA, JAVA_OPTS (default -Xmx192m -XX:+UseSerialGC)
# Needs: wrk, curl, the database tilmash_bench_memory on a PostgreSQL where user postgres needs no password.
set -Eeuo pipefail
JAR=$(readlink -f "${1:?jar}"); DEEP=${2:-5000}; ROUNDS=${3:-3}
JAVA=${JAVA:-java}; DB=tilmash_bench_memory; PORT=18198; B=http://127.0.0.1:$PORT
JAVA_OPTS=${JAVA_OPTS:-"-Xmx192m -XX:+UseSerialGC"}
WORK=$(mktemp -d /tmp/tilmash-deep.XXXX)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
# shellcheck disable=SC2086
( cd "$WORK" && exec "$JAVA" $JAVA_OPTS -jar "$JAR" --spring.profiles.active=postgres --server.port=$PORT \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --tilmash.demo.enabled=false \
    --tilmash.search.index-dir="$WORK/index" --tilmash.media.dir="$WORK/media" > "$WORK/app.log" 2>&1 ) &
PID=$!
until curl -fs -o /dev/null "$B/actuator/health"; do sleep 0.5; kill -0 $PID 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }; done

NEXT=$(curl -s -H 'Cookie: bench=1' "$B/en/news?page=$((DEEP - 1))" | grep -o 'rel="next" href="[^"]*"' \
  | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
QUERIES=("page=1" "page=$DEEP" "${NEXT#*\?}")
echo "machine: $(nproc) cores, $(uname -sr); JAVA_OPTS: $JAVA_OPTS"
for query in "${QUERIES[@]}"; do
  wrk -t1 -c4 -d20s -H 'Cookie: bench=1' "$B/en/news?$query" > /dev/null
done
for round in $(seq "$ROUNDS"); do
  for query in "${QUERIES[@]}"; do
    printf 'round %s  /en/news?%-24s ' "$round" "$query"
    wrk -t1 -c4 -d15s -H 'Cookie: bench=1' "$B/en/news?$query" \
      | awk '/Requests\/sec/{r=$2} /Latency/{l=$2} /Non-2xx/{e=$0} END{printf "%s req/s, mean latency %s %s\n", r, l, e}'
  done
done
