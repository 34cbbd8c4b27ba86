package org.pikir.appeal.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.appeal.AppealForm;
import org.pikir.appeal.AppealInboxService;
import org.pikir.appeal.AppealService;
import org.pikir.appeal.AppealType;
import org.pikir.appeal.ContactPreference;
import org.pikir.country.Agency;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;

/** The public page of a published anonymised answer, and "not found" for every other appeal. */
class PublishedAnswerViewTest extends KaribuTest {

    @Autowired
    AppealService appeals;

    @Autowired
    AppealInboxService inbox;

    @Autowired
    CountryService countries;

    @Test
    void anyoneReadsAPublishedAnswerWithoutTheCitizensDataAndNothingElse() {
        Agency agency = countries.agencies(CountryCode.KZ).stream()
                .filter(a -> a.getKind() == AgencyKind.MINISTRY)
                .findFirst()
                .orElseThrow();
        PikirUser author = accounts.citizen("KZ");
        PikirUser official = accounts.official(agency.getId());
        long published = submit(author, agency, true, "My neighbour Serik Abenov is noisy");
        long privateOne = submit(author, agency, false, "Private");
        long open = submit(author, agency, true, "Still open");
        TestUsers.as(official, () -> {
            inbox.reply(published, "Dear Test Citizen, the district police officer has visited the address.");
            inbox.reply(privateOne, "Answer to a private appeal.");
            return null;
        });

        navigate("answers/" + published);
        assertThat(_get(H1.class, spec -> spec.withId("published-answer-title")).getText())
                .isEqualTo("Answer of " + agency.getName().en());
        assertThat(_get(Div.class, spec -> spec.withId("published-answer-facts"))
                        .getElement()
                        .getTextRecursively())
                .contains("Kazakhstan", "Complaint");
        String text = _get(Paragraph.class, spec -> spec.withId("published-answer-text"))
                .getText();
        assertThat(text).isEqualTo("Dear […] […], the district police officer has visited the address.");
        String page = UIText.of();
        assertThat(page).doesNotContain("Serik", "noisy", "Test Citizen");

        for (long hidden : new long[] {privateOne, open, 999_999_999L}) {
            navigate("answers/" + hidden);
            assertThat(_find(Paragraph.class, spec -> spec.withId("published-answer-text")))
                    .isEmpty();
            assertThat(_find(com.vaadin.flow.component.Component.class, spec -> spec.withId("not-found")))
                    .hasSize(1);
        }
    }

    private long submit(PikirUser author, Agency agency, boolean publish, String subject) {
        return TestUsers.as(
                        author,
                        () -> appeals.submit(new AppealForm(
                                agency.getId(),
                                agency.getCountry(),
                                AppealType.COMPLAINT,
                                subject,
                                "The neighbours play loud music every night after midnight.",
                                ContactPreference.IN_APP,
                                publish,
                                List.of())))
                .id();
    }

    /** All text of the current UI. */
    private static final class UIText {
        static String of() {
            return com.vaadin.flow.component.UI.getCurrent().getElement().getTextRecursively();
        }
    }
}
