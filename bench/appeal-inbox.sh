#!/usr/bin/env bash
# Appeal inbox benchmark: one agency with 100,000 appeals; server time of the inbox queries (paging, filters,
# text search, counts), the agency statistics and a submission with a 5 MB attachment. Prints the figures and
# leaves them in target/bench/appeal-inbox.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -o -q test -Dtest=AppealInboxBench -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/appeal-inbox.txt
