package org.pikir.analysis.lucene;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/** Hand-written stopword lists (function words, pronouns, particles); short on purpose. */
public final class Stopwords {

    private static final List<String> RUSSIAN_IN_CODE_SWITCHING =
            List.of("и", "в", "на", "не", "что", "это", "очень", "но", "а", "с", "по", "как", "так", "все", "всё", "я");

    public static final CharArraySet KAZAKH = set(
            List.of(
                    "және", "мен", "бен", "пен", "да", "де", "та", "те", "бұл", "ол", "сол", "осы", "бір", "үшін",
                    "деп", "еді", "бар", "жоқ", "сен", "біз", "сіз", "олар", "не", "ма", "ме", "ба", "бе", "па", "пе",
                    "ғой", "қой", "ал", "бірақ", "немесе", "әрі", "тек", "өте", "ең", "енді", "сияқты", "туралы",
                    "арқылы", "бойынша", "кейін", "дейін", "мұнда", "онда", "мына", "әр", "барлық", "өз", "өзі",
                    "қандай", "қалай", "неге", "кім", "қашан", "емес", "болды", "болады", "екен", "шығар", "ғана",
                    "тағы", "бәрі", "маған", "оның", "бұны", "оны", "соң"),
            RUSSIAN_IN_CODE_SWITCHING);

    public static final CharArraySet UZBEK = set(
            List.of(
                    "va", "bu", "u", "bilan", "uchun", "ham", "esa", "lekin", "yoki", "bir", "shu", "bo'lib", "edi",
                    "deb", "emas", "har", "eng", "juda", "men", "sen", "biz", "siz", "ular", "nima", "qanday", "bor",
                    "yo'q", "kabi", "haqida", "orqali", "keyin", "uning", "ва", "бу", "у", "билан", "учун", "ҳам",
                    "эса", "лекин", "ёки", "бир", "шу", "эди", "деб", "эмас", "ҳар", "энг", "жуда", "мен", "сен", "биз",
                    "сиз", "улар", "нима", "бор", "йўқ", "каби", "ҳақида"),
            List.of());

    public static final CharArraySet KYRGYZ = set(
            List.of(
                    "жана",
                    "менен",
                    "бул",
                    "ал",
                    "ошол",
                    "бир",
                    "үчүн",
                    "деп",
                    "эле",
                    "да",
                    "дагы",
                    "бирок",
                    "же",
                    "эмес",
                    "бар",
                    "жок",
                    "мен",
                    "сен",
                    "биз",
                    "силер",
                    "сиз",
                    "алар",
                    "ушул",
                    "эң",
                    "абдан",
                    "болуп",
                    "болот",
                    "керек",
                    "анын",
                    "ага",
                    "аны",
                    "ошондой",
                    "тууралуу",
                    "боюнча",
                    "кийин",
                    "чейин"),
            List.of());

    public static final CharArraySet TAJIK = set(
            List.of(
                    "ва", "дар", "аз", "ба", "бо", "ки", "ин", "он", "барои", "то", "ҳам", "аст", "буд", "мебошад",
                    "як", "ман", "ту", "мо", "шумо", "онҳо", "вай", "ё", "аммо", "низ", "чун", "агар", "ҳар", "бе",
                    "ро", "хеле", "ҳамин", "њам"),
            List.of());

    public static final CharArraySet TURKMEN = set(
            List.of(
                    "we", "bilen", "bu", "şu", "ol", "bir", "üçin", "hem", "diýip", "da", "de", "ýa", "ýöne", "men",
                    "sen", "biz", "siz", "olar", "bolup", "bar", "ýok", "has", "iň", "örän", "ähli", "onuň", "soň",
                    "barada", "arkaly", "boýunça"),
            List.of());

    private Stopwords() {}

    private static CharArraySet set(List<String> words, List<String> more) {
        CharArraySet s = new CharArraySet(words.size() + more.size(), false);
        s.addAll(words);
        s.addAll(more);
        return CharArraySet.unmodifiableSet(s);
    }
}
