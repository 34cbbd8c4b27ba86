package org.pikir.search.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic civic texts in kk, ru, en (and a little uz, ky, tg, tk) for the search benchmark: words are built from
 * stems and real inflection endings, drawn with a Zipf-like distribution (a few very common words, a long tail of
 * rare ones), with the language's function words in between. Not real speech, but with the term statistics and
 * morphology that make search costly. Deterministic for a seed; never reads the evaluation data.
 */
public final class SyntheticCorpus {

    /** One language's vocabulary: content word forms by rank, and function words. */
    record Vocabulary(String lang, List<String> forms, List<String> stems, List<String[]> endings, String[] function) {}

    /** Built after every word list of the outer class is initialised (lazy holder). */
    private static final class Vocabularies {
        static final Map<String, Vocabulary> BY_LANG = Map.of(
                "ru",
                russian(),
                "kk",
                kazakh(),
                "en",
                english(),
                "uz",
                flat("uz", UZ),
                "ky",
                flat("ky", KY),
                "tg",
                flat("tg", TG),
                "tk",
                flat("tk", TK));
    }

    private final Random random;

    public SyntheticCorpus(long seed) {
        this.random = new Random(seed);
    }

    /** A text of {@code min..max} words in the language. */
    public String text(String lang, int min, int max) {
        Vocabulary v = Vocabularies.BY_LANG.get(lang);
        int words = min + random.nextInt(max - min + 1);
        StringBuilder sb = new StringBuilder(words * 9);
        for (int i = 0; i < words; i++) {
            String w = random.nextInt(10) < 4 ? v.function()[random.nextInt(v.function().length)] : zipf(v.forms());
            if (sb.isEmpty()) {
                w = Character.toUpperCase(w.charAt(0)) + w.substring(1);
            } else {
                sb.append(random.nextInt(12) == 0 ? ", " : " ");
            }
            sb.append(w);
            if (random.nextInt(14) == 0 && i < words - 1) {
                sb.append('.');
            }
        }
        return sb.append('.').toString();
    }

    /**
     * A query word in the language, from a frequency band: 0 common (top 20 stems), 1 middle, 2 rare (the tail). The
     * form is built anew from the stem with a random ending, so it is often not the form stored.
     */
    public String queryWord(String lang, int band) {
        Vocabulary v = Vocabularies.BY_LANG.get(lang);
        int n = v.stems().size();
        int index = switch (band) {
            case 0 -> random.nextInt(Math.min(20, n));
            case 1 -> Math.min(n - 1, 20 + random.nextInt(Math.max(1, n / 4)));
            default -> Math.min(n - 1, n / 2 + random.nextInt(Math.max(1, n / 2)));
        };
        String[] endings = v.endings().get(index);
        return v.stems().get(index) + endings[random.nextInt(endings.length)];
    }

    public Random random() {
        return random;
    }

