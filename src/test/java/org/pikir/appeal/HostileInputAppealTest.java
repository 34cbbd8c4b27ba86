package org.pikir.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pikir.shared.HostileAssertions.assertStoredSafely;
import static org.pikir.shared.HostileAssertions.expect;
import static org.pikir.shared.HostileAssertions.plainText;
import static org.pikir.shared.HostileAssertions.rejected;
import static org.pikir.shared.HostileAssertions.stored;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pikir.account.PikirUser;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.Hostile;
import org.pikir.shared.HostileAssertions.Outcome;
import org.pikir.shared.IntegrationTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile input on appeals: subject and text, attachments that lie about what they are, the inbox text filter. A
 * refused appeal leaves no row behind: not the appeal, not an attachment, not an event.
 */
@IntegrationTest
class HostileInputAppealTest {

    private static final String SUBJECT = "Broken street lights";
    private static final String TEXT = "The street lights on our street have been off for three weeks.";

    @Autowired
    AppealService appeals;

    @Autowired
    AppealInboxService inbox;

    @Autowired
    AppealTestData data;

    @Autowired
    AccountFixtures accounts;

    @Autowired
    JdbcTemplate jdbc;

    private Agency agency;
    private PikirUser citizen;

    @BeforeEach
    void citizen() {
        agency = data.ministry(CountryCode.KZ, 2);
        citizen = accounts.citizen("KZ");
        TestUsers.signIn(citizen);
    }

    @AfterEach
    void signOut() {
        TestUsers.signOut();
    }

    /** Rows of the author's appeals, their attachments and their events: all three stay put on a refusal. */
    private List<Long> rows() {
        return List.of(
                jdbc.queryForObject("select count(*) from appeal where author_id = ?", Long.class, citizen.accountId()),
                jdbc.queryForObject(
                        "select count(*) from appeal_attachment t join appeal a on a.id = t.appeal_id where a.author_id = ?",
                        Long.class,
                        citizen.accountId()),
                jdbc.queryForObject(
                        "select count(*) from appeal_event e join appeal a on a.id = e.appeal_id where a.author_id = ?",
                        Long.class,
                        citizen.accountId()));
    }

    private SubmittedAppeal submit(
            String subject, String text, List<AttachmentUpload> files, Outcome outcome, String field) {
        List<Long> before = rows();
        SubmittedAppeal ack =
                expect(outcome, field, () -> appeals.submit(AppealTestData.form(agency, subject, text, files)));
        if (ack == null) {
            assertThat(rows()).as("nothing half-saved").isEqualTo(before);
        }
        return ack;
    }

    @ParameterizedTest(name = "subject: {0}")
    @EnumSource(Hostile.class)
    void subject(Hostile payload) {
        String typed = payload.in("Street lights");
        SubmittedAppeal ack = submit(typed, TEXT, List.of(), plainText(payload, AppealService.MAX_SUBJECT), "subject");
        if (ack != null) {
            assertStoredSafely(appeals.detail(ack.id()).subject(), typed);
        }
    }

    @ParameterizedTest(name = "text: {0}")
    @EnumSource(Hostile.class)
    void text(Hostile payload) {
        String typed = payload.in(TEXT);
        SubmittedAppeal ack = submit(SUBJECT, typed, List.of(), plainText(payload, AppealService.MAX_TEXT), "text");
        if (ack != null) {
            assertStoredSafely(appeals.detail(ack.id()).text(), typed);
        }
    }

