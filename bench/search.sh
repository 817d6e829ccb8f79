#!/usr/bin/env bash
# Indexes generated published versions in eight languages (text recombined from the demo content's sentences) with
# Hibernate Search's mass indexer into the embedded Lucene index, then runs the relevance queries through the readers'
# search and prints throughput, p50/p95 latency and the index's size on disk:
#   bench/search.sh [versions] [max heap]   (defaults: 100000 versions, 3g)
set -euo pipefail
cd "$(dirname "$0")/.."
versions="${1:-100000}"
heap="${2:-3g}"
JAVA_TOOL_OPTIONS="-Xmx$heap" ./mvnw -B -ntp -q test -Dspotless.check.skip=true -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtilmash.bench=true -Dtilmash.bench.versions="$versions" \
  | grep -A1 "SEARCH BENCHMARK" || true
