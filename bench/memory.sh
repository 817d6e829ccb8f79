#!/usr/bin/env bash
# memory.sh -- resident memory of Tilmash under sustained load over a large archive on PostgreSQL, and the cost of a
# deep listing page against the first. Loads ARTICLES articles x 8 languages (bench/generate-archive.sql) into a
# database of its own, starts the jar with JAVA_OPTS (default: the README's "Memory" options), then for SECS seconds
# drives random articles in random languages and random listing pages with wrk (page cache on, so it fills up to its
# bound), sampling the server's resident memory every second. Then, with the page cache bypassed (a cookie), it
# measures /en/news?page=1, ?page=DEEP and page DEEP by the "next" link of the page before it (?page=DEEP&after=ID)
# with wrk. Loopback only.
# Usage: bench/memory.sh target/tilmash-<version>-exec.jar [articles] [seconds] [deep page]
#   env: JAVA, JAVA_OPTS, KEEP=1 keeps the database (tilmash_bench_memory) afterwards, REUSE=1 uses the kept one
# Needs: wrk, curl, psql, a PostgreSQL where user postgres connects without a password (127.0.0.1:5432).
set -Eeuo pipefail
JAR=$(readlink -f "${1:?jar}"); ARTICLES=${2:-100000}; SECS=${3:-120}; DEEP=${4:-5000}
JAVA=${JAVA:-java}; DB=tilmash_bench_memory; PORT=18197; B=http://127.0.0.1:$PORT
JAVA_OPTS=${JAVA_OPTS:-"-Xmx192m -Xss512k -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=32m -XX:+UseSerialGC"}
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/tilmash-memory.XXXX)
PID=
trap '[ -n "$PID" ] && kill $PID 2>/dev/null; wait 2>/dev/null; [ -n "${KEEP:-}" ] || psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
start() { # java options...
  ( cd "$WORK" && exec "$JAVA" "$@" -jar "$JAR" --spring.profiles.active=postgres --server.port=$PORT \
      --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" --tilmash.demo.enabled=false \
      --tilmash.search.index-dir="$WORK/index" --tilmash.media.dir="$WORK/media" > "$WORK/app.log" 2>&1 ) &
  PID=$!
  until curl -fs -o /dev/null "$B/actuator/health"; do sleep 0.5; kill -0 $PID 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }; done
}
stop() { kill $PID; wait $PID 2>/dev/null || true; PID=; }

if [ -z "${REUSE:-}" ]; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB with (force)"
  psql -h 127.0.0.1 -U postgres -qc "create database $DB encoding 'UTF8' template template0"

  start                       # migrates the empty database
  stop
  echo "generating $ARTICLES articles x 8 languages..."
  time psql -h 127.0.0.1 -U postgres -d $DB -q -v articles="$ARTICLES" -f "$HERE/generate-archive.sql"
fi
psql -h 127.0.0.1 -U postgres -d $DB -tAc "select count(*) || ' versions, ' || pg_size_pretty(pg_database_size('$DB'))
  from tilmash_article_version"

# shellcheck disable=SC2086
start $JAVA_OPTS
FIRST=$(psql -h 127.0.0.1 -U postgres -d $DB -tAc "select min(id) from tilmash_article where author = 'bench'")
cat > "$WORK/random.lua" <<EOL
local languages = {"en", "ru", "kk", "ky", "tg", "tk", "uz", "az"}
math.randomseed(42)
request = function()
  local language = languages[math.random(#languages)]
  if math.random(10) == 1 then
    return wrk.format("GET", "/" .. language .. "/news?page=" .. math.random($ARTICLES / 10))
  end
  local id = $FIRST + math.random($ARTICLES) - 1
  return wrk.format("GET", "/" .. language .. "/news/" .. id .. "-bench-article-" .. id)
end
EOL
echo "machine: $(nproc) cores, $(uname -sr); JAVA_OPTS: $JAVA_OPTS"
echo "after start: RSS $(($(ps -o rss= -p $PID) / 1024)) MB"
( peak=0; while kill -0 $PID 2>/dev/null; do rss=$(ps -o rss= -p $PID || echo 0); [ "$rss" -gt "$peak" ] && peak=$rss
    echo "$peak" > "$WORK/peak"; sleep 1; done ) &
SAMPLER=$!
wrk -t2 -c16 -d"${SECS}s" --timeout 10s -s "$WORK/random.lua" "$B" | grep -E "Requests/sec|Latency|Non-2xx|Socket errors" || true
sleep 1; kill $SAMPLER 2>/dev/null || true
echo "under load (random articles and listings, ${SECS} s): peak RSS $(($(cat "$WORK/peak") / 1024)) MB, now $(($(ps -o rss= -p $PID) / 1024)) MB"
# Page DEEP as a reader reaches it: the "next" link of the page before, which names the article it starts after.
NEXT=$(curl -s -H 'Cookie: bench=1' "$B/en/news?page=$((DEEP - 1))" | grep -o 'rel="next" href="[^"]*"' | sed 's/.*href="//; s/"$//; s/&amp;/\&/g')
for query in "page=1" "page=$DEEP" "${NEXT#*\?}"; do
  printf '/en/news?%-24s uncached: ' "$query"
  curl -s -o /dev/null -w '%{http_code} ' -H 'Cookie: bench=1' "$B/en/news?$query"
  wrk -t1 -c4 -d20s -H 'Cookie: bench=1' "$B/en/news?$query" | awk '/Requests\/sec/{r=$2} /Latency/{l=$2} END{printf "%s req/s, mean latency %s\n", r, l}'
done
echo "after the listings: RSS $(($(ps -o rss= -p $PID) / 1024)) MB"
