#!/usr/bin/env bash
# Imports a generated WordPress export into an empty H2 database and prints items per second and heap use:
#   bench/import.sh [items] [images] [max heap]   (defaults: 10000 items in 3 languages, 20000 images, 512m)
# The export and its images are generated under target/bench-import; nothing leaves this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
items="${1:-10000}"
images="${2:-20000}"
heap="${3:-512m}"
JAVA_TOOL_OPTIONS="-Xmx$heap" ./mvnw -B -ntp -q test -Dspotless.check.skip=true -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtilmash.bench=true -Dtilmash.bench.items="$items" -Dtilmash.bench.images="$images" \
  | grep -A1 "IMPORT BENCHMARK" || true
