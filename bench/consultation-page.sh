#!/usr/bin/env bash
# Consultation draft page benchmark: 50 articles, 20,000 comments; server time and SQL statements of the first
# render and of each next page of comments. Prints the figures and leaves them in target/bench/consultation-page.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
./mvnw -o -q test -Dtest=ConsultationPageBench -Dsurefire.failIfNoSpecifiedTests=false
cat target/bench/consultation-page.txt
