package org.pikir.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pikir.account.PikirUser;
import org.pikir.consultation.ConsultationFixtures;
import org.pikir.country.AgencyKind;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionFixtures;
import org.pikir.shared.AccountFixtures;
import org.pikir.shared.E2ETest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Keyboard only: a citizen signs in, comments on a draft article, submits an appeal and signs a petition with
 * nothing but Tab, Shift+Tab, arrows, Enter, Space and typing. Every element that receives focus on the way
 * must show it (an outline or a box shadow, or Vaadin's focus ring).
 */
class KeyboardE2ETest extends E2ETest {

    /**
     * The focused element, through shadow roots: the id of it or its nearest ancestor (or shadow host) with one,
     * whether the focus is drawn, and a description.
     */
    private static final String FOCUS_JS = """
            () => {
              let el = document.activeElement;
              while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
              if (!el || el === document.body || el === document.documentElement) return {ids: [], visible: false, what: 'nothing'};
              const drawn = e => {
                const s = getComputedStyle(e);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
              };
              const ids = [];
              for (let n = el; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
                if (n.id) ids.push(n.id);
              }
              let visible = el.matches(':focus-visible') && drawn(el);
              let ring = el.closest('[focus-ring]');
              for (let n = el; !ring && n; n = n.getRootNode().host) {
                if (n.hasAttribute && n.hasAttribute('focus-ring')) ring = n;
              }
              if (!visible && ring) {
                visible = [ring, ...(ring.shadowRoot ? ring.shadowRoot.querySelectorAll('[part]') : [])].some(drawn);
              }
              return {ids, visible, what: el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' '
                + (el.getAttribute('aria-label') || el.textContent || '').trim().slice(0, 40)};
            }""";

    @Autowired
    AccountFixtures accounts;

    @Autowired
    ConsultationFixtures consultations;

    @Autowired
    PetitionFixtures petitions;

    @Autowired
    org.pikir.country.CountryService countries;

    private final List<String> unseenFocus = new ArrayList<>();

    @Test
    void citizenCommentsAppealsAndSignsWithTheKeyboardOnly() {
        long agency = consultations.agency("KZ", "MVD");
        PikirUser official = accounts.official(agency);
        long draft = consultations.openDraft(official, "Keyboard draft", 2);
        long government = countries.agencies(CountryCode.KZ).stream()
                .filter(a -> a.getKind() == AgencyKind.GOVERNMENT)
                .findFirst()
                .orElseThrow()
                .getId();
        long petition = petitions.collecting(CountryCode.KZ, government, "Keyboard petition", 10);
        PikirUser citizen = accounts.citizen("KZ");

        // sign in
        open("/login");
        tabTo("input[name=username]");
        page.keyboard().type(citizen.getUsername());
        tabTo("input[name=password]");
        page.keyboard().type(AccountFixtures.PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
        page.waitForSelector("vaadin-app-layout");
        assertThat(page.locator("#account-menu")).isVisible();

        // a comment on article 1
        open("/consultations/" + draft);
        tabTo("#article-comments-1");
        page.keyboard().press("Enter");
        assertThat(page.locator("#comment-target")).containsText("Article 1");
        tabTo("#comment-input");
        page.keyboard().type("Typed with the keyboard only: the registration deadline should be longer.");
        tabTo("#comment-submit");
        page.keyboard().press("Enter");
        assertThat(page.locator("#comment-list")).containsText("Typed with the keyboard only");

        // an appeal
        open("/appeals/new");
        tabTo("#appeal-agency");
        page.keyboard().type("Ministry of Internal");
        page.locator("vaadin-combo-box-item:visible").first().waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("#appeal-agency input")).hasValue(java.util.regex.Pattern.compile("Internal"));
        tabTo("#appeal-subject");
        page.keyboard().type("Street lights are off");
        tabTo("#appeal-text");
        page.keyboard().type("The street lights on Abay street have been off for three weeks; please repair them.");
        tabTo("#appeal-submit");
        // one step back and forth again: Shift+Tab works too
        page.keyboard().press("Shift+Tab");
        assertFocusShown();
        tabTo("#appeal-submit");
        page.keyboard().press("Enter");
        assertThat(page.locator("#appeal-number")).containsText("KZ-");

        // a signature
        open("/petition/" + petition);
        tabTo("#petition-sign");
        page.keyboard().press("Space");
        assertThat(page.locator("#petition-you-signed")).isVisible();

        org.assertj.core.api.Assertions.assertThat(unseenFocus)
                .as("elements that took the focus without showing it")
                .isEmpty();
    }

    /** Presses Tab until the focus is on (or inside) the element with this selector, checking each stop. */
    private void tabTo(String selector) {
        for (int i = 0; i < 120; i++) {
            page.keyboard().press("Tab");
            assertFocusShown();
            Object inside = page.evaluate(
                    "sel => { let el = document.activeElement;"
                            + " while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;"
                            + " for (let n = el; n; n = n.parentElement || n.getRootNode().host) {"
                            + "   if (n.matches && n.matches(sel)) return true; } return false; }",
                    selector);
            if (Boolean.TRUE.equals(inside)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + selector + " on " + page.url());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> assertFocusShown() {
        Map<String, Object> focus = (Map<String, Object>) page.evaluate(FOCUS_JS);
        if (!Boolean.TRUE.equals(focus.get("visible")) && !"nothing".equals(focus.get("what"))) {
            String where = page.url().replace(url(""), "") + ": " + focus.get("what") + " " + focus.get("ids");
            if (!unseenFocus.contains(where)) {
                unseenFocus.add(where);
            }
        }
        return focus;
    }
}
