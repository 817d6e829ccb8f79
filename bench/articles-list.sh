#!/usr/bin/env bash
# The back office's article list over many articles on PostgreSQL (127.0.0.1, user postgres, as the tests use it):
#   bench/articles-list.sh [articles] [rounds]   (defaults: 100000 articles, 40 timed requests per kind of page)
# Loads the articles into a database of its own (tilmash_bench_list, dropped and created again) and prints, for each
# kind of page, the median and 95th percentile time of a request through Spring MVC and the SQL statements it runs.
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-100000}"
rounds="${2:-40}"
./mvnw -B -ntp -q test -Dspotless.check.skip=true -Dtest=ArticleListBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtilmash.bench=true -Dtilmash.bench.articles="$articles" -Dtilmash.bench.rounds="$rounds" \
  -Dtilmash.test.pg.database=tilmash_bench_list \
  | grep -A10 "ARTICLE LIST BENCHMARK" || true
