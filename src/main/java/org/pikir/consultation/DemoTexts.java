package org.pikir.consultation;

import java.util.ArrayList;
import java.util.List;

/** Texts of the demo consultations (written for the demo; not real laws). */
final class DemoTexts {

    private DemoTexts() {}

    private static ArticleForm a(
            String n,
            String chKk,
            String chRu,
            String chEn,
            String hKk,
            String hRu,
            String hEn,
            String kk,
            String ru,
            String en) {
        return new ArticleForm(null, n, chKk, chRu, chEn, hKk, hRu, hEn, kk, ru, en);
    }

    static DraftForm migration() {
        String g1kk = "1-тарау. Жалпы ережелер";
        String g1ru = "Глава 1. Общие положения";
        String g1en = "Chapter 1. General provisions";
        String g2kk = "2-тарау. Тіркеу тәртібі";
        String g2ru = "Глава 2. Порядок регистрации";
        String g2en = "Chapter 2. Registration procedure";
        return new DraftForm(
                PolicyArea.MIGRATION,
                "Шетелдіктерді уақытша болу орны бойынша тіркеу туралы заң жобасы",
                "Проект закона о регистрации иностранцев по месту временного пребывания",
                "Draft law on registering foreign nationals at their place of temporary stay",
                "Жоба шетелдіктер мен азаматтығы жоқ адамдарды тіркеудің мерзімдерін, тәсілдерін және жауапкершілігін белгілейді; тіркеуді eGov арқылы онлайн жүргізуге мүмкіндік береді.",
                "Проект устанавливает сроки, способы и ответственность при регистрации иностранцев и лиц без гражданства и позволяет регистрироваться онлайн через eGov.",
                "The draft sets deadlines, channels and liability for registering foreign nationals and stateless persons, and allows online registration through eGov.",
                "Жоба еңбек мигранттарының санын нақты есепке алу және тіркеуді жеңілдету мақсатында әзірленді.",
                "Проект разработан для точного учёта трудовых мигрантов и упрощения регистрации.",
                null,
                List.of(
                        a(
                                "1",
                                g1kk,
                                g1ru,
                                g1en,
                                "Заңның мақсаты",
                                "Цель закона",
                                "Purpose",
                                "Осы Заң Қазақстан Республикасында уақытша болатын шетелдіктер мен азаматтығы жоқ адамдарды тіркеу тәртібін белгілейді.",
                                "Настоящий Закон устанавливает порядок регистрации иностранцев и лиц без гражданства, временно пребывающих в Республике Казахстан.",
                                "This Law sets out how foreign nationals and stateless persons staying temporarily in the Republic of Kazakhstan are registered."),
                        a(
                                "2",
                                g1kk,
                                g1ru,
                                g1en,
                                "Тіркеу мерзімі",
                                "Срок регистрации",
                                "Registration deadline",
                                "Шетелдік Қазақстан Республикасына келген күннен бастап үш жұмыс күні ішінде уақытша болу орны бойынша тіркелуге тиіс.",
                                "Иностранец обязан зарегистрироваться по месту временного пребывания в течение трёх рабочих дней со дня въезда в Республику Казахстан.",
                                "A foreign national must register at the place of temporary stay within three working days of entering the Republic of Kazakhstan."),
                        a(
                                "3",
                                g2kk,
                                g2ru,
                                g2en,
                                "Онлайн тіркеу",
                                "Онлайн-регистрация",
                                "Online registration",
                                "Қабылдаушы тарап шетелдікті электрондық үкімет порталы арқылы тіркей алады. Тіркеу туралы хабарлама шетелдіктің ұялы телефонына жіберіледі.",
                                "Принимающая сторона может зарегистрировать иностранца через портал электронного правительства. Уведомление о регистрации направляется на мобильный телефон иностранца.",
                                "The host may register the foreign national through the e-government portal. A notice of registration is sent to the foreign national's mobile phone."),
                        a(
                                "4",
                                g2kk,
                                g2ru,
                                g2en,
                                "Қабылдаушы тараптың міндеттері",
                                "Обязанности принимающей стороны",
                                "Duties of the host",
                                "Жұмыс беруші еңбек мигрантын тіркеуге және оның тұратын орны туралы мәліметтерді жаңартуға жауапты.",
                                "Работодатель отвечает за регистрацию трудового мигранта и за обновление сведений о месте его проживания.",
                                "The employer is responsible for registering a labour migrant and for keeping the address details up to date."),
                        a(
                                "5",
                                g2kk,
                                g2ru,
                                g2en,
                                "Жауапкершілік",
                                "Ответственность",
                                "Liability",
                                "Тіркеу мерзімін бұзғаны үшін әкімшілік айыппұл салынады. Алғашқы бұзушылық үшін ескерту жасалады.",
                                "За нарушение срока регистрации налагается административный штраф. За первое нарушение выносится предупреждение.",
                                "Missing the registration deadline is punished by an administrative fine. A first breach results in a warning."),
                        a(
                                "6",
                                null,
                                null,
                                null,
                                "Қолданысқа енгізу",
                                "Введение в действие",
                                "Entry into force",
                                "Осы Заң алғашқы ресми жарияланған күнінен кейін алпыс күнтізбелік күн өткен соң қолданысқа енгізіледі.",
                                "Настоящий Закон вводится в действие по истечении шестидесяти календарных дней после его первого официального опубликования.",
                                "This Law enters into force sixty calendar days after its first official publication.")));
    }

