#!/usr/bin/env bash
# First visit of four public pages in Chromium at 360×740 (issue 16): bytes transferred, requests, first contentful
# paint and time to usable for the home page, a draft law, the appeal form and a petition, on the local network and
# on an emulated slow 3G (CDP: 400 ms latency, 400 kbit/s), cold and warm cache; where the bytes go; the slow-3G
# waterfall of the home page. Runs FirstVisitBench against the packaged jar (production mode) with demo data on a
# fresh data directory. Prints the figures and leaves them in target/bench/first-visit.txt.
# Usage: bench/first-visit.sh  (rebuilds target/pikir.jar when sources are newer; PORT=18090; RUNS=3 SLOW_RUNS=1)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${PORT:-18090}
if [ ! -f target/pikir.jar ] || [ -n "$(find src/main pom.xml -newer target/pikir.jar -print -quit)" ]; then
  ./mvnw -q -o package -DskipTests || ./mvnw -q package -DskipTests
fi
data=$(mktemp -d "${TMPDIR:-/tmp}/pikir-first-visit-XXXXXX")
PIKIR_DATA_DIR="$data" PIKIR_DEMO=true "$JAVA_HOME/bin/java" -jar target/pikir.jar --server.port="$PORT" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 1800); do
  curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { echo "the app stopped; see $data/app.log"; tail -20 "$data/app.log"; exit 1; }
  sleep 0.2
done
# One request first so that the JIT and the view classes are warm: the figures are about the network, not start-up.
curl -fs -o /dev/null "http://localhost:$PORT/" || true
./mvnw -o -q test -Dtest=FirstVisitBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.url="http://localhost:$PORT" -Dbench.runs="${RUNS:-3}" -Dbench.slowRuns="${SLOW_RUNS:-1}"
cat target/bench/first-visit.txt
