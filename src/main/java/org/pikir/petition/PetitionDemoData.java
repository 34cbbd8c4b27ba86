package org.pikir.petition;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.pikir.account.AccountService;
import org.pikir.account.RegistrationForm;
import org.pikir.account.Role;
import org.pikir.analysis.LanguageDetector;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.demo.DemoDataContributor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Demo petitions in every state across the five countries, one a single signature short of its threshold
 * (Turkmenistan: sign as citizen.tm@pikir.demo to cross it). Signatures come from bulk-created demo signer
 * accounts (emails *@signers.pikir.demo, verified_by 'demo-data'); officials per country answer petitions.
 */
@Component
class PetitionDemoData implements DemoDataContributor {

    static final String PASSWORD = "pikir-demo-2026";
    /** The agency whose demo official answers petitions, per country. */
    static final Map<CountryCode, String> ADDRESSEE = Map.of(
            CountryCode.KZ,
            "GOVERNMENT",
            CountryCode.UZ,
            "LEGISLATIVE_CHAMBER",
            CountryCode.KG,
            "JOGORKU_KENESH",
            CountryCode.TJ,
            "GOVERNMENT",
            CountryCode.TM,
            "CABINET");

    private static final Map<CountryCode, Integer> SIGNER_POOL = Map.of(
            CountryCode.KZ,
            1500,
            CountryCode.UZ,
            10400,
            CountryCode.KG,
            10100,
            CountryCode.TJ,
            2200,
            CountryCode.TM,
            5300);

    private final PetitionRepository petitions;
    private final PetitionRulesSource rules;
    private final BulkSigners bulk;
    private final AccountService accounts;
    private final CountryService countries;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final LanguageDetector languages;

    PetitionDemoData(
            PetitionRepository petitions,
            PetitionRulesSource rules,
            BulkSigners bulk,
            AccountService accounts,
            CountryService countries,
            JdbcTemplate jdbc,
            LanguageDetector languages,
            Clock clock) {
        this.petitions = petitions;
        this.rules = rules;
        this.bulk = bulk;
        this.accounts = accounts;
        this.countries = countries;
        this.jdbc = jdbc;
        this.clock = clock;
        this.languages = languages;
    }