    static DraftForm digital() {
        return new DraftForm(
                PolicyArea.DIGITAL,
                "Электрондық мемлекеттік қызметтер туралы заң жобасы",
                "Проект закона об электронных государственных услугах",
                "Draft law on electronic public services",
                "Жоба мемлекеттік қызметтердің басым бөлігін онлайн көрсетуді, бір рет ұсыну қағидатын және деректерді қорғауды бекітеді.",
                "Проект закрепляет оказание большинства государственных услуг онлайн, принцип однократного представления документов и защиту данных.",
                "The draft makes most public services available online, enshrines the once-only principle and protects personal data.",
                null,
                "Пояснительная записка: цель — сократить очереди в центрах госуслуг на 40% к 2028 году.",
                null,
                List.of(
                        a(
                                "1",
                                null,
                                null,
                                null,
                                "Негізгі ұғымдар",
                                "Основные понятия",
                                "Definitions",
                                "Электрондық мемлекеттік қызмет — бірыңғай портал немесе мобильді қосымша арқылы көрсетілетін қызмет.",
                                "Электронная государственная услуга — услуга, оказываемая через единый портал или мобильное приложение.",
                                "An electronic public service is a service delivered through the single portal or the mobile application."),
                        a(
                                "2",
                                null,
                                null,
                                null,
                                "Бір рет ұсыну қағидаты",
                                "Принцип однократного представления",
                                "Once-only principle",
                                "Мемлекеттік органдар мемлекеттік дерекқорларда бар құжаттарды азаматтан талап етпейді.",
                                "Государственные органы не вправе требовать от граждан документы, которые имеются в государственных базах данных.",
                                "Public bodies may not ask citizens for documents that are already held in state databases."),
                        a(
                                "3",
                                null,
                                null,
                                null,
                                "Қызмет көрсету мерзімдері",
                                "Сроки оказания услуг",
                                "Service deadlines",
                                "Электрондық қызметтер бес жұмыс күнінен аспайтын мерзімде көрсетіледі, егер заңда өзгеше белгіленбесе.",
                                "Электронные услуги оказываются в срок не более пяти рабочих дней, если законом не установлено иное.",
                                "Electronic services are delivered within five working days unless a law provides otherwise."),
                        a(
                                "4",
                                null,
                                null,
                                null,
                                "Дербес деректерді қорғау",
                                "Защита персональных данных",
                                "Protection of personal data",
                                "Азамат өз деректеріне кім және қашан қол жеткізгенін жеке кабинетте көре алады.",
                                "Гражданин вправе видеть в личном кабинете, кто и когда обращался к его данным.",
                                "Citizens may see in their personal account who accessed their data and when."),
                        a(
                                "5",
                                null,
                                null,
                                null,
                                "Цифрлық емес балама",
                                "Нецифровая альтернатива",
                                "Non-digital alternative",
                                "Интернетке қолжетімділігі жоқ азаматтар үшін қызмет көрсету орталықтарында қағаз нысанындағы өтініш сақталады.",
                                "Для граждан без доступа к интернету сохраняется подача заявлений на бумаге в центрах обслуживания.",
                                "Citizens without internet access may still apply on paper at service centres.")));
    }

