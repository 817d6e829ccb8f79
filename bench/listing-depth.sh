#!/usr/bin/env bash
# Compares listing pages near the start and deep in the archive. Usage: bench/listing-depth.sh [base-url] [deep-page]
set -euo pipefail
base=${1:-http://127.0.0.1:8080}
deep=${2:-3}
for page in 1 "$deep"; do
  echo "== /en/news?page=$page"
  wrk --threads 2 --connections 16 --duration 15s --latency "$base/en/news?page=$page" | sed -n '1,12p'
done
