#!/usr/bin/env bash
# Crash safety (issue 14): a whole Pikir node on its embedded PostgreSQL takes a mixed write load (comments,
# appeals with a PDF attachment, signatures, votes) from CLIENTS concurrent citizens through the service layer,
# is killed with kill -9 at a random moment, started again on the same data, and every acknowledged submission
# is checked (stored, analysed, found by search, notified once, no duplicates). One line per round:
#   round R: killed after S s; acknowledged=N lost=M unprocessed=K duplicates=D
# Exits non-zero if any round lost, left unprocessed or duplicated anything. Usage: bench/crash-safety.sh [rounds]
# Environment: CLIENTS (16), KILL_MIN / KILL_MAX seconds of load before the kill (25 / 50), KEEP=1 keeps the data.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
ROUNDS=${1:-1}
CLIENTS=${CLIENTS:-16}
KILL_MIN=${KILL_MIN:-25}
KILL_MAX=${KILL_MAX:-50}
build_cp() { ./mvnw "$@" -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp >/dev/null 2>&1; }
build_cp -o || build_cp || { echo "bench: could not compile or resolve the classpath; run ./mvnw test-compile" >&2; exit 1; }
CP="target/classes:target/test-classes:$(cat target/bench.cp)"
JAVA=("$JAVA_HOME/bin/java" -Xmx2g -Duser.timezone=UTC -Dfile.encoding=UTF-8 --enable-native-access=ALL-UNNAMED -cp "$CP")

failed=0
for round in $(seq 1 "$ROUNDS"); do
  dir=$(mktemp -d "${TMPDIR:-/tmp}/pikir-crash-XXXXXX")
  "${JAVA[@]}" org.pikir.bench.CrashSafetyNode load "$dir" "$CLIENTS" >"$dir/load.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 360); do
    grep -q '^LOADING' "$dir/load.log" 2>/dev/null && break
    kill -0 "$pid" 2>/dev/null || { echo "round $round: the node did not start (see $dir/load.log)"; exit 1; }
    sleep 0.5
  done
  delay=$((KILL_MIN + RANDOM % (KILL_MAX - KILL_MIN + 1)))
  sleep "$delay"
  kill -9 "$pid"
  wait "$pid" 2>/dev/null || true
  # The embedded PostgreSQL outlives its JVM, as after a real crash; the next start stops it first.
  if "${JAVA[@]}" org.pikir.bench.CrashSafetyNode verify "$dir" >"$dir/verify.log" 2>&1; then ok=1; else ok=0; failed=1; fi
  grep -E '^  |^by kind' "$dir/verify.log" || true
  echo "round $round: killed after ${delay} s of load; $(grep '^acknowledged=' "$dir/verify.log" || echo 'no result (see '"$dir"'/verify.log)')"
  if [ "$ok" = 1 ] && [ "${KEEP:-0}" != 1 ]; then rm -rf "$dir"; else echo "  data kept in $dir"; fi
done
exit "$failed"