    static Stream<Arguments> attachments() throws IOException {
        byte[] exe = ascii("MZ\u0090\u0000 This program cannot be run in DOS mode.");
        byte[] html = ascii("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>");
        byte[] svg = ascii("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>");
        byte[] pdfThenHtml = ascii("%PDF-1.4\n<html><script>alert(1)</script></html>");
        return Stream.of(
                Arguments.of(
                        "EXE named .pdf",
                        new AttachmentUpload("invoice.pdf", exe),
                        rejected("appeal.error.fileType"),
                        null),
                Arguments.of(
                        "HTML named .pdf",
                        new AttachmentUpload("scan.pdf", html),
                        rejected("appeal.error.fileType"),
                        null),
                Arguments.of(
                        "SVG with script named .png",
                        new AttachmentUpload("photo.png", svg),
                        rejected("appeal.error.fileType"),
                        null),
                Arguments.of(
                        "ZIP bomb",
                        new AttachmentUpload("evidence.zip", zipBomb()),
                        rejected("appeal.error.fileType"),
                        null),
                Arguments.of(
                        "ZIP bomb named .pdf",
                        new AttachmentUpload("evidence.pdf", zipBomb()),
                        rejected("appeal.error.fileType"),
                        null),
                Arguments.of(
                        "over 10 MB",
                        new AttachmentUpload("big.pdf", AppealFiles.pdfOfSize(AttachmentType.MAX_BYTES + 1)),
                        rejected("appeal.error.fileTooLarge"),
                        null),
                Arguments.of(
                        "empty file",
                        new AttachmentUpload("empty.pdf", new byte[0]),
                        rejected("appeal.error.emptyFile"),
                        null),
                Arguments.of(
                        "PDF named .exe",
                        new AttachmentUpload("setup.exe", AppealFiles.pdf()),
                        stored(),
                        "setup.exe.pdf"),
                Arguments.of(
                        "PDF magic then HTML, named .html",
                        new AttachmentUpload("page.html", pdfThenHtml),
                        stored(),
                        "page.html.pdf"),
                Arguments.of(
                        "PNG named .pdf",
                        new AttachmentUpload("photo.pdf", AppealFiles.png()),
                        stored(),
                        "photo.pdf.png"),
                Arguments.of(
                        "right-to-left override in the name",
                        new AttachmentUpload("scan\u202Efdp.exe", AppealFiles.pdf()),
                        stored(),
                        "scanfdp.exe.pdf"),
                Arguments.of(
                        "path, NUL and script in the name",
                        new AttachmentUpload("..\\..\\<script>\u0000.JPG", AppealFiles.jpeg()),
                        stored(),
                        "<script>.JPG"),
                Arguments.of(
                        "10 MB name",
                        new AttachmentUpload("Ж".repeat(5 * 1024 * 1024) + ".pdf", AppealFiles.pdf()),
                        stored(),
                        "Ж".repeat(246) + ".pdf"));
    }

    /** A file's type comes from its bytes; the name and the claimed type are never trusted. */
    @ParameterizedTest(name = "attachment: {0}")
    @MethodSource("attachments")
    void attachment(String label, AttachmentUpload file, Outcome outcome, String storedName) {
        // A good file next to the bad one: a refusal must not keep the appeal with only the good one.
        List<AttachmentUpload> files = List.of(new AttachmentUpload("letter.pdf", AppealFiles.pdf()), file);
        SubmittedAppeal ack = submit(SUBJECT, TEXT, files, outcome, "attachments");
        if (ack != null) {
            List<AttachmentInfo> infos = appeals.detail(ack.id()).attachments();
            assertThat(infos).hasSize(2);
            assertThat(infos.get(1).fileName()).isEqualTo(storedName);
            assertThat(infos.get(1).contentType())
                    .isEqualTo(
                            AttachmentType.detect(file.content()).orElseThrow().mimeType());
            assertThat(appeals.attachment(ack.id(), infos.get(1).id()).content())
                    .isEqualTo(file.content());
        }
    }

    @Test
    void moreThanFiveFilesAreRefusedAsAWhole() {
        List<AttachmentUpload> files =
                java.util.Collections.nCopies(6, new AttachmentUpload("a.pdf", AppealFiles.pdf()));
        submit(SUBJECT, TEXT, files, rejected("appeal.error.tooManyFiles"), "attachments");
    }

    @ParameterizedTest(name = "inbox filter: {0}")
    @EnumSource(Hostile.class)
    void inboxFilterTreatsEveryPayloadAsText(Hostile payload) {
        TestUsers.signOut();
        PikirUser official = accounts.official(agency.getId());
        TestUsers.signIn(official);
        InboxFilter filter = new InboxFilter(null, null, null, InboxFilter.DueFilter.ANY, null, false, payload.value());
        var page = inbox.inbox(filter, PageRequest.of(0, 50));
        assertThat(inbox.count(filter)).isEqualTo(page.getTotalElements());
    }

    @Test
    void percentInTheInboxFilterFindsOnlyALiteralPercent() {
        SubmittedAppeal literal = appeals.submit(AppealTestData.form(agency, "Tariff up 100% in_May", TEXT, List.of()));
        appeals.submit(AppealTestData.form(agency, "Noise at night", TEXT, List.of()));
        TestUsers.signIn(accounts.official(agency.getId()));
        for (String text : List.of("%", "_", "100%", "in_may")) {
            InboxFilter filter = new InboxFilter(null, null, null, InboxFilter.DueFilter.ANY, null, false, text);
            var found = inbox.inbox(filter, PageRequest.of(0, 100)).getContent();
            assertThat(found).as(text).extracting(AppealSummary::id).contains(literal.id());
            assertThat(found)
                    .as("every hit of %s contains it", text)
                    .allSatisfy(a -> assertThat((a.number()
                                            + appeals.detail(a.id()).subject()
                                            + appeals.detail(a.id()).text())
                                    .toLowerCase(java.util.Locale.ROOT))
                            .contains(text));
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A 30 KB zip that inflates to 100 MB of zeros. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 100; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