    static DraftForm housing() {
        return new DraftForm(
                PolicyArea.HOUSING,
                "Муниципалдық әлеуметтік жалға берілетін тұрғын үй туралы ереже жобасы",
                "Проект положения о муниципальном социальном арендном жилье",
                "Draft regulation on municipal social rental housing",
                "Бішкек мэриясы аз қамтылған отбасыларға муниципалдық пәтерлерді жалға беру тәртібін ұсынады.",
                "Мэрия Бишкека предлагает порядок предоставления муниципальных квартир в аренду малообеспеченным семьям.",
                "Bishkek City Hall proposes how municipal flats are let to low-income families.",
                null,
                null,
                null,
                List.of(
                        a(
                                "1",
                                null,
                                null,
                                null,
                                "Қолданылу аясы",
                                "Сфера применения",
                                "Scope",
                                "Ереже Бішкек қаласының муниципалдық меншігіндегі тұрғын үйлерге қолданылады.",
                                "Положение распространяется на жилые помещения в муниципальной собственности города Бишкек.",
                                "The regulation applies to dwellings owned by the City of Bishkek."),
                        a(
                                "2",
                                null,
                                null,
                                null,
                                "Кезек",
                                "Очередь",
                                "Waiting list",
                                "Пәтерлер өтініш берілген күн бойынша кезек тәртібімен беріледі.",
                                "Квартиры предоставляются в порядке очереди по дате подачи заявления.",
                                "Flats are allocated in order of the application date."),
                        a(
                                "3",
                                null,
                                null,
                                null,
                                "Жалдау мерзімі",
                                "Срок аренды",
                                "Lease term",
                                "Жалдау шарты үш жыл мерзімге жасалады.",
                                "Договор аренды заключается на срок три года.",
                                "The lease is concluded for three years."),
                        a(
                                "4",
                                null,
                                null,
                                null,
                                "Жалдау ақысы",
                                "Арендная плата",
                                "Rent",
                                "Жалдау ақысын мэрия жыл сайын белгілейді.",
                                "Размер арендной платы ежегодно устанавливает мэрия.",
                                "The rent is set by the City Hall every year."),
                        a(
                                "5",
                                null,
                                null,
                                null,
                                "Ашықтық",
                                "Прозрачность",
                                "Transparency",
                                "Кезек тізімі мэрияның сайтында жарияланады.",
                                "Список очереди публикуется на сайте мэрии.",
                                "The waiting list is published on the City Hall website.")));
    }

    /** Version 2 of the housing regulation: articles 2–4 rewritten after the discussion, article 6 added. */
    static List<ArticleForm> housingV2(List<ConsultationQueries.ArticleEntry> v1) {
        List<ArticleForm> list = new ArrayList<>();
        for (ConsultationQueries.ArticleEntry e : v1) {
            ArticleForm f = new ArticleForm(
                    e.ref(),
                    e.number(),
                    null,
                    null,
                    null,
                    e.heading().kk(),
                    e.heading().ru(),
                    e.heading().en(),
                    e.text().kk(),
                    e.text().ru(),
                    e.text().en());
            list.add(
                    switch (e.number()) {
                        case "2" ->
                            new ArticleForm(
                                    e.ref(),
                                    "2",
                                    null,
                                    null,
                                    null,
                                    f.headingKk(),
                                    f.headingRu(),
                                    f.headingEn(),
                                    "Пәтерлер отбасының табысын, балалар санын және мүгедектігін ескеретін баллдар бойынша беріледі.",
                                    "Квартиры предоставляются по баллам с учётом дохода семьи, числа детей и инвалидности.",
                                    "Flats are allocated by points that take family income, number of children and disability into account.");
                        case "3" ->
                            new ArticleForm(
                                    e.ref(),
                                    "3",
                                    null,
                                    null,
                                    null,
                                    f.headingKk(),
                                    f.headingRu(),
                                    f.headingEn(),
                                    "Жалдау шарты бес жыл мерзімге жасалады және ұзартылуы мүмкін.",
                                    "Договор аренды заключается на срок пять лет с правом продления.",
                                    "The lease is concluded for five years and may be renewed.");
                        case "4" ->
                            new ArticleForm(
                                    e.ref(),
                                    "4",
                                    null,
                                    null,
                                    null,
                                    f.headingKk(),
                                    f.headingRu(),
                                    f.headingEn(),
                                    "Жалдау ақысы отбасы табысының отыз пайызынан аспайды.",
                                    "Размер арендной платы не превышает тридцати процентов дохода семьи.",
                                    "The rent does not exceed thirty per cent of the family income.");
                        default -> f;
                    });
        }
        list.add(new ArticleForm(
                null,
                "6",
                null,
                null,
                null,
                "Шағымдану",
                "Обжалование",
                "Appeals",
                "Кезек бойынша шешімге отыз күн ішінде шағым берілуі мүмкін.",
                "Решение по очереди может быть обжаловано в течение тридцати дней.",
                "A waiting-list decision may be appealed within thirty days."));
        return list;
    }

