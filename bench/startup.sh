#!/usr/bin/env bash
# Start-up of the packaged jar (issue 13): time until /actuator/health/readiness is UP (language models loaded,
# database up) on a fresh embedded database with demo data, and heap after warm-up: after readiness, a few
# pages are requested, then a full GC (jcmd GC.run) and the used heap is read (jcmd GC.heap_info).
# Usage: bench/startup.sh  (builds target/pikir.jar if missing; PORT=18080)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
PORT=${PORT:-18080}
[ -f target/pikir.jar ] || ./mvnw -q -o package -DskipTests || ./mvnw -q package -DskipTests
data=$(mktemp -d "${TMPDIR:-/tmp}/pikir-startup-XXXXXX")
# Runs twice on one data directory: the first start seeds the demo data (an ApplicationRunner, so readiness waits
# for it), the second is a restart on existing data, as after a deploy.
measure() {
  start=$(date +%s%N)
  PIKIR_DATA_DIR="$data" PIKIR_DEMO=true "$JAVA_HOME/bin/java" -jar target/pikir.jar --server.port="$PORT" >"$data/app-$2.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
  live="" ; ready=""
  for _ in $(seq 1 1200); do
    now=$(date +%s%N)
    if [ -z "$live" ] && curl -fs "http://localhost:$PORT/actuator/health/liveness" >/dev/null 2>&1; then live=$(( (now - start) / 1000000 )); fi
    if curl -fs "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; then ready=$(( (now - start) / 1000000 )); break; fi
    kill -0 $pid 2>/dev/null || { echo "the app stopped; see $data/app-$2.log"; tail -20 "$data/app-$2.log"; exit 1; }
    sleep 0.1
  done
  for p in / /consultations /petitions /appeals/new /search?q=вода /comparison /api/v1/consultations; do
    curl -fs -o /dev/null -H 'Accept: text/html' "http://localhost:$PORT$p" || true
  done
  "$JAVA_HOME/bin/jcmd" $pid GC.run >/dev/null
  heap=$("$JAVA_HOME/bin/jcmd" $pid GC.heap_info | grep -Eo 'used [0-9]+K' | head -1 | grep -Eo '[0-9]+')
  echo "$1: live after ${live} ms, ready after ${ready} ms; heap used after warm-up and a full GC: $((heap / 1024)) MB"
  grep -Eo 'language models loaded in [0-9]+ ms \(heap used [0-9]+ MB\)' "$data/app-$2.log" | head -1 || true
  grep -Eo 'Started PikirApplication in [0-9.]+ seconds' "$data/app-$2.log" | head -1 || true
  kill $pid; wait $pid 2>/dev/null || true
}
measure "first start, demo data seeded" 1
measure "restart on the same data" 2
