package org.pikir.appeal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pikir.account.AccountService;
import org.pikir.account.RegistrationForm;
import org.pikir.account.Role;
import org.pikir.account.UserAccount;
import org.pikir.analysis.DetectedLanguage;
import org.pikir.analysis.LanguageDetector;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.demo.DemoDataContributor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * About 320 demo appeals over the last four months in all five countries and seven languages, in every status,
 * some overdue, plus a campaign of near-identical hot-water complaints in Almaty. Adds officials for the
 * receiving agencies and a few residents (password {@code pikir-demo-2026}). Deterministic (fixed seed).
 */
@Component
class AppealDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(AppealDemoData.class);
    static final String PASSWORD = "pikir-demo-2026";

    /** Receiving agencies per country: city, social, and the first ministry (which has official.<cc>). */
    static final Map<CountryCode, Map<AppealDemoTexts.Topic, String>> AGENCIES = Map.of(
            CountryCode.KZ, Map.of(AppealDemoTexts.Topic.CITY, "AKIMAT_ALMATY", AppealDemoTexts.Topic.SOCIAL, "MTSZN"),
            CountryCode.UZ,
                    Map.of(
                            AppealDemoTexts.Topic.CITY,
                            "HOKIMIYAT_TASHKENT",
                            AppealDemoTexts.Topic.SOCIAL,
                            "LABOUR_MIGRATION_AGENCY"),
            CountryCode.KG, Map.of(AppealDemoTexts.Topic.CITY, "MAYOR_BISHKEK", AppealDemoTexts.Topic.SOCIAL, "LABOUR"),
            CountryCode.TJ,
                    Map.of(AppealDemoTexts.Topic.CITY, "HUKUMAT_DUSHANBE", AppealDemoTexts.Topic.SOCIAL, "LABOUR"),
            CountryCode.TM,
                    Map.of(AppealDemoTexts.Topic.CITY, "HYAKIMLIK_ASHGABAT", AppealDemoTexts.Topic.SOCIAL, "LABOUR"));

    /** Demo officials: e-mail, name, country, agency code. */
    static final List<String[]> OFFICIALS = List.of(
            new String[] {"official.kz.almaty@pikir.demo", "Ерлан Жақсыбеков", "KZ", "AKIMAT_ALMATY"},
            new String[] {"official2.kz.almaty@pikir.demo", "Светлана Ли", "KZ", "AKIMAT_ALMATY"},
            new String[] {"official.kz.labour@pikir.demo", "Гүлнар Әбенова", "KZ", "MTSZN"},
            new String[] {"official.uz.tashkent@pikir.demo", "Jasur Rahimov", "UZ", "HOKIMIYAT_TASHKENT"},
            new String[] {"official.uz.migration@pikir.demo", "Nodira Aliyeva", "UZ", "LABOUR_MIGRATION_AGENCY"},
            new String[] {"official.kg.bishkek@pikir.demo", "Нурлан Осмонов", "KG", "MAYOR_BISHKEK"},
            new String[] {"official.kg.labour@pikir.demo", "Айгүл Токтогулова", "KG", "LABOUR"},
            new String[] {"official.tj.dushanbe@pikir.demo", "Фирдавс Назаров", "TJ", "HUKUMAT_DUSHANBE"},
            new String[] {"official.tj.labour@pikir.demo", "Зарина Каримова", "TJ", "LABOUR"},
            new String[] {"official.tm.ashgabat@pikir.demo", "Merdan Annaýew", "TM", "HYAKIMLIK_ASHGABAT"},
            new String[] {"official.tm.labour@pikir.demo", "Gülşat Orazowa", "TM", "LABOUR"});

    /** Extra residents who write appeals: e-mail, name, residence, citizenship, UI language. */
    static final List<String[]> RESIDENTS = List.of(
            new String[] {"resident1.kz@pikir.demo", "Асель Нұрланқызы", "KZ", "KZ", "kk"},
            new String[] {"resident2.kz@pikir.demo", "Данияр Омаров", "KZ", "KZ", "ru"},
            new String[] {"resident3.kz@pikir.demo", "Ольга Ким", "KZ", "KZ", "ru"},
            new String[] {"resident4.kz@pikir.demo", "Тимур Ахметов", "KZ", "KZ", "ru"},
            new String[] {"resident5.kz@pikir.demo", "Жанна Исаева", "KZ", "KZ", "kk"},
            new String[] {"resident1.uz@pikir.demo", "Sardor Tursunov", "UZ", "UZ", "ru"},
            new String[] {"resident1.kg@pikir.demo", "Бакыт Жумабаев", "KG", "KG", "ru"},
            new String[] {"resident1.tj@pikir.demo", "Мадина Саидова", "TJ", "TJ", "ru"},
            new String[] {"resident1.tm@pikir.demo", "Myrat Berdiýew", "TM", "TM", "en"});

    private static final Map<CountryCode, String[]> LANGUAGE_MIX = Map.of(
            CountryCode.KZ, new String[] {"kk", "kk", "kk", "ru", "ru", "ru", "ru", "en"},
            CountryCode.UZ, new String[] {"uz", "uz", "uz", "uz", "ru", "ru", "en"},
            CountryCode.KG, new String[] {"ky", "ky", "ky", "ru", "ru", "ru"},
            CountryCode.TJ, new String[] {"tg", "tg", "tg", "ru", "ru"},
            CountryCode.TM, new String[] {"tk", "tk", "tk", "ru", "en"});

    private static final Map<CountryCode, Integer> VOLUME =
            Map.of(CountryCode.KZ, 105, CountryCode.UZ, 60, CountryCode.KG, 50, CountryCode.TJ, 40, CountryCode.TM, 35);

    private final AppealRepository appeals;
    private final AppealEventRepository events;
    private final AppealReplyRepository replies;
    private final AppealAttachmentRepository attachments;
    private final AppealNumbers numbers;
    private final AppealDeadlines deadlines;
    private final LanguageDetector languages;
    private final CountryService countries;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Random random = new Random(20260415L);

    AppealDemoData(
            AppealRepository appeals,
            AppealEventRepository events,
            AppealReplyRepository replies,
            AppealAttachmentRepository attachments,
            AppealNumbers numbers,
            AppealDeadlines deadlines,
            LanguageDetector languages,
            CountryService countries,
            AccountService accounts,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.appeals = appeals;
        this.events = events;
        this.replies = replies;
        this.attachments = attachments;
        this.numbers = numbers;
        this.deadlines = deadlines;
        this.languages = languages;
        this.countries = countries;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "appeal.demo";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public void load() {
        Instant now = clock.instant();
        Map<String, Long> officialIds = new HashMap<>();
        for (String[] o : OFFICIALS) {
            Agency agency = agency(CountryCode.valueOf(o[2]), o[3]);
            officialIds.put(o[0], person(o[0], o[1], o[2], o[2], "ru", agency.getId()));
        }
        Map<CountryCode, List<Long>> authors = new LinkedHashMap<>();
        for (CountryCode c : CountryCode.values()) {
            authors.put(c, new ArrayList<>());
            existing("citizen." + c.name().toLowerCase() + "@pikir.demo").ifPresent(authors.get(c)::add);
        }
        existing("migrant@pikir.demo").ifPresent(authors.get(CountryCode.KZ)::add);
        for (String[] r : RESIDENTS) {
            authors.get(CountryCode.valueOf(r[2])).add(person(r[0], r[1], r[2], r[3], r[4], null));
        }
        int count = 0;
        for (CountryCode country : CountryCode.values()) {
            List<Agency> receiving = receivingAgencies(country);
            for (int i = 0; i < VOLUME.get(country); i++) {
                String language = pick(LANGUAGE_MIX.get(country));
                AppealDemoTexts.Text text = pick(AppealDemoTexts.TEXTS.stream()
                        .filter(t -> t.language().equals(language))
                        .toList());
                Agency agency = receiving.get(Math.min(text.topic().ordinal(), receiving.size() - 1));
                Instant registered = now.minus(Duration.ofMinutes(30 + random.nextInt(120 * 24 * 60)));
                String body = text.body().formatted(1 + random.nextInt(98));
                Appeal appeal = register(
                        country,
                        agency,
                        pick(authors.get(country)),
                        text.type(),
                        text.subject(),
                        body,
                        registered,
                        random.nextInt(10) == 0);
                play(appeal, receiving, now);
                count++;
            }
        }
        count += campaign(authors.get(CountryCode.KZ), now);
        log.info("Demo appeals loaded: {}", count);
    }

    /** 26 near-identical complaints to the Akimat of Almaty within ten days; mostly still open. */
    private int campaign(List<Long> authors, Instant now) {
        Agency akimat = agency(CountryCode.KZ, "AKIMAT_ALMATY");
        List<Agency> receiving = receivingAgencies(CountryCode.KZ);
        int n = 26;
        for (int i = 0; i < n; i++) {
            Instant registered = now.minus(Duration.ofHours(6 + random.nextInt(10 * 24)));
            int house = 10 + random.nextInt(40);
            int days = 5 + random.nextInt(4);
            String text = i % 7 == 3
                    ? AppealDemoTexts.CAMPAIGN_TEXT_KK.formatted(house, days)
                    : AppealDemoTexts.campaignText(house, days, pick(AppealDemoTexts.CAMPAIGN_OPENINGS));
            Appeal appeal = register(
                    CountryCode.KZ,
                    akimat,
                    authors.get(i % authors.size()),
                    AppealType.COMPLAINT,
                    AppealDemoTexts.CAMPAIGN_SUBJECT,
                    text,
                    registered,
                    false);
            if (i % 5 == 0) {
                play(appeal, receiving, now);
            }
        }
        return n;
    }

    private Appeal register(
            CountryCode country,
            Agency agency,
            long author,
            AppealType type,
            String subject,
            String text,
            Instant registered,
            boolean withPdf) {
        DetectedLanguage language = languages.detect(text);
        AppealNumber number = numbers.next(country, registered, deadlines.zone(country));
        Appeal appeal = appeals.save(new Appeal(
                number.toString(),
                country,
                agency.getId(),
                author,
                type,
                subject,
                text,
                language.code(),
                random.nextInt(4) == 0 ? ContactPreference.IN_APP : ContactPreference.EMAIL,
                random.nextInt(3) == 0,
                registered,
                deadlines.due(country, registered)));
        events.save(new AppealEvent(appeal.getId(), AppealEventKind.REGISTERED, registered, null, agency.getId())
                .dueAt(appeal.getDueAt()));
        if (withPdf) {
            attachments.save(new AppealAttachment(
                    appeal.getId(), "photo-evidence.pdf", AttachmentType.PDF, demoPdf(subject), registered));
        }
        publisher.publishEvent(
                new AppealSubmitted(appeal.getId(), agency.getId(), country, text, language, registered));
        return appeal;
    }

    /** Moves an appeal through a plausible history up to now: redirect, assignment, extension, outcome, rating. */
    private void play(Appeal appeal, List<Agency> receiving, Instant now) {
        Instant t = step(appeal.getRegisteredAt(), now);
        if (random.nextInt(14) == 0 && t.isBefore(now)) {
            Agency target = receiving.stream()
                    .filter(a -> a.getId() != appeal.getAgencyId())
                    .findFirst()
                    .orElseThrow();
            long from = appeal.getAgencyId();
            appeal.redirect(target.getId(), t, deadlines.due(appeal.getCountry(), t));
            events.save(new AppealEvent(appeal.getId(), AppealEventKind.REDIRECTED, t, official(from), from)
                    .targetAgency(target.getId())
                    .note(redirectNote(appeal.getLanguage().code()))
                    .dueAt(appeal.getDueAt()));
            t = step(t, now);
        }
        Long official = official(appeal.getAgencyId());
        if (official == null || !t.isBefore(now)) {
            return;
        }
        boolean pastDue = appeal.getDueAt().isBefore(now);
        int roll = random.nextInt(100);
        if (roll < (pastDue ? 85 : 55)) {
            appeal.assign(official);
            events.save(new AppealEvent(appeal.getId(), AppealEventKind.ASSIGNED, t, official, appeal.getAgencyId())
                    .targetAccount(official));
            t = step(t, now);
        }
        if (random.nextInt(12) == 0 && t.isBefore(now)) {
            appeal.extend(deadlines.extended(appeal.getCountry(), appeal.getDueAt(), 10));
            events.save(new AppealEvent(appeal.getId(), AppealEventKind.EXTENDED, t, official, appeal.getAgencyId())
                    .note(extendNote(appeal.getLanguage().code()))
                    .dueAt(appeal.getDueAt()));
            pastDue = appeal.getDueAt().isBefore(now);
        }
        int outcome = random.nextInt(100);
        if (pastDue ? outcome < 72 : outcome < 25) {
            // most answers come before the deadline, some after it
            Instant latest = random.nextInt(5) == 0 ? now : min(appeal.getDueAt(), now);
            Instant answeredAt = between(t, latest);
            answer(appeal, official, answeredAt);
            if (random.nextInt(10) < 6) {
                rate(appeal, between(answeredAt, now));
            } else if (random.nextInt(8) == 0) {
                dispute(appeal, between(answeredAt, now));
            }
        } else if (pastDue ? outcome < 80 : outcome < 28) {
            Instant at = between(t, min(appeal.getDueAt(), now));
            DismissReason reason = pick(DismissReason.values());
            appeal.dismiss(reason, at);
            events.save(new AppealEvent(appeal.getId(), AppealEventKind.DISMISSED, at, official, appeal.getAgencyId())
                    .note(reason.name() + ": "
                            + dismissNote(appeal.getLanguage().code())));
        }
    }

    private void answer(Appeal appeal, long official, Instant at) {
        Instant due = appeal.getDueAt();
        appeal.answer(at);
        List<String> texts =
                AppealDemoTexts.REPLIES.getOrDefault(appeal.getLanguage().code(), AppealDemoTexts.REPLIES.get("ru"));
        replies.save(new AppealReply(appeal.getId(), official, appeal.getAgencyId(), pick(texts), at));
        events.save(new AppealEvent(appeal.getId(), AppealEventKind.ANSWERED, at, official, appeal.getAgencyId())
                .dueAt(due));
    }

    private void rate(Appeal appeal, Instant at) {
        AppealReply reply = replies.findFirstByAppealIdOrderByCreatedAtDescIdDesc(appeal.getId())
                .orElseThrow();
        int[] stars = {5, 5, 4, 4, 4, 3, 3, 2, 1};
        int rating = stars[random.nextInt(stars.length)];
        reply.rate(rating, rating <= 2 ? ratingComment(appeal.getLanguage().code()) : null, at);
        events.save(new AppealEvent(appeal.getId(), AppealEventKind.RATED, at, null, reply.getAgencyId())
                .note(String.valueOf(rating)));
    }

    private void dispute(Appeal appeal, Instant at) {
        long handledBy = appeal.getAgencyId();
        appeal.dispute(handledBy, at, deadlines.due(appeal.getCountry(), at));
        events.save(new AppealEvent(appeal.getId(), AppealEventKind.DISPUTED, at, null, handledBy)
                .targetAgency(handledBy)
                .note(ratingComment(appeal.getLanguage().code()))
                .dueAt(appeal.getDueAt()));
    }

    private static String redirectNote(String language) {
        return switch (language) {
            case "kk" -> "Мәселе басқа мекеменің құзыретіне жатады.";
            case "en" -> "The matter falls within another agency's competence.";
            default -> "Вопрос относится к компетенции другого ведомства.";
        };
    }

    private static String extendNote(String language) {
        return switch (language) {
            case "kk" -> "Жерге шығып тексеру қажет.";
            case "en" -> "An on-site inspection is needed.";
            default -> "Требуется выездная проверка.";
        };
    }

    private static String dismissNote(String language) {
        return switch (language) {
            case "kk" -> "Өтініш бойынша бұрын жауап берілген.";
            case "en" -> "This question was answered earlier.";
            default -> "Ранее по этому вопросу был дан ответ.";
        };
    }

    private static String ratingComment(String language) {
        return switch (language) {
            case "kk" -> "Жауап нақты емес, мәселе шешілмеді.";
            case "en" -> "The answer is vague and nothing has changed.";
            default -> "Ответ формальный, проблема не решена.";
        };
    }

    private List<Agency> receivingAgencies(CountryCode country) {
        Map<AppealDemoTexts.Topic, String> codes = AGENCIES.get(country);
        Agency firstMinistry = countries.agencies(country).stream()
                .filter(a -> a.getKind() == AgencyKind.MINISTRY)
                .sorted(java.util.Comparator.comparing(Agency::getCode))
                .findFirst()
                .orElseThrow();
        return List.of(
                agency(country, codes.get(AppealDemoTexts.Topic.CITY)),
                agency(country, codes.get(AppealDemoTexts.Topic.SOCIAL)),
                firstMinistry);
    }

    private Agency agency(CountryCode country, String code) {
        return countries.agencies(country).stream()
                .filter(a -> a.getCode().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("demo agency missing: " + country + " " + code));
    }

    private Long official(long agencyId) {
        List<AccountService.Contact> officials = accounts.officialsOf(agencyId);
        return officials.isEmpty()
                ? null
                : officials.get(random.nextInt(officials.size())).accountId();
    }

    private java.util.Optional<Long> existing(String email) {
        return accounts.search(email, PageRequest.of(0, 1)).stream()
                .map(UserAccount::getId)
                .findFirst();
    }

    private long person(
            String email, String name, String residence, String citizenship, String language, Long agencyId) {
        java.util.Optional<Long> found = existing(email);
        if (found.isPresent()) {
            return found.get();
        }
        long id = accounts.register(
                new RegistrationForm(email, PASSWORD, PASSWORD, name, residence, citizenship, language));
        if (agencyId != null) {
            accounts.assignRoles(id, EnumSet.of(Role.OFFICIAL), agencyId, null);
        }
        accounts.verify(id, "demo-data");
        return id;
    }

    private Instant step(Instant from, Instant now) {
        return min(from.plus(Duration.ofHours(2 + random.nextInt(72))), now);
    }

    private Instant between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return from;
        }
        long span = Duration.between(from, to).toMinutes();
        return from.plus(Duration.ofMinutes(span <= 1 ? 0 : 1 + random.nextLong(span - 1)));
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    private <T> T pick(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** A tiny valid PDF with the subject as its title, so downloads open in a viewer. */
    private static byte[] demoPdf(String title) {
        String safe = title.replaceAll("[^A-Za-z0-9 .,-]", "");
        String content = "BT /F1 14 Tf 60 760 Td (Pikir demo attachment " + safe + ") Tj ET";
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append("%010d 00000 n \n".formatted(o)));
        pdf.append("trailer\n<< /Size ")
                .append(objects.size() + 1)
                .append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
