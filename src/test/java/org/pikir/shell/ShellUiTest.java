package org.pikir.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pikir.account.Role;
import org.pikir.account.ui.UserAdminView;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.i18n.UiLanguage;

class ShellUiTest extends KaribuTest {

    @Test
    void homeShowsTheFiveCountriesWithTheirIndices() {
        navigate("");
        assertThat(_get(H1.class).getText()).isEqualTo("Pikir: your opinion counts");
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .containsExactly("Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan");
        var card = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("country-card-kz"));
        assertThat(card.getElement().getTextRecursively())
                .contains("0.8628")
                .contains("rank 28")
                .contains("rank 15");
    }

    @Test
    @SuppressWarnings("unchecked")
    void languageSwitcherRebuildsThePageInKazakh() {
        navigate("");
        Select<UiLanguage> switcher = _get(Select.class, spec -> spec.withId("language-switcher"));
        com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue(switcher, UiLanguage.KK);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("kk");
        assertThat(_get(H1.class).getText()).isEqualTo("Pikir: сіздің пікіріңіз маңызды");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Қазақстан");
    }

    @Test
    void aCitizenOpeningAnAdminScreenIsDenied() {
        login(accounts.citizen("KZ"));
        UI.getCurrent().navigate(UserAdminView.class);
        assertThat(_find(UserAdminView.class)).isEmpty();
        assertThat(_get(H1.class).getText()).isEqualTo("Access denied");
    }

    @Test
    void anAdminSeesTheUserScreenAndItsMenuEntry() {
        login(accounts.withRoles(EnumSet.of(Role.ADMIN)));
        UI.getCurrent().navigate(UserAdminView.class);
        assertThat(_find(UserAdminView.class)).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class))
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .contains("Home", "Users");
    }

    @Test
    void anonymousVisitorsAreSentToSignInForProtectedViews() {
        UI.getCurrent().navigate(org.pikir.account.ui.ProfileView.class);
        assertThat(_find(org.pikir.account.ui.ProfileView.class)).isEmpty();
        assertThat(_find(org.pikir.account.ui.LoginView.class)).hasSize(1);
    }

    @Test
    void anonymousVisitorsDoNotSeeAdminNavigation() {
        navigate("");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class))
                .extracting(com.vaadin.flow.component.sidenav.SideNavItem::getLabel)
                .contains("Home")
                .doesNotContain("Users");
    }
}
