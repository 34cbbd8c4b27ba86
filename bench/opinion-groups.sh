#!/usr/bin/env bash
# Opinion-groups benchmark (issue 17): 20,000 comments × 5,000 voters with 200,000 votes through the analysis
# engine's OpinionGroups on 2 processors (-XX:ActiveProcessorCount=2); target ≤ 10 s.
# Usage: bench/opinion-groups.sh [comments voters votes]. Prints the figures with the load average and leaves
# them in target/bench-opinion-groups.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
# Offline once dependencies are cached; a fresh machine downloads what is missing (e.g. the dependency plugin).
build_cp() { ./mvnw "$@" -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null 2>&1; }
build_cp -o || build_cp || { echo "bench: could not compile or resolve the classpath; run ./mvnw test-compile" >&2; exit 1; }
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
OUT=target/bench-opinion-groups.md
{
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown) with"
  echo "\`bench/opinion-groups.sh ${*:-20000 5000 200000}\`, JDK 25, \`-Xmx1g -XX:ActiveProcessorCount=2\`."
  echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  "$JAVA_HOME/bin/java" -Xmx1g -XX:ActiveProcessorCount=2 -cp "$CP" \
    org.pikir.analysis.bench.OpinionGroupsBenchmark "${1:-20000}" "${2:-5000}" "${3:-200000}"
  echo
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} 2>&1 | grep -v '^WARNING' | tee "$OUT"
echo "figures in $OUT (copy them into docs/benchmarks.md, section 'Opinion groups')"
