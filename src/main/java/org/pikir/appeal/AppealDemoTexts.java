package org.pikir.appeal;

import java.util.List;
import java.util.Map;

/**
 * Demo appeal texts written for Pikir (not real people's appeals), per language and topic, plus the
 * near-identical complaint campaign that the analysis module should later detect. {@code %d} is a house
 * or bus number.
 */
final class AppealDemoTexts {

    private AppealDemoTexts() {}

    enum Topic {
        CITY,
        SOCIAL,
        MINISTRY
    }

    record Text(String language, Topic topic, AppealType type, String subject, String body) {}

    static final List<Text> TEXTS = List.of(
            // ---- Russian (all five countries)
            new Text(
                    "ru",
                    Topic.CITY,
                    AppealType.COMPLAINT,
                    "Не вывозят мусор во дворе",
                    "Уже две недели во дворе дома %d не вывозят мусор. Контейнеры переполнены, мусор разносит ветер, "
                            + "появились крысы. Управляющая компания ссылается на подрядчика. Прошу принять меры и "
                            + "обеспечить вывоз по графику."),
            new Text(
                    "ru",
                    Topic.CITY,
                    AppealType.REQUEST,
                    "Ремонт дороги во дворе",
                    "Просим включить в план текущего ремонта внутридворовую дорогу у дома %d. Асфальт разрушен, "
                            + "после дождя стоят глубокие лужи, машины скорой помощи не могут подъехать к подъезду."),
            new Text(
                    "ru",
                    Topic.CITY,
                    AppealType.COMPLAINT,
                    "Не работает уличное освещение",
                    "На участке улицы возле дома %d третью неделю не горят фонари. Вечером дети возвращаются из "
                            + "школы в полной темноте. Заявки в диспетчерскую службу остались без ответа."),
            new Text(
                    "ru",
                    Topic.CITY,
                    AppealType.PROPOSAL,
                    "Предложение по автобусному маршруту",
                    "Предлагаю продлить автобусный маршрут № %d до нового жилого массива. Сейчас жителям приходится "
                            + "идти до остановки больше двух километров, в том числе пожилым людям и мамам с колясками."),
            new Text(
                    "ru",
                    Topic.SOCIAL,
                    AppealType.ENQUIRY,
                    "Перерасчёт пенсии",
                    "Прошу разъяснить, почему после перерасчёта моя пенсия уменьшилась. Стаж %d лет подтверждён "
                            + "трудовой книжкой, справки из архива я представил в отделение в прошлом месяце."),
            new Text(
                    "ru",
                    Topic.SOCIAL,
                    AppealType.REQUEST,
                    "Пособие по уходу за ребёнком",
                    "Я подала документы на пособие по уходу за ребёнком до полутора лет, но выплата не поступила "
                            + "уже %d дней. Прошу проверить статус заявления и сообщить срок выплаты."),
            new Text(
                    "ru",
                    Topic.SOCIAL,
                    AppealType.ENQUIRY,
                    "Разрешение на работу для иностранного гражданина",
                    "Я трудовой мигрант, работаю по договору. Подскажите, какие документы нужны для продления "
                            + "разрешения на работу и можно ли подать их онлайн. Срок текущего разрешения истекает через %d дней."),
            new Text(
                    "ru",
                    Topic.MINISTRY,
                    AppealType.COMPLAINT,
                    "Портал электронных услуг выдаёт ошибку",
                    "При подаче заявки на справку через портал электронного правительства появляется ошибка %d, "
                            + "подписать запрос электронной подписью невозможно. Пробовал в разных браузерах."),
            new Text(
                    "ru",
                    Topic.MINISTRY,
                    AppealType.FEEDBACK,
                    "Отзыв о мобильном приложении",
                    "Хочу поблагодарить за новое мобильное приложение госуслуг: справку получил за %d минут. "
                            + "Было бы удобно добавить уведомления о готовности документов."),
            new Text(
                    "ru",
                    Topic.MINISTRY,
                    AppealType.REQUEST,
                    "Нехватка мест в школе",
                    "В школе № %d первые классы переполнены, дети учатся в три смены. Просим ускорить строительство "
                            + "пристройки или открыть дополнительные классы в соседней школе."),
            // ---- Kazakh
            new Text(
                    "kk",
                    Topic.CITY,
                    AppealType.COMPLAINT,
                    "Ауладағы қоқыс шығарылмайды",
                    "%d-үйдің ауласындағы қоқыс екі аптадан бері шығарылмай жатыр. Контейнерлер толып кеткен, "
                            + "иіс шығады. Мердігердің кестені сақтауын қамтамасыз етуді сұраймын."),
            new Text(
                    "kk",
                    Topic.CITY,
                    AppealType.REQUEST,
                    "Аулаішілік жолды жөндеу",
                    "%d-үйдің жанындағы аулаішілік жол әбден бұзылған, жаңбырдан кейін үлкен шалшық пайда болады. "
                            + "Жолды ағымдағы жөндеу жоспарына енгізуді сұраймыз."),
            new Text(
                    "kk",
                    Topic.CITY,
                    AppealType.COMPLAINT,
                    "Көше шамдары жанбайды",
                    "%d-үйдің маңындағы көше шамдары үш аптадан бері жанбайды. Кешке балалар мектептен қараңғыда "
                            + "қайтады. Диспетчерлік қызметке берген өтінімдерімізге жауап болмады."),
            new Text(
                    "kk",
                    Topic.SOCIAL,
                    AppealType.ENQUIRY,
                    "Зейнетақыны қайта есептеу",
                    "Қайта есептегеннен кейін зейнетақым неге азайғанын түсіндіріп беруіңізді сұраймын. "
                            + "Еңбек өтілім %d жыл, мұрағаттан алынған анықтамаларды өткен айда тапсырдым."),
            new Text(
                    "kk",
                    Topic.SOCIAL,
                    AppealType.REQUEST,
                    "Бала күтіміне арналған жәрдемақы",
                    "Бала күтіміне арналған жәрдемақыға құжат тапсырдым, бірақ төлем %d күннен бері түскен жоқ. "
                            + "Өтінішімнің жай-күйін тексеріп, төлем мерзімін хабарлауыңызды сұраймын."),
            new Text(
                    "kk",
                    Topic.MINISTRY,
                    AppealType.COMPLAINT,
                    "Электрондық үкімет порталындағы қате",
                    "Электрондық үкімет порталы арқылы анықтама алуға өтінім бергенде %d қатесі шығады, "
                            + "сұранысқа электрондық цифрлық қолтаңба қою мүмкін емес."),
            new Text(
                    "kk",
                    Topic.MINISTRY,
                    AppealType.PROPOSAL,
                    "Мобильді қосымшаға ұсыныс",
                    "Мемлекеттік қызметтердің мобильді қосымшасына құжаттың дайын болғаны туралы хабарлама қосуды "
                            + "ұсынамын. Қазір күтуге %d күн кетеді, ал мәртебесін білу қиын."),
            // ---- English
            new Text(
                    "en",
                    Topic.CITY,
                    AppealType.COMPLAINT,
                    "Rubbish not collected",
                    "Rubbish has not been collected from the yard of building %d for two weeks. The containers are "
                            + "overflowing and attract rats. Please make the contractor keep to the schedule."),
            new Text(
                    "en",
                    Topic.CITY,
                    AppealType.PROPOSAL,
                    "Cycle lane on the main avenue",
                    "I propose a protected cycle lane along the avenue between the university and the park. Around "
                            + "%d students cycle there daily between cars and buses."),
            new Text(
                    "en",
                    Topic.SOCIAL,
                    AppealType.ENQUIRY,
                    "Residence registration for a foreign employee",
                    "I am a foreign specialist working here on a %d-month contract. Which documents are needed to "
                            + "extend my temporary residence registration, and can it be done online?"),
            new Text(
                    "en",
                    Topic.MINISTRY,
                    AppealType.COMPLAINT,
                    "Digital signature cannot be renewed",
                    "The e-government portal rejects the renewal of my digital signature with error %d. Without it I "
                            + "cannot file my tax return before the deadline."),
            // ---- Uzbek (Latin)
            new Text(
                    "uz",
                    Topic.CITY,
                    AppealType.COMPLAINT,
                    "Hovlidagi chiqindilar olib ketilmayapti",
                    "%d-uy hovlisidagi chiqindilar ikki haftadan beri olib ketilmayapti. Konteynerlar toʻlib ketgan. "
                            + "Iltimos, pudratchi jadval boʻyicha ishlashini taʼminlang."),
            new Text(
                    "uz",
                    Topic.CITY,
                    AppealType.REQUEST,
                    "Ichimlik suvi bosimi past",
                    "Mahallamizdagi %d-uyda ichimlik suvi bosimi juda past, yuqori qavatlarga suv chiqmayapti. "
                            + "Nasos stansiyasini tekshirishingizni soʻraymiz."),
            new Text(
                    "uz",
                    Topic.SOCIAL,
                    AppealType.ENQUIRY,
                    "Xorijda ishlash uchun ruxsatnoma",
                    "Men xorijda mavsumiy ishlash uchun roʻyxatdan oʻtmoqchiman. Qanday hujjatlar kerak va "
                            + "ariza koʻrib chiqilishi necha kun davom etadi? Shartnoma muddati %d oy."),
            new Text(
                    "uz",
                    Topic.MINISTRY,
                    AppealType.COMPLAINT,
                    "Davlat xizmatlari portalida xatolik",
                    "Yagona interaktiv davlat xizmatlari portalida maʼlumotnoma olish uchun ariza yuborganimda %d "
                            + "xatosi chiqmoqda. Iltimos, muammoni bartaraf eting."),
            // ---- Kyrgyz
            new Text(
                    "ky",
                    Topic.CITY,
                    AppealType.COMPLAINT,
                    "Көчө жарыгы күйбөй жатат",
                    "%d-үйдүн жанындагы көчө жарыгы үч жумадан бери күйбөй жатат. Кечинде балдар мектептен караңгыда "
                            + "келишет. Тезинен оңдоп берүүңүздөрдү суранабыз."),
            new Text(
                    "ky",
                    Topic.CITY,
                    AppealType.REQUEST,
                    "Короодогу жолду оңдоо",
                    "%d-үйдүн короосундагы жол таптакыр бузулган, жамгырдан кийин чоң көлчүктөр пайда болот. "
                            + "Жолду оңдоо планына киргизүүнү суранабыз."),
            new Text(
                    "ky",
                    Topic.SOCIAL,
                    AppealType.ENQUIRY,
                    "Пенсияны кайра эсептөө",
                    "Кайра эсептөөдөн кийин пенсиям эмне үчүн азайганын түшүндүрүп берүүңүздү суранам. "
                            + "Эмгек стажым %d жыл, бардык справкаларды өткөн айда тапшыргам."),
            new Text(
                    "ky",
                    Topic.MINISTRY,
                    AppealType.COMPLAINT,
                    "Мамлекеттик кызматтар порталында ката",
                    "Мамлекеттик кызматтар порталы аркылуу маалымкат алууга арыз бергенде %d катасы чыгат. "
                            + "Көйгөйдү чечип берүүңүздөрдү суранам."),
            // ---- Tajik
            new Text(
                    "tg",
                    Topic.CITY,
                    AppealType.COMPLAINT,
                    "Партовҳо аз ҳавлӣ бурда намешаванд",
                    "Ду ҳафта боз партовҳо аз ҳавлии хонаи %d бурда намешаванд. Контейнерҳо пур шудаанд. "
                            + "Хоҳиш мекунам чора андешед."),
            new Text(
                    "tg",
                    Topic.CITY,
                    AppealType.REQUEST,
                    "Таъмири роҳ дар маҳалла",
                    "Роҳи назди хонаи %d комилан вайрон шудааст, баъди борон ҳаракат кардан ғайриимкон аст. "
                            + "Хоҳиш мекунем роҳро таъмир кунед."),
            new Text(
                    "tg",
                    Topic.SOCIAL,
                    AppealType.ENQUIRY,
                    "Иҷозатнома барои кор дар хориҷа",
                    "Ман мехоҳам барои кори мавсимӣ ба хориҷа равам. Кадом ҳуҷҷатҳо лозиманд ва муҳлати "
                            + "баррасӣ чанд рӯз аст? Шартнома ба муддати %d моҳ аст."),
            new Text(
                    "tg",
                    Topic.MINISTRY,
                    AppealType.REQUEST,
                    "Норасоии ҷой дар мактаб",
                    "Дар мактаби рақами %d синфҳои якум пур шудаанд, кӯдакон дар се баст мехонанд. "
                            + "Хоҳиш мекунем сохтмони бинои иловагиро тезонед."),
            // ---- Turkmen
            new Text(
                    "tk",
                    Topic.CITY,
                    AppealType.COMPLAINT,
                    "Howlydaky galyndylar äkidilmeýär",
                    "%d-nji jaýyň howlusyndaky galyndylar iki hepde bäri äkidilmeýär. Konteýnerler doldy. "
                            + "Çäre görmegiňizi haýyş edýärin."),
            new Text(
                    "tk",
                    Topic.CITY,
                    AppealType.REQUEST,
                    "Köçe yşyklandyryşy işlemeýär",
                    "%d-nji jaýyň ýanyndaky köçe çyralary üç hepde bäri ýanmaýar. Agşamlar çagalar mekdepden "
                            + "garaňkyda gaýdýarlar. Abatlamagyňyzy haýyş edýäris."),
            new Text(
                    "tk",
                    Topic.SOCIAL,
                    AppealType.ENQUIRY,
                    "Pensiýany täzeden hasaplamak",
                    "Täzeden hasaplanandan soň pensiýamyň näme üçin azalandygyny düşündirmegiňizi haýyş edýärin. "
                            + "Iş stažym %d ýyl."),
            new Text(
                    "tk",
                    Topic.MINISTRY,
                    AppealType.REQUEST,
                    "Mekdepde orun ýetmezçiligi",
                    "%d-nji mekdepde birinji synplar doly, çagalar üç çalşykda okaýarlar. Goşmaça synp otaglaryny "
                            + "açmagyňyzy haýyş edýäris."));

