#!/usr/bin/env bash
# Burst of petition signatures through the service layer (PetitionSignatureBenchmark): embedded PostgreSQL,
# 32 concurrent sessions, 10 000 signers + 10 % duplicate attempts, count checked against the rows.
# Usage: bench/petition-signatures.sh [signers] [sessions]   (run alone: the machine has 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
./mvnw -o -q test -Dtest=PetitionSignatureBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="--enable-native-access=ALL-UNNAMED -XX:+EnableDynamicAgentLoading -Xmx3g -Dpikir.bench.signers=${1:-10000} -Dpikir.bench.sessions=${2:-32}" \
  > target/bench-petition.log 2>&1 || { tail -50 target/bench-petition.log; exit 1; }
cat target/bench/petition-signatures.txt