    @Override
    public String name() {
        return "petition.petitions";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public void load() {
        Instant now = clock.instant();
        for (CountryCode country : CountryCode.values()) {
            officialFor(country);
            bulk.create(
                    "demo-signer-" + country.name().toLowerCase(),
                    "signers.pikir.demo",
                    country.name(),
                    SIGNER_POOL.get(country),
                    now);
        }
        long kz = account("citizen.kz@pikir.demo");
        long uz = account("citizen.uz@pikir.demo");
        long kg = account("citizen.kg@pikir.demo");
        long tj = account("citizen.tj@pikir.demo");
        long tm = account("citizen.tm@pikir.demo");
        long migrant = account("migrant@pikir.demo");

        Petition bikes = collecting(
                CountryCode.KZ,
                kz,
                "Алматыда қауіпсіз велосипед жолдары",
                "Алматыда велосипедпен жүретіндер саны жыл сайын өсуде, бірақ бөлінген жолдар аз және олар "
                        + "бір-бірімен жалғаспайды. Велосипедшілер көлікпен бір жолда жүруге мәжбүр.",
                "Абай, Сейфуллин және Төле би көшелерінде үздіксіз, бөлінген велосипед жолдарын салу.",
                20,
                now);
        sign(bikes, 1240);
        Petition migrants = collecting(
                CountryCode.KZ,
                migrant,
                "Онлайн-регистрация трудовых мигрантов без очередей",
                "Трудовые мигранты тратят целые дни в очередях за регистрацией и продлением разрешений. "
                        + "Большую часть процедур можно перевести в электронный вид на eGov.",
                "Открыть онлайн-подачу документов для регистрации и продления разрешений на работу.",
                45,
                now);
        sign(migrants, 860);
        pending(
                CountryCode.KZ,
                kz,
                "Бесплатный интернет в сельских библиотеках",
                "Во многих сёлах библиотека — единственное место, где школьники могут готовиться к урокам, но "
                        + "интернета там нет или он платный.",
                "Подключить все сельские библиотеки к бесплатному широкополосному интернету до конца года.",
                now);
        Petition duplicate = pending(
                CountryCode.KZ,
                kz,
                "Велодорожки в Алматы",
                "Нужны велодорожки в Алматы, ездить по дорогам вместе с машинами опасно для жизни.",
                "Построить велодорожки на центральных улицах.",
                now.minus(Duration.ofDays(3)));
        duplicate.reject(
                account("moderator.kz@pikir.demo"),
                RejectionReason.DUPLICATE,
                "Такая петиция уже собирает подписи: «Алматыда қауіпсіз велосипед жолдары».",
                now.minus(Duration.ofDays(2)));

        Petition schools = collecting(
                CountryCode.UZ,
                uz,
                "Ish kunlari maktablarda ikkinchi smenani bekor qilish",
                "Many schools in Tashkent still work in two shifts; children of the second shift come home after dark "
                        + "in winter and have no time for clubs or sport.",
                "Fund new school buildings in the districts with two shifts and end the second shift by 2028.",
                22,
                now);
        sign(schools, 10_350);
        reached(schools, now.minus(Duration.ofDays(3)));
        Petition offensive = pending(
                CountryCode.UZ,
                uz,
                "Hidden offensive demo petition title",
                "This demo text stands for content a moderator would not republish.",
                "Nothing to publish here.",
                now.minus(Duration.ofDays(5)));
        offensive.reject(
                account("moderator.uz@pikir.demo"), RejectionReason.OFFENSIVE, null, now.minus(Duration.ofDays(4)));
        Petition water = collecting(
                CountryCode.UZ,
                migrant,
                "Чистая питьевая вода в махаллях Ферганы",
                "В ряде махаллей Ферганской области вода подаётся по графику, а её качество не проверяется публично.",
                "Публиковать ежемесячные результаты проверки воды и график ремонта водопроводов.",
                5,
                now);
        sign(water, 312);

        Petition heating = collecting(
                CountryCode.KG,
                kg,
                "Прозрачные тарифы на отопление в Бишкеке",
                "Жители не понимают, из чего складывается плата за отопление, и не могут проверить расчёты.",
                "Публиковать расчёт тарифа на отопление и данные общедомовых счётчиков на портале.",
                60,
                now);
        sign(heating, 10_020);
        reached(heating, now.minus(Duration.ofDays(25)));
        heating.respond(
                account("official.petitions.kg@pikir.demo"),
                ResponseDecision.PARTIALLY,
                "Жогорку Кенеш поручил опубликовать методику расчёта тарифов до конца квартала. Установка "
                        + "общедомовых счётчиков будет проведена поэтапно в течение двух лет, начиная с новостроек.",
                now.minus(Duration.ofDays(6)));
        Petition bus = collecting(
                CountryCode.KG,
                kg,
                "Ночные автобусы в Бишкеке",
                "После 22:00 общественный транспорт в Бишкеке почти не ходит, люди вынуждены брать такси.",
                "Запустить ночные автобусные маршруты по основным проспектам.",
                10,
                now);
        sign(bus, 1_480);

        Petition parks = approved(
                CountryCode.TJ,
                tj,
                "Сабз кардани ҳавлиҳои мактабҳои Душанбе",
                "Schoolyards in Dushanbe are mostly asphalt; trees and shade would make summers bearable.",
                "Plant trees in every schoolyard of Dushanbe within two years.",
                now.minus(Duration.ofDays(100)));
        sign(parks, 2_100);
        parks.expire(parks.getClosesAt());
        Petition roads = collecting(
                CountryCode.TJ,
                tj,
                "Освещение дороги Душанбе — Вахдат",
                "На участке дороги между Душанбе и Вахдатом нет освещения, ночью там часто происходят аварии.",
                "Установить освещение на всём участке дороги.",
                30,
                now);
        sign(roads, 640);

        Petition clinic = collecting(
                CountryCode.TM,
                tm,
                "Online appointments at Ashgabat clinics",
                "Patients queue at dawn to get an appointment ticket. An online booking system would save hours.",
                "Introduce online booking for all state clinics in Ashgabat.",
                40,
                now);
        // One short of the threshold: signing as citizen.tm@pikir.demo reaches it and notifies the officials.
        sign(clinic, clinic.getThreshold() - 1);
        Petition stipends = collecting(
                CountryCode.TM,
                tm,
                "Higher stipends for students in Turkmenistan",
                "Stipends have not kept pace with prices; many students work at night and miss lectures.",
                "Index stipends to inflation every year.",
                80,
                now);
        sign(stipends, 5_210);
        reached(stipends, now.minus(Duration.ofDays(20)));
        stipends.respond(
                account("official.petitions.tm@pikir.demo"),
                ResponseDecision.WILL_NOT_ACT,
                "The Cabinet of Ministers reviewed the proposal. Stipends are set in the state budget for the coming "
                        + "year; an annual indexation is not planned, but need-based grants will be extended.",
                now.minus(Duration.ofDays(2)));
        petitions.flush();
        tallyAll();
    }

    private void officialFor(CountryCode country) {
        String email = "official.petitions." + country.name().toLowerCase() + "@pikir.demo";
        Agency agency = countries.agencies(country).stream()
                .filter(a -> a.getCode().equals(ADDRESSEE.get(country)))
                .findFirst()
                .orElseThrow();
        long id = accounts.register(new RegistrationForm(
                email,
                PASSWORD,
                PASSWORD,
                "Petitions officer " + country.name(),
                country.name(),
                country.name(),
                "ru"));
        accounts.assignRoles(id, EnumSet.of(Role.OFFICIAL), agency.getId(), null);
        accounts.verify(id, "demo-data");
    }

    private long agency(CountryCode country) {
        return countries.agencies(country).stream()
                .filter(a -> a.getCode().equals(ADDRESSEE.get(country)))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private Petition pending(
            CountryCode country, long author, String title, String text, String action, Instant submitted) {
        return petitions.save(new Petition(
                country,
                agency(country),
                author,
                title,
                text,
                action,
                languages.detect(PetitionPublicTexts.analysedText(title, text)).code(),
                rules.rules(country),
                submitted));
    }

    private Petition approved(
            CountryCode country, long author, String title, String text, String action, Instant opened) {
        Petition p = pending(country, author, title, text, action, opened.minus(Duration.ofDays(1)));
        p.approve(account("moderator." + country.name().toLowerCase() + "@pikir.demo"), rules.rules(country), opened);
        return p;
    }

    private Petition collecting(
            CountryCode country, long author, String title, String text, String action, int daysAgo, Instant now) {
        return approved(country, author, title, text, action, now.minus(Duration.ofDays(daysAgo)));
    }

    private void reached(Petition p, Instant at) {
        p.reachThreshold(at, rules.responseDue(p.getCountry(), at));
    }

    /** The first {@code count} demo signers of the country sign, at times spread over the open period. */
    private void sign(Petition p, int count) {
        petitions.flush();
        jdbc.update(
                """
                insert into petition_signature (petition_id, account_id, signed_at)
                select ?, id, ?::timestamptz + random() * (least(?::timestamptz, ?::timestamptz) - ?::timestamptz)
                from user_account where email like ? order by id limit ?""",
                p.getId(),
                ts(p.getOpenedAt()),
                ts(clock.instant()),
                ts(p.getClosesAt()),
                ts(p.getOpenedAt()),
                "demo-signer-" + p.getCountry().name().toLowerCase() + "-%@signers.pikir.demo",
                count);
    }

    private void tallyAll() {
        jdbc.update("""
                insert into petition_signature_tally (petition_id, shard, signatures)
                select petition_id, (account_id % 16)::smallint, count(*) from petition_signature
                group by petition_id, account_id % 16
                on conflict (petition_id, shard) do update set signatures = excluded.signatures""");
    }

    private long account(String email) {
        Long id = jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
        return id == null ? 0 : id;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