    private static final List<String> GENERAL = List.of(
            "Мәтін түсінікті жазылған, қолдаймын.",
            "Ақпарат қазақ тілінде де толық болуы тиіс.",
            "Предлагаю добавить ответственность чиновников за нарушение сроков.",
            "Статью стоит дополнить ссылкой на международные стандарты.",
            "I support the draft overall, but article 5 needs clearer wording.",
            "Please make the consultation period longer next time; two weeks is short for a law like this.");

    static final List<String> MIGRATION_COMMENTS = join(
            GENERAL,
            List.of(
                    "Бұл бап өте маңызды, бірақ мерзімі тым қысқа. Кемінде он күн қажет.",
                    "Онлайн тіркеу — дұрыс шешім. Кезекте тұрудың қажеті болмайды.",
                    "Жұмыс берушілердің жауапкершілігін нақтырақ жазу қажет.",
                    "Айыппұл мөлшері көрсетілмеген, бұл сыбайлас жемқорлыққа жол ашады.",
                    "Мигранттар үшін ақпарат бірнеше тілде болуы қажет.",
                    "Срок в три рабочих дня нереалистичен для тех, кто приезжает в выходные.",
                    "Поддерживаю онлайн-регистрацию, но нужна версия на узбекском и таджикском языках.",
                    "Работодатели часто не регистрируют работников. Нужна проверка.",
                    "Предупреждение за первое нарушение — справедливое решение.",
                    "Непонятно, что делать, если принимающая сторона отказывается регистрировать.",
                    "Хорошо, что уведомление приходит на телефон. Меньше бумажной волокиты.",
                    "Нужно предусмотреть бесплатную юридическую помощь мигрантам.",
                    "The three-day deadline is unrealistic for people who arrive on a weekend.",
                    "Online registration is a welcome step; please add an English interface for foreign investors.",
                    "The article should say what happens to data after the person leaves the country.",
                    "A warning for a first breach is proportionate. Good change."));

    static final List<String> DIGITAL_COMMENTS = join(
            GENERAL,
            List.of(
                    "Ауылда интернет нашар, қағаз нұсқасын міндетті түрде қалдыру керек.",
                    "Деректерді кім көргенін білу құқығы — үлкен қадам.",
                    "Бес жұмыс күні тым ұзақ, анықтамалар бірден берілуі керек.",
                    "Принцип однократного представления давно нужен, справки собирать очень долго.",
                    "Нужно указать, в какие сроки отвечает служба поддержки портала.",
                    "Пожилым людям сложно пользоваться порталом, оставьте бумажный вариант.",
                    "Please publish statistics on how many services are really delivered online.",
                    "Five working days is too long for a certificate the state already holds.",
                    "The access log should also show requests from law enforcement, unless a court forbids it."));

