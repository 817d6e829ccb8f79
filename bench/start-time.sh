#!/usr/bin/env bash
# start-time.sh -- seconds from `java` to the first 200 on /en/ for the packaged jar on the embedded H2 database with
# the demo content: the first start (empty database, demo loaded), a plain second start, then the README's "Fast
# start" (extracted jar, one training run, the JDK's AOT cache), and the same cache trained on a few pages too.
# Loopback only. For Spring AOT, build with -Pfast-start and pass JAVA_OPTS=-Dspring.aot.enabled=true.
# Usage: bench/start-time.sh target/tilmash-<version>-exec.jar [starts]   env: JAVA, JAVA_OPTS
set -Eeuo pipefail
JAR=$(readlink -f "${1:?jar}"); STARTS=${2:-3}; JAVA=${JAVA:-java}; PORT=18195
WORK=$(mktemp -d /tmp/tilmash-start.XXXX)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
ARGS=(--server.port=$PORT --tilmash.demo.enabled=true --tilmash.demo.password=bench-password-123)

first_200() { # label, java arguments...
  local label=$1; shift; local then=${THEN:-}
  local start=$(date +%s.%N)
  ( cd "$WORK" && exec "$JAVA" ${JAVA_OPTS:-} "$@" "${ARGS[@]}" > "$WORK/app.log" 2>&1 ) &
  PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/en/"; do
    sleep 0.05; kill -0 $PID 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
  done
  local end=$(date +%s.%N)
  printf '%-34s first 200 after %5.2f s; %s\n' "$label" "$(echo "$end - $start" | bc)" \
    "$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$WORK/app.log" | head -1)"
  $then
  stop
}

# The first start loads the demo content after it answers; stopped before that ends, it would roll the load back and
# every later start would load it again beside the pages being timed.
stop() { kill $PID; wait $PID 2>/dev/null || true; PID=; }
demo_loaded() { until grep -q 'Demo content loaded' "$WORK/app.log"; do sleep 0.2; kill -0 $PID; done; }

echo "machine: $(nproc) cores, $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg); $("$JAVA" -version 2>&1 | head -1)"
THEN=demo_loaded first_200 "first start (empty database)" -jar "$JAR"
for ((i = 1; i <= STARTS; i++)); do first_200 "plain java -jar, start $i" -jar "$JAR"; done
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
EXTRACTED=$(ls "$WORK"/app/*.jar)
( cd "$WORK" && "$JAVA" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$WORK/app/tilmash.aot" -Dspring.context.exit=onRefresh \
    -jar "$EXTRACTED" "${ARGS[@]}" > "$WORK/training.log" 2>&1 ) || { tail -30 "$WORK/training.log"; exit 1; }
for ((i = 1; i <= STARTS; i++)); do
  first_200 "extracted, AOT cache, start $i" -XX:AOTCache="$WORK/app/tilmash.aot" -jar "$EXTRACTED"
done
# The README's variant: a training run that serves a few pages before it is stopped.
( cd "$WORK" && exec "$JAVA" ${JAVA_OPTS:-} -XX:AOTCacheOutput="$WORK/app/pages.aot" -jar "$EXTRACTED" "${ARGS[@]}" \
    > "$WORK/training-pages.log" 2>&1 ) &
PID=$!
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/en/"; do sleep 0.2; kill -0 $PID; done
ARTICLE=$(curl -s "http://127.0.0.1:$PORT/en/news" | grep -oE 'href="[^"]*/en/news/[0-9]+-[^"]*"' | head -1 \
  | sed -E 's/href="//;s/"$//;s|^https?://[^/]*||' || true)
for page in /en/ /en/news "/en/news?page=2" /ru/ "$ARTICLE" /en/feed.xml /sitemap.xml /login; do
  curl -s -o /dev/null "http://127.0.0.1:$PORT$page"
done
stop
for ((i = 1; i <= STARTS; i++)); do
  first_200 "AOT cache trained on pages, start $i" -XX:AOTCache="$WORK/app/pages.aot" -jar "$EXTRACTED"
done