    /** Answers per language, used for answered demo appeals. */
    static final Map<String, List<String>> REPLIES = Map.of(
            "ru",
                    List.of(
                            "Ваше обращение рассмотрено. Подрядчику выдано предписание, работы будут выполнены в течение десяти дней.",
                            "Сообщаем, что вопрос включён в план работ на текущий квартал. О сроках вас дополнительно уведомят.",
                            "По результатам проверки перерасчёт выполнен верно; подробный расчёт направлен на вашу электронную почту."),
            "kk",
                    List.of(
                            "Өтінішіңіз қаралды. Мердігерге нұсқама берілді, жұмыстар он күн ішінде орындалады.",
                            "Мәселе ағымдағы тоқсанның жұмыс жоспарына енгізілгенін хабарлаймыз."),
            "en",
                    List.of(
                            "Your appeal has been considered. The contractor has been instructed to fix the problem within ten days.",
                            "The issue has been included in this quarter's work plan; you will be informed of the dates."),
            "uz",
                    List.of(
                            "Murojaatingiz koʻrib chiqildi. Pudratchiga koʻrsatma berildi, ishlar oʻn kun ichida bajariladi."),
            "ky", List.of("Кайрылууңуз каралды. Мердигерге көрсөтмө берилди, иштер он күндүн ичинде аткарылат."),
            "tg",
                    List.of(
                            "Муроҷиати шумо баррасӣ шуд. Ба пудратчӣ дастур дода шуд, корҳо дар давоми даҳ рӯз иҷро мешаванд."),
            "tk",
                    List.of(
                            "Ýüzlenmäňiz seredildi. Potratça görkezme berildi, işler on günüň dowamynda ýerine ýetiriler."));

    /**
     * The campaign: many residents of one micro-district complain about the same hot-water outage in almost the
     * same words (one message shared in a neighbourhood chat), with small edits.
     */
    static final List<String> CAMPAIGN_OPENINGS =
            List.of("Уважаемый аким!", "Здравствуйте!", "Добрый день!", "Уважаемые сотрудники акимата!", "");

    static String campaignText(int house, int days, String opening) {
        return (opening.isEmpty() ? "" : opening + " ")
                + "В микрорайоне Айнабулак-3, дом " + house + ", уже " + days + " дней нет горячей воды. "
                + "Отключение не было объявлено, сроки восстановления никто не называет. В доме живут пожилые люди "
                + "и маленькие дети. Просим срочно восстановить горячее водоснабжение и сообщить сроки.";
    }

    static final String CAMPAIGN_SUBJECT = "Нет горячей воды в Айнабулак-3";
    static final String CAMPAIGN_TEXT_KK = "Айнабулак-3 шағынауданы, %d-үйде %d күннен бері ыстық су жоқ. "
            + "Ажырату алдын ала жарияланбаған. Ыстық сумен жабдықтауды шұғыл қалпына келтіруді сұраймыз.";
}
