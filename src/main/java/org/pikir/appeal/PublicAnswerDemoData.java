package org.pikir.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.pikir.account.AccountService;
import org.pikir.account.UserAccount;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.demo.DemoDataContributor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * A few public answers the demo agencies published, so Questions and answers is not empty on the first start and
 * the appeal form can suggest one (the Almaty hot-water question answers the demo campaign). Written by the demo
 * officials of {@link AppealDemoData}; nothing of any appeal is copied.
 */
@Component
class PublicAnswerDemoData implements DemoDataContributor {

    /** Demo answers: official's e-mail, country, agency code, languages, question, answer, legal basis, days ago. */
    static final List<String[]> ANSWERS = List.of(
            new String[] {
                "official.kz.almaty@pikir.demo",
                "KZ",
                "AKIMAT_ALMATY",
                "ru",
                "Когда в микрорайоне Айнабулак-3 восстановят подачу горячей воды?",
                "Горячая вода отключена из-за замены участка теплосети. Подачу восстановят после гидравлических"
                        + " испытаний, не позднее 14 дней с начала работ. График отключений публикуется на сайте"
                        + " акимата и у ТОО «Алматинские тепловые сети». Если через 14 дней воды нет, подайте"
                        + " обращение с адресом дома.",
                "Правила предоставления коммунальных услуг, п. 12",
                "3"
            },
            new String[] {
                "official.kz.almaty@pikir.demo",
                "KZ",
                "AKIMAT_ALMATY",
                "kk",
                "Көше шамдары жанбаса, кімге хабарласу керек?",
                "Көше жарығына қаланың энергетика басқармасы жауап береді. Жанбайтын шамның мекенжайын 109"
                        + " бірыңғай байланыс орталығына айтыңыз немесе осы порталда өтініш жіберіңіз; шам әдетте"
                        + " 5 жұмыс күні ішінде жөнделеді.",
                "",
                "20"
            },
            new String[] {
                "official.kz.labour@pikir.demo",
                "KZ",
                "MTSZN",
                "ru",
                "Как оформить пособие по уходу за ребёнком до полутора лет?",
                "Заявление подаётся онлайн на портале eGov или в ЦОН по месту жительства. Нужны удостоверение"
                        + " личности и свидетельство о рождении ребёнка; пособие назначается в течение 8 рабочих"
                        + " дней.",
                "Социальный кодекс Республики Казахстан, ст. 180",
                "40"
            },
            new String[] {
                "official.kg.bishkek@pikir.demo",
                "KG",
                "MAYOR_BISHKEK",
                "ru",
                "Как попасть в программу ремонта дворов Бишкека?",
                "Совет дома или ТСЖ подаёт заявку в районную администрацию до 1 марта; в программу включают дворы"
                        + " по очереди и по состоянию покрытия. Список на текущий год публикуется на сайте мэрии.",
                "",
                "12"
            },
            new String[] {
                "official.uz.tashkent@pikir.demo",
                "UZ",
                "HOKIMIYAT_TASHKENT",
                "en",
                "How do I report a broken water pipe in Tashkent?",
                "Call the city water utility's 24-hour line 1055 or send an appeal here with the address; a crew is"
                        + " sent within a day.",
                "",
                "7"
            });

    private final PublicAnswerRepository answers;
    private final AccountService accounts;
    private final CountryService countries;
    private final Clock clock;

    PublicAnswerDemoData(
            PublicAnswerRepository answers, AccountService accounts, CountryService countries, Clock clock) {
        this.answers = answers;
        this.accounts = accounts;
        this.countries = countries;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "appeal.public-answers.demo";
    }

    @Override
    public int order() {
        return 41;
    }

    @Override
    public void load() {
        Instant now = clock.instant();
        for (String[] a : ANSWERS) {
            Long author = accounts.search(a[0], PageRequest.of(0, 1)).stream()
                    .map(UserAccount::getId)
                    .findFirst()
                    .orElse(null);
            CountryCode country = CountryCode.valueOf(a[1]);
            Agency agency = countries.agencies(country).stream()
                    .filter(x -> x.getCode().equals(a[2]))
                    .findFirst()
                    .orElse(null);
            if (author == null || agency == null) {
                continue;
            }
            Instant at = now.minus(Duration.ofDays(Long.parseLong(a[7])));
            PublicAnswer answer = new PublicAnswer(country, agency.getId(), author, null, null, at);
            answer.write(a[4], a[5], a[6], List.of(a[3]), at);
            answers.save(answer);
        }
    }
}