    static final List<String> HOUSING_COMMENTS = join(
            GENERAL,
            List.of(
                    "Кезек тізімін ашық жариялау әділдікке көмектеседі.",
                    "Бұл ережені қолдаймын, бірақ мүгедектігі бар адамдарға басымдық беру керек.",
                    "Три года аренды — слишком мало для семьи с детьми.",
                    "Арендная плата должна зависеть от дохода, а не устанавливаться мэрией произвольно.",
                    "Очередь по дате подачи несправедлива к многодетным семьям.",
                    "The rent cap should be tied to income; otherwise the programme excludes the poorest families.",
                    "Who checks the points system? An independent commission would build trust."));

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    static final List<String> REPLIES = List.of(
            "Келісемін, дәл осы мәселе.",
            "Толық келісемін.",
            "Согласен, у меня была такая же ситуация.",
            "Не совсем так: в законе уже есть исключение для выходных.",
            "Поддерживаю, это важно.",
            "Agreed, this is the main problem.",
            "I disagree: stricter rules would only push people into informality.",
            "Есть ли статистика по этому вопросу?");

    /** Demo residents: display name, residence, citizenship, UI language. */
    static final List<String[]> RESIDENTS = List.of(
            new String[] {"Айжан Бекова", "KZ", "KZ", "kk"}, new String[] {"Нұрлан Сейітов", "KZ", "KZ", "kk"},
            new String[] {"Гүлнар Әлиева", "KZ", "KZ", "kk"}, new String[] {"Дәурен Омаров", "KZ", "KZ", "kk"},
            new String[] {"Сәуле Қасымова", "KZ", "KZ", "kk"}, new String[] {"Асқар Жұмабаев", "KZ", "KZ", "kk"},
            new String[] {"Мадина Ахметова", "KZ", "KZ", "ru"}, new String[] {"Игорь Павленко", "KZ", "KZ", "ru"},
            new String[] {"Елена Ким", "KZ", "KZ", "ru"}, new String[] {"Тимур Садыков", "KZ", "KZ", "ru"},
            new String[] {"Aliya Nurpeisova", "KZ", "KZ", "en"}, new String[] {"Daniyar Iskakov", "KZ", "KZ", "en"},
            new String[] {"Шерзод Турсунов", "KZ", "UZ", "ru"}, new String[] {"Фаррух Назаров", "KZ", "TJ", "ru"},
            new String[] {"Улугбек Каримов", "KZ", "UZ", "ru"}, new String[] {"Бахтияр Эргашев", "KZ", "UZ", "ru"},
            new String[] {"Сухроб Давлатов", "KZ", "TJ", "ru"}, new String[] {"Нурбек Абдыкадыров", "KZ", "KG", "ru"},
            new String[] {"Азиз Холматов", "KZ", "UZ", "ru"}, new String[] {"Рустам Шарипов", "KZ", "TJ", "ru"},
            new String[] {"Malika Usmonova", "UZ", "UZ", "ru"}, new String[] {"Otabek Yuldashev", "UZ", "UZ", "ru"},
            new String[] {"Dilshod Mirzayev", "UZ", "UZ", "en"}, new String[] {"Nigora Saidova", "UZ", "UZ", "ru"},
            new String[] {"Sardor Aliyev", "UZ", "UZ", "ru"}, new String[] {"Zarina Qodirova", "UZ", "UZ", "en"},
            new String[] {"Бекзат Токтогулов", "KG", "KG", "ru"}, new String[] {"Айгуль Мамбетова", "KG", "KG", "ru"},
            new String[] {"Эрмек Жолдошев", "KG", "KG", "ru"}, new String[] {"Чолпон Асанова", "KG", "KG", "ru"},
            new String[] {"Мирлан Бакиров", "KG", "KG", "ru"}, new String[] {"Nazira Sultanova", "KG", "KG", "en"},
            new String[] {"Jamshid Rakhimov", "RU", "UZ", "ru"}, new String[] {"Anna Schmidt", "DE", "DE", "en"},
            new String[] {"John Miller", "KZ", "GB", "en"}, new String[] {"Дина Жанова", "KZ", "KZ", "kk"},
            new String[] {"Ерлан Мұратов", "KZ", "KZ", "kk"}, new String[] {"Камила Абдуллаева", "UZ", "UZ", "ru"},
            new String[] {"Тилек Усенов", "KG", "KG", "ru"}, new String[] {"Самат Исмаилов", "KZ", "KG", "ru"});
}
