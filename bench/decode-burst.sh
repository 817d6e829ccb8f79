#!/usr/bin/env bash
# A burst of "pixel flood" uploads: PNGs of a few hundred kilobytes that each decode to ~147 MB of pixels, all just
# under tilmash.media.max-pixels. Sends them at once and samples the server's resident memory and heap before, at the
# peak and after the burst, to show what tilmash.media.max-concurrent-decodes bounds.
#
# Run Tilmash with the demo profile first, e.g.
#   JAVA_TOOL_OPTIONS=-Xmx6g ./mvnw spring-boot:run -Dspring-boot.run.profiles=demo \
#     -Dspring-boot.run.arguments=--tilmash.media.max-concurrent-decodes=2
# then: TILMASH_PID=<pid> EDITOR_PASSWORD=<tilmash.demo.password> bench/decode-burst.sh [files] [side]
# Only ever talks to localhost.
set -euo pipefail

FILES=${1:-12}
SIDE=${2:-7000}
BASE=${BASE:-http://localhost:8080}
USER_NAME=${EDITOR_USER:-editor}
PASSWORD=${EDITOR_PASSWORD:?set EDITOR_PASSWORD to the demo password}
ARTICLE=${ARTICLE:-1}
PID=${TILMASH_PID:?set TILMASH_PID to the Tilmash JVM}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" "$FILES" "$SIDE" <<'PY'
import struct, sys, zlib
work, files, side = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
for n in range(files):
    row = b"\x00" + bytes([n * 20 % 256, 90, 140]) * side
    raw = zlib.compressobj(9)
    body = b"".join(raw.compress(row) for _ in range(side)) + raw.flush()
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)) \
        + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    open(f"{work}/flood-{n}.png", "wb").write(png)
PY
echo "files: $FILES × $(du -k "$WORK/flood-0.png" | cut -f1) KB, ${SIDE}×${SIDE} pixels each"

rss() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$PID/status"; }
heap() { jcmd "$PID" GC.heap_info | awk '/garbage-first heap/ {gsub(",", ""); for (i=1;i<=NF;i++) {if ($i=="committed") c=$(i+1); if ($i=="used") u=$(i+1)}; print "used " u ", committed " c; exit}'; }

JAR="$WORK/cookies"
token() { grep -o 'name="_csrf"[^>]*value="[^"]*"\|content="[^"]*" name="_csrf"' | head -1 | sed 's/.*value="\([^"]*\)".*/\1/; s/content="\([^"]*\)".*/\1/'; }
LOGIN_TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/login" | token)
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" \
    --data-urlencode "_csrf=$LOGIN_TOKEN" "$BASE/login"
UPLOAD_TOKEN=$(curl -s -c "$JAR" -b "$JAR" "$BASE/admin/articles/$ARTICLE/en/gallery" | token)
[ -n "$UPLOAD_TOKEN" ] || { echo "not signed in as $USER_NAME" >&2; exit 1; }

jcmd "$PID" GC.run >/dev/null
echo "before: RSS $(rss) MB, heap $(heap)"
PEAK=0
( while sleep 0.2; do r=$(rss); [ "$r" -gt "$PEAK" ] && PEAK=$r && echo "$PEAK" > "$WORK/peak"; done ) &
SAMPLER=$!
START=$(date +%s.%N)
for n in $(seq 0 $((FILES - 1))); do
    curl -s -o "$WORK/answer-$n.json" -b "$JAR" -H "X-CSRF-TOKEN: $UPLOAD_TOKEN" \
        -F "files=@$WORK/flood-$n.png;type=image/png" "$BASE/admin/articles/$ARTICLE/gallery/upload" &
done
wait $(jobs -p | grep -v "^$SAMPLER$") 2>/dev/null || true
END=$(date +%s.%N)
kill "$SAMPLER" 2>/dev/null || true
ACCEPTED=$(cat "$WORK"/answer-*.json | grep -o '"accepted":true' | wc -l)
echo "burst: $ACCEPTED of $FILES accepted in $(echo "$END - $START" | bc) s, peak RSS $(cat "$WORK/peak" 2>/dev/null || echo "?") MB"
sleep 2
jcmd "$PID" GC.run >/dev/null
echo "after the burst and a GC: RSS $(rss) MB, heap $(heap)"
# G1 gives the freed regions back to the operating system concurrently, a little later.
sleep "${SETTLE:-30}"
echo "${SETTLE:-30} s later: RSS $(rss) MB, heap $(heap)"
