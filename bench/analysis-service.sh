#!/usr/bin/env bash
# Analysis service-path benchmark (issue 6): AnalysisService.recluster against PostgreSQL — streamed read of the
# scope, analysis, COPY-based write of every assignment, progress in analysis_run — for 100,000 and 1,000,000
# synthetic items under -Xmx2g, then online submissions into the 100,000-item scope.
# Needs a local PostgreSQL with trust auth for user postgres (BENCH_DB overrides the throwaway database URL,
# created and migrated by the benchmark; its scopes are kept for the next run). SIZES=100000 for a short run.
# BENCH_JAVA_OPTS adds JVM options (e.g. a GC log). Prints the figures (with wall, CPU, peak heap and load average); paste them into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
SIZES=${SIZES:-100000,1000000}
BENCH_DB=${BENCH_DB:-jdbc:postgresql://127.0.0.1:5432/pikir_bench_batch}
./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown); $(uptime)"
"$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -Xmx2g ${BENCH_JAVA_OPTS:-} -Dbench.db="$BENCH_DB" -cp "$CP" \
  org.pikir.analysis.bench.ServiceScaleBenchmark "$SIZES" 2>&1 | grep -v -E '^WARNING|^SLF4J|INFO|DEBUG' | tee target/bench-analysis-service.md
