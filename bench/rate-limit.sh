#!/usr/bin/env bash
# Throughput of the open-data API's rate limiter (issue 15): THREADS (32) threads call it for SECONDS (10), spread
# over 10,000 client addresses and all on one address; calls/s, allowed/refused, latency median and p99.
# The buckets are in a throw-away embedded PostgreSQL with fsync on, as the application's own; "no-fsync" as in tests.
# A redis:// URL as third argument measures the Redis backend instead (e.g. redis://127.0.0.1:6379/0).
# Usage: bench/rate-limit.sh [threads] [seconds] [no-fsync | redis://host:port/db]
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
build_cp() { ./mvnw "$@" -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null 2>&1; }
build_cp -o || build_cp || { echo "bench: could not compile or resolve the classpath; run ./mvnw test-compile" >&2; exit 1; }
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
exec "$JAVA_HOME/bin/java" -Xmx1g -Duser.timezone=UTC -Dfile.encoding=UTF-8 --enable-native-access=ALL-UNNAMED \
  -cp "$CP" org.pikir.api.RateLimiterBench "${1:-32}" "${2:-10}" "${3:-durable}"
