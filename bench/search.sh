#!/usr/bin/env bash
# Search benchmark (issue 6): 1,000,000 synthetic multilingual comments plus drafts, articles, petitions and answers
# in search_document (embedded PostgreSQL of the tests, or PIKIR_TEST_DB_URL, e.g. a throw-away database on
# 127.0.0.1:5432), the Lucene index built by the mass indexer on disk (target/bench/search-index), then 400 realistic
# queries through SearchService.search with highlighting: p50/p95/max, and where the time goes.
# Prints the figures and replaces the "## Search" section of docs/benchmarks.md. COMMENTS=100000 for a quick run.
# The synthetic texts come from SyntheticCorpus (stems, endings, Zipf); the evaluation data is never read.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
COMMENTS=${COMMENTS:-1000000}
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
rm -rf target/bench/search-index
./mvnw -o -q test -Dtest=SearchBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Dsurefire.jvm.args="--enable-native-access=ALL-UNNAMED -XX:+EnableDynamicAgentLoading -Xmx3g -Dbench.comments=$COMMENTS"
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
OUT=target/bench/search-section.md
{
  echo "## Search"
  echo
  echo "Command: \`bash bench/search.sh\` (COMMENTS=$COMMENTS; runs \`SearchBench\` on the embedded PostgreSQL 17 of the"
  echo "tests, index on the local disk; report in \`target/bench/search.md\`). Run $(date -u +%Y-%m-%dT%H:%MZ) on commit"
  echo "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)."
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),"
  echo "$(free -g | awk '/Mem:/ {print $2}') GiB RAM, JDK 25, heap 3 GiB. Load average (1/5/15 min) $LOAD_BEFORE before, $LOAD_AFTER after."
  echo
  echo "Data: synthetic texts from \`SyntheticCorpus\` (never the evaluation data): real kk/ru/en stems with their"
  echo "inflection endings plus a long tail of rare pseudo-words, drawn Zipf-like, 40 % function words; comments of"
  echo "12–70 words (45 % ru, 30 % kk, 12 % en, the rest uz/ky/tg/tk) over two years and five countries, 2,000 drafts"
  echo "(kk/ru/en, 8 articles each), 20,000 petitions, 10,000 answers. Queries: words built anew from the stems (so"
  echo "usually another form than the stored one: stemming is exercised), 1–3 words, a third with filters; pages of 20."
  echo "What keeps it fast: hits are projected from stored fields (no PostgreSQL, no transaction), the total is exact"
  echo "only up to 1,000 (Lucene may then skip non-competitive blocks), filters do not score, function words of all"
  echo "portal languages are neither indexed in text_std nor required in queries, prefix/fuzzy operators are off."
  echo
  grep -v '^load average' target/bench/search.md
} > "$OUT"
cat "$OUT"
DOC=docs/benchmarks.md
[ -f "$DOC" ] || printf '# Benchmarks\n\n' > "$DOC"
# Replace our section (from "## Search" to the next "## " heading) and keep everyone else's.
awk -v f="$OUT" '
  BEGIN { while ((getline l < f) > 0) section = section l "\n" }
  /^## Search$/ { skip = 1; printf "%s\n", section; done = 1; next }
  /^## / && skip { skip = 0 }
  !skip { print }
  END { if (!done) printf "\n%s", section }
' "$DOC" > "$DOC.tmp" && mv "$DOC.tmp" "$DOC"
echo "updated $DOC"
