package org.pikir.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.pikir.PikirApplication;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.ContactPreference;
import org.pikir.consultation.CommentService;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionService;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The citizens' load of {@link TwoNodesOpenSearchIT}: comments on a draft, appeals to an agency and signatures of a
 * petition, in turn, each by a new citizen, through the real feature services of one node; four in five comments and
 * appeals are one form letter, the rest in the citizen's own words. Every call that returned (the acknowledgement a
 * citizen sees) is reported as a line {@code comment <id> L|O}, {@code appeal <id> <account> L|O} or {@code sign
 * <account>}.
 *
 * <p>{@link #main} runs it in a node of its own, a child JVM (the approach of {@code bench/crash-safety.sh}): it
 * starts a whole Pikir application on the test's PostgreSQL and OpenSearch, prints {@code LOADING} and loads until
 * the test kills it with SIGKILL, appending each acknowledgement to a file before it goes on (a returned
 * {@code write()} survives a {@code kill -9}: the kernel holds it).
 */
public final class TwoNodesLoad {

    static final String LETTER = "Просим отменить повышение платы за вывоз мусора в нашем районе и провести"
            + " публичные слушания с участием жителей до принятия любого решения";

    static final String APPEAL_LETTER = "В нашем доме нет горячей воды уже третью неделю, просим принять меры,"
            + " наказать виновных и сделать перерасчёт платы за коммунальные услуги всем жильцам";

    static final String[] OWN_WORDS = {
        "Нужно больше освещения во дворах на улице номер",
        "Автобусы ходят редко, добавьте рейсы по маршруту номер",
        "В поликлинике очереди к терапевту, откройте кабинет номер",
        "Детская площадка сломана уже год возле дома номер",
        "Дорогу разбили грузовики, отремонтируйте участок номер",
    };

    /** What the load works on, created by the test on the surviving node. */
    record Target(long draft, long article, long petition, long agency, String tag) {

        List<String> args() {
            return Stream.of(draft, article, petition, agency, tag)
                    .map(String::valueOf)
                    .toList();
        }

        static Target of(String[] args, int from) {
            return new Target(
                    Long.parseLong(args[from]),
                    Long.parseLong(args[from + 1]),
                    Long.parseLong(args[from + 2]),
                    Long.parseLong(args[from + 3]),
                    args[from + 4]);
        }
    }

    /** Runs an action as a signed-in user on the node under load. */
    interface Caller {
        <T> T as(PikirUser user, Supplier<T> action);
    }

    private TwoNodesLoad() {}

    static boolean ownWords(long n) {
        return n % 5 == 4;
    }

    static String comment(long n, String tag) {
        return ownWords(n)
                ? OWN_WORDS[(int) (n / 5) % OWN_WORDS.length] + " " + (100 + n) + " " + tag
                : LETTER + " " + tag;
    }

    static String appeal(long n, String tag) {
        return ownWords(n)
                ? OWN_WORDS[(int) (n / 5 + 2) % OWN_WORDS.length] + " " + (500 + n) + ", просим разобраться " + tag
                : APPEAL_LETTER + " " + tag;
    }

    /**
     * Starts {@code threads} client threads on the node that take turns at a comment, an appeal and a signature
     * while {@code go} says so; acknowledgements go to {@code acks}, failures to {@code failures}.
     */
    static List<Thread> start(
            ConfigurableApplicationContext node,
            Target target,
            int threads,
            Caller caller,
            BooleanSupplier go,
            Consumer<String> acks,
            Consumer<String> failures) {
        AccountFixtures accounts = node.getBean(AccountFixtures.class);
        CommentService comments = node.getBean(CommentService.class);
        AppealService appeals = node.getBean(AppealService.class);
        PetitionService signing = node.getBean(PetitionService.class);
        AtomicLong seq = new AtomicLong();
        List<Thread> started = new ArrayList<>();
        for (int c = 0; c < threads; c++) {
            started.add(Thread.ofPlatform().name("citizen-" + c).start(() -> {
                while (go.getAsBoolean()) {
                    long n = seq.getAndIncrement();
                    String kind = (n % 3 == 0) ? "comment" : (n % 3 == 1) ? "appeal" : "sign";
                    String mark = ownWords(n / 3) ? "O" : "L";
                    try {
                        PikirUser citizen = accounts.citizen("KZ");
                        String ack = switch (kind) {
                            case "comment" -> {
                                String text = comment(n / 3, target.tag());
                                long id = caller.as(
                                        citizen, () -> comments.submitComment(target.draft(), target.article(), text));
                                yield "comment " + id + " " + mark;
                            }
                            case "appeal" -> {
                                AppealForm form = new AppealForm(
                                        target.agency(),
                                        CountryCode.KZ,
                                        AppealType.COMPLAINT,
                                        "Two nodes " + n,
                                        appeal(n / 3, target.tag()),
                                        ContactPreference.EMAIL,
                                        false,
                                        List.of());
                                long id = caller.as(citizen, () -> appeals.submit(form))
                                        .id();
                                yield "appeal " + id + " " + citizen.accountId() + " " + mark;
                            }
                            default -> {
                                caller.as(citizen, () -> signing.sign(target.petition()));
                                yield "sign " + citizen.accountId();
                            }
                        };
                        acks.accept(ack);
                    } catch (RuntimeException e) {
                        failures.accept(kind + " " + n + ": " + e);
                    }
                }
            }));
        }
        return started;
    }

    /** {@code <jdbc url> <search url> <acks file> <draft> <article> <petition> <agency> <tag> <threads>}. */
    public static void main(String[] args) throws Exception {
        String[] cli = Stream.concat(
                        Stream.of(TwoNodesOpenSearchIT.PROPERTIES),
                        Stream.of(
                                "spring.datasource.url=" + args[0],
                                "spring.datasource.username=postgres",
                                "pikir.search.url=" + args[1]))
                .map(p -> "--" + p)
                .toArray(String[]::new);
        Path acks = Path.of(args[2]);
        Target target = Target.of(args, 3);
        ConfigurableApplicationContext node = new SpringApplicationBuilder(PikirApplication.class).run(cli);
        System.out.println("LOADING");
        System.out.flush();
        List<Thread> threads = start(
                node,
                target,
                Integer.parseInt(args[8]),
                TestUsers::as,
                () -> true,
                line -> append(acks, line),
                failure -> System.err.println("not acknowledged: " + failure));
        for (Thread t : threads) {
            t.join(); // until the test kills this process
        }
    }

    private static synchronized void append(Path acks, String line) {
        try {
            Files.writeString(
                    acks,
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
