#!/usr/bin/env bash
# cached-vs-nginx.sh -- the page cache against nginx serving the same bytes: both pinned to CPU 1, wrk -t2 -c20 on
# CPU 0, loopback only; JAVA_OPTS go to the JVM. Usage: bench/cached-vs-nginx.sh target/tilmash-<version>-exec.jar [seconds]   (needs nginx, wrk)
set -Eeuo pipefail
JAR=$(readlink -f "${1:?jar}"); SECS=${2:-10}; PORT=18190; NPORT=18199
JAVA=${JAVA:-java}
WORK=$(mktemp -d /tmp/tilmash-nginx.XXXX); mkdir -p "$WORK/root"
( cd "$WORK" && exec taskset -c 1 "$JAVA" ${JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT --tilmash.demo.enabled=true \
    --tilmash.demo.password=bench-password-123 > "$WORK/app.log" 2>&1 ) &
PID=$!
cat > "$WORK/nginx.conf" <<EOC
worker_processes 1; daemon off; pid $WORK/nginx.pid; error_log $WORK/error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$NPORT; root $WORK/root; location / { default_type text/html; } } }
EOC
taskset -c 1 nginx -c "$WORK/nginx.conf" &
NPID=$!
trap 'kill $PID $NPID 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
until grep -q "Demo content" "$WORK/app.log" 2>/dev/null; do sleep 0.5; kill -0 $PID; done
B=http://127.0.0.1:$PORT
ARTICLE=$(curl -s "$B/en/news" | grep -oE 'href="[^"]*/en/news/[0-9]+-[^"]*"' | head -1 | sed -E 's/href="//;s/"$//;s|^https?://[^/]*||')
curl -s "$B$ARTICLE" > "$WORK/root/article.html"; curl -s -o /dev/null "$B$ARTICLE"
echo "page: $ARTICLE, $(wc -c < "$WORK/root/article.html") bytes; $(curl -s -D - -o /dev/null "$B$ARTICLE" | grep -i x-page-cache | tr -d '\r')"
# The JVM compiles its hot code first: both servers get the same warm-up before they are measured.
taskset -c 0 wrk -t2 -c20 -d${SECS}s "$B$ARTICLE" > /dev/null
taskset -c 0 wrk -t2 -c20 -d${SECS}s "http://127.0.0.1:$NPORT/article.html" > /dev/null
for target in "tilmash-cached $B$ARTICLE" "nginx-static http://127.0.0.1:$NPORT/article.html"; do
  set -- $target
  printf '%-16s ' "$1"
  taskset -c 0 wrk -t2 -c20 -d${SECS}s "$2" | awk '/Requests\/sec/{r=$2} /Latency/{l=$2} END{printf "%s req/s, mean latency %s\n", r, l}'
done
