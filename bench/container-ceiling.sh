#!/usr/bin/env bash
# container-ceiling.sh -- what the servlet containers themselves cost per request, against nginx, on the bytes of a
# Tilmash page: a bare servlet (container-ceiling/BareServer.java) in Tomcat and in Jetty at Spring Boot's versions,
# and nginx serving the same file, each pinned to CPU 1 with wrk -t2 -c20 on CPU 0, warmed up as long as measured.
# It bounds what a page-cache hit can reach inside a servlet container (issue 17 point 4).
# Usage: bench/container-ceiling.sh PAGE.html [seconds]        (needs nginx, wrk, taskset, a JDK 21+)
set -Eeuo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); PAGE=$(readlink -f "${1:?page file}"); SECS=${2:-10}
JAVA=${JAVA:-java}; JAVAC=${JAVAC:-javac}; PORT=18290; NPORT=18299
WORK=$(mktemp -d /tmp/tilmash-ceiling.XXXX); mkdir -p "$WORK/root" "$WORK/classes"
trap 'kill $(jobs -p) 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT
cp "$PAGE" "$WORK/root/page.html"; chmod a+rX "$WORK" "$WORK/root" "$WORK/root/page.html"  # nginx's worker reads it
"$HERE/../mvnw" -q -f "$HERE/container-ceiling/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/cp"
"$JAVAC" -cp "$(cat "$WORK/cp")" -d "$WORK/classes" "$HERE/container-ceiling/BareServer.java"
cat > "$WORK/nginx.conf" <<EOC
worker_processes 1; daemon off; pid $WORK/nginx.pid; error_log $WORK/error.log;
events { worker_connections 1024; }
http { access_log off; server { listen 127.0.0.1:$NPORT; root $WORK/root; location / { default_type text/html; } } }
EOC
measure() { # name url
  for _ in $(seq 100); do curl -fs -o /dev/null "$2" && break; sleep 0.2; done
  curl -fs -o /dev/null "$2"
  taskset -c 0 wrk -t2 -c20 -d"${SECS}s" "$2" > /dev/null
  printf '%-8s %s bytes  ' "$1" "$(curl -s "$2" | wc -c)"
  taskset -c 0 wrk -t2 -c20 -d"${SECS}s" "$2" | awk '/Requests\/sec/{printf "%s req/s\n", $2}'
}
for container in tomcat jetty; do
  taskset -c 1 "$JAVA" -cp "$WORK/classes:$(cat "$WORK/cp")" BareServer $container $PORT "$PAGE" > "$WORK/$container.log" 2>&1 &
  SERVER=$!
  measure $container "http://127.0.0.1:$PORT/page"
  kill $SERVER; wait $SERVER 2>/dev/null || true
done
taskset -c 1 nginx -c "$WORK/nginx.conf" &
measure nginx "http://127.0.0.1:$NPORT/page.html"
