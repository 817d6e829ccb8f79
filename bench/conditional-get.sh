#!/usr/bin/env bash
# A listing fetched plainly, then revalidated with its ETag: the 304 path skips rendering.
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
url="$base/en/news"
etag=$(curl -s -D - -o /dev/null "$url" -H 'Cookie: lang=en' | awk -F': ' 'tolower($1)=="etag" {print $2}' | tr -d '\r')
echo "ETag: $etag"
echo "== plain"
wrk --threads 2 --connections 16 --duration 15s -H 'Cookie: lang=en' "$url" | sed -n '1,8p'
echo "== If-None-Match"
wrk --threads 2 --connections 16 --duration 15s -H 'Cookie: lang=en' -H "If-None-Match: $etag" "$url" | sed -n '1,8p'