    /** Log-uniform rank (Zipf with s≈1): rank 1 is about as frequent as ranks 2–3 together, and so on. */
    private String zipf(List<String> forms) {
        int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(forms.size() + 1))) - 1;
        return forms.get(Math.min(rank, forms.size() - 1));
    }

    // --- vocabularies -----------------------------------------------------------------------------------------

    private static final String[] RU_NOUN_A = {"а", "ы", "е", "у", "ой", "ам", "ах"};
    private static final String[] RU_NOUN_C = {"", "а", "у", "ом", "е", "ы", "ов", "ам", "ах"};
    private static final String[] RU_NOUN_IA = {"я", "и", "ю", "ей", "й", "ям", "ях"};
    private static final String[] RU_ADJ = {"ый", "ая", "ое", "ые", "ого", "ой", "ым", "ых"};
    private static final String[] RU_VERB = {"ть", "ет", "ют", "л", "ла", "ли"};

    private static Vocabulary russian() {
        List<String> stems = new ArrayList<>();
        List<String[]> endings = new ArrayList<>();
        add(
                stems,
                endings,
                RU_NOUN_C,
                "закон",
                "проект",
                "срок",
                "мигрант",
                "документ",
                "гражданин",
                "налог",
                "район",
                "город",
                "договор",
                "паспорт",
                "штраф",
                "порядок",
                "транспорт",
                "двор",
                "бюджет",
                "квартал",
                "автобус",
                "тариф",
                "депутат",
                "министр",
                "суд",
                "патент",
                "контракт",
                "арендатор",
                "счёт",
                "адрес",
                "пункт",
                "объект",
                "колледж",
                "университет",
                "регион",
                "аэропорт",
                "рынок",
                "магазин",
                "дом",
                "парк");
        add(
                stems,
                endings,
                RU_NOUN_A,
                "школ",
                "работ",
                "улиц",
                "систем",
                "очеред",
                "плат",
                "семь",
                "программ",
                "больниц",
                "квартир",
                "дорог",
                "поликлиник",
                "справк",
                "льгот",
                "пенси",
                "стипенди",
                "лицензи",
                "границ",
                "стран",
                "столиц",
                "площадк",
                "остановк",
                "аренд",
                "зарплат",
                "помощ",
                "услуг",
                "норм");
        add(
                stems,
                endings,
                RU_NOUN_IA,
                "регистраци",
                "консультаци",
                "комисси",
                "организаци",
                "информаци",
                "ситуаци",
                "категори",
                "процедур",
                "территори",
                "экономи",
                "инвестици",
                "инспекци",
                "субсиди",
                "компенсаци");
        add(
                stems,
                endings,
                RU_ADJ,
                "нов",
                "государственн",
                "электронн",
                "социальн",
                "муниципальн",
                "городск",
                "трудов",
                "медицинск",
                "обязательн",
                "временн",
                "постоянн",
                "иностранн",
                "местн",
                "жилищн",
                "налогов");
        add(
                stems,
                endings,
                RU_VERB,
                "получа",
                "оформля",
                "сокраща",
                "увеличива",
                "отменя",
                "продлева",
                "платит",
                "работа",
                "строи",
                "ремонтирова",
                "обсужда",
                "предлага",
                "проверя",
                "выдава",
                "сниза");
        return new Vocabulary("ru", forms(stems, endings), stems, endings, new String[] {
            "и",
            "в",
            "на",
            "не",
            "что",
            "для",
            "по",
            "с",
            "о",
            "это",
            "мы",
            "нужно",
            "очень",
            "просим",
            "предлагаем",
            "но",
            "как",
            "все",
            "от",
            "до",
            "при",
            "без",
            "также",
            "уже",
            "только",
            "когда",
            "если",
            "чтобы",
            "их",
            "наш"
        });
    }

    private static final String[] KK_BACK = {"", "лар", "ға", "да", "дан", "ның", "ды", "мен", "дары", "ына"};
    private static final String[] KK_FRONT = {"", "лер", "ге", "де", "ден", "нің", "ді", "мен", "дері", "іне"};
    private static final String[] KK_BACK_T = {"", "тар", "қа", "та", "тан", "тың", "ты", "пен", "тары", "ына"};
    private static final String[] KK_FRONT_T = {"", "тер", "ке", "те", "тен", "тің", "ті", "пен", "тері", "іне"};
    private static final String[] KK_VERB = {"у", "ады", "ейді", "ған", "ген", "уі", "уге", "уды"};

    private static Vocabulary kazakh() {
        List<String> stems = new ArrayList<>();
        List<String[]> endings = new ArrayList<>();
        add(stems, endings, KK_FRONT_T, "мектеп", "мүгедек", "кітап", "көмек", "тәртіп", "мерзім", "жүйе", "өтініш");
        add(
                stems,
                endings,
                KK_BACK,
                "заң",
                "бала",
                "азамат",
                "жұмыс",
                "ақша",
                "қала",
                "ауыл",
                "жол",
                "аурухана",
                "салық",
                "зейнетақы",
                "тұрғын",
                "құжат",
                "бағдарлама",
                "мемлекет",
                "отбасы",
                "аудан",
                "облыс",
                "тіркеу",
                "шара",
                "тұрақ",
                "жоба",
                "мұғалім",
                "оқушы",
                "студент",
                "жалақы",
                "баға",
                "тариф",
                "автобус");
        add(
                stems,
                endings,
                KK_FRONT,
                "үй",
                "дәрігер",
                "жер",
                "көше",
                "емхана",
                "шетелдік",
                "ереже",
                "шешім",
                "министрлік",
                "әкімдік",
                "мекеме",
                "кезек",
                "төлем",
                "жеңілдік",
                "өзгеріс",
                "білім",
                "денсаулық");
        add(stems, endings, KK_BACK_T, "қызмет", "тұрақ", "жат", "бақ", "ат");
        add(
                stems,
                endings,
                KK_VERB,
                "бер",
                "ал",
                "төле",
                "сал",
                "жөнде",
                "ұзарт",
                "қысқарт",
                "қарастыр",
                "тірке",
                "жаса",
                "көбейт",
                "азайт");
        return new Vocabulary("kk", forms(stems, endings), stems, endings, new String[] {
            "және", "бұл", "үшін", "мен", "да", "де", "емес", "керек", "өте", "біз", "сіз", "осы", "бар", "жоқ",
            "болып", "бойынша", "туралы", "әр", "барлық", "ғана", "тағы", "бірақ", "егер", "сондай", "қазір"
        });
    }

    private static final String[] EN_NOUN = {"", "s"};
    private static final String[] EN_VERB = {"", "s", "ed", "ing"};

    private static Vocabulary english() {
        List<String> stems = new ArrayList<>();
        List<String[]> endings = new ArrayList<>();
        add(
                stems,
                endings,
                EN_NOUN,
                "law",
                "school",
                "permit",
                "citizen",
                "migrant",
                "tax",
                "road",
                "hospital",
                "doctor",
                "teacher",
                "student",
                "fee",
                "document",
                "district",
                "city",
                "village",
                "bus",
                "tariff",
                "pension",
                "salary",
                "family",
                "child",
                "registration",
                "deadline",
                "ministry",
                "office",
                "queue",
                "benefit",
                "apartment",
                "rent",
                "street",
                "light",
                "park",
                "price",
                "budget",
                "court",
                "clinic",
                "visa");
        add(
                stems,
                endings,
                EN_VERB,
                "register",
                "extend",
                "reduce",
                "increase",
                "repair",
                "build",
                "pay",
                "cancel",
                "propose",
                "support",
                "oppose",
                "review",
                "issue",
                "require",
                "simplify");
        return new Vocabulary("en", forms(stems, endings), stems, endings, new String[] {
            "the", "and", "of", "to", "in", "a", "for", "is", "we", "this", "that", "not", "should", "be", "on", "with",
            "our", "please", "it", "are", "more", "all", "by", "from", "very"
        });
    }

    private static final String[] UZ = {
        "qonun",
        "maktab",
        "bola",
        "fuqaro",
        "ish",
        "pul",
        "shahar",
        "qishloq",
        "yo'l",
        "kasalxona",
        "soliq",
        "pensiya",
        "hujjat",
        "dastur",
        "davlat",
        "oila",
        "tuman",
        "viloyat",
        "ro'yxat",
        "muddat",
        "ijara",
        "uy",
        "shifokor",
        "o'qituvchi",
        "talaba",
        "maosh",
        "narx",
        "avtobus",
        "migrant",
        "ruxsatnoma"
    };
    private static final String[] KY = {
        "мыйзам",
        "мектеп",
        "бала",
        "жаран",
        "жумуш",
        "акча",
        "шаар",
        "айыл",
        "жол",
        "оорукана",
        "салык",
        "пенсия",
        "документ",
        "программа",
        "мамлекет",
        "үй-бүлө",
        "район",
        "облус",
        "каттоо",
        "мөөнөт",
        "ижара",
        "үй",
        "дарыгер",
        "мугалим",
        "студент",
        "айлык",
        "баа",
        "автобус",
        "мигрант"
    };
    private static final String[] TG = {
        "қонун",
        "мактаб",
        "кӯдак",
        "шаҳрванд",
        "кор",
        "пул",
        "шаҳр",
        "деҳа",
        "роҳ",
        "беморхона",
        "андоз",
        "нафақа",
        "ҳуҷҷат",
        "барнома",
        "давлат",
        "оила",
        "ноҳия",
        "вилоят",
        "қайд",
        "мӯҳлат",
        "иҷора",
        "хона",
        "духтур",
        "муаллим",
        "донишҷӯ",
        "маош",
        "нарх",
        "автобус",
        "муҳоҷир"
    };
    private static final String[] TK = {
        "kanun",
        "mekdep",
        "çaga",
        "raýat",
        "iş",
        "pul",
        "şäher",
        "oba",
        "ýol",
        "hassahana",
        "salgyt",
        "pensiýa",
        "resminama",
        "maksatnama",
        "döwlet",
        "maşgala",
        "etrap",
        "welaýat",
        "hasaba",
        "möhlet",
        "kärende",
        "öý",
        "lukman",
        "mugallym",
        "talyp",
        "aýlyk",
        "baha",
        "awtobus",
        "migrant"
    };
    private static final Map<String, String[]> FLAT_FUNCTION = Map.of(
            "uz", new String[] {"va", "bu", "uchun", "bilan", "emas", "kerak", "juda", "biz", "ham", "lekin"},
            "ky", new String[] {"жана", "бул", "үчүн", "менен", "эмес", "керек", "абдан", "биз", "да", "бирок"},
            "tg", new String[] {"ва", "ин", "барои", "бо", "не", "лозим", "хеле", "мо", "ҳам", "аммо"},
            "tk", new String[] {"we", "bu", "üçin", "bilen", "däl", "gerek", "örän", "biz", "hem", "emma"});

    private static Vocabulary flat(String lang, String[] words) {
        List<String> stems = List.of(words);
        List<String[]> endings = new ArrayList<>();
        stems.forEach(s -> endings.add(new String[] {""}));
        return new Vocabulary(lang, stems, stems, endings, FLAT_FUNCTION.get(lang));
    }

    private static void add(List<String> stems, List<String[]> endings, String[] ends, String... words) {
        for (String w : words) {
            stems.add(w);
            endings.add(ends);
        }
    }

    /** Syllables per script for the long tail of rare words (names, places, technical terms of real corpora). */
    private static final Map<String, String[]> SYLLABLES = Map.of(
            "ru",
                    new String[] {
                        "ка", "ро", "ни", "ст", "ва", "ле", "то", "пр", "ми", "да", "ус", "ор", "ен", "ко", "зи"
                    },
            "kk",
                    new String[] {
                        "қа", "та", "ба", "жа", "ер", "ұл", "ің", "ақ", "өз", "сы", "ға", "тү", "ке", "ды", "ам"
                    },
            "en",
                    new String[] {
                        "ta", "ro", "in", "st", "ve", "le", "to", "pr", "mi", "da", "us", "or", "en", "co", "ri"
                    });

    private static final int TAIL = 60_000;

    /**
     * Every form: the real words first (common stems, common endings first), then a long tail of rare pseudo-words,
     * so that frequent words are dense and most words are rare, as in real comments.
     */
    private static List<String> forms(List<String> stems, List<String[]> endings) {
        List<String> forms = realForms(stems, endings);
        String lang = stems.contains("закон") ? "ru" : stems.contains("заң") ? "kk" : "en";
        String[] syllables = SYLLABLES.get(lang);
        Random r = new Random(lang.hashCode());
        for (int i = 0; i < TAIL; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 2 + r.nextInt(3); k > 0; k--) {
                w.append(syllables[r.nextInt(syllables.length)]);
            }
            forms.add(w.toString());
        }
        return forms;
    }

    private static List<String> realForms(List<String> stems, List<String[]> endings) {
        List<String> forms = new ArrayList<>();
        int maxEndings = endings.stream().mapToInt(e -> e.length).max().orElse(1);
        for (int e = 0; e < maxEndings; e++) {
            for (int s = 0; s < stems.size(); s++) {
                if (e < endings.get(s).length) {
                    forms.add(stems.get(s) + endings.get(s)[e]);
                }
            }
        }
        return forms;
    }
}
