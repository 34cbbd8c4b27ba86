package org.pikir.shared;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Browserless UI test with the real Spring context and database (Karibu-Testing). {@link #login} makes the
 * mock request and Spring Security see the same person, so view access control behaves as in production.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("org.pikir");

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected AccountFixtures accounts;

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(ROUTES, context, uiFactory));
        useLanguage("en");
    }

    @AfterEach
    void tearDownVaadin() {
        TestUsers.signOut();
        MockVaadin.tearDown();
    }

    /** Signs in as this person for the following navigation and service calls. */
    protected void login(UserDetails user) {
        Authentication auth = TestUsers.signIn(user);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) ->
                auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }

    /** Signs out (anonymous visitor). */
    protected void logout() {
        TestUsers.signOut();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    /** Switches the UI language as the header switcher does. */
    protected void useLanguage(String code) {
        Locale locale = Locale.of(code);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    /** Navigates to a location and returns the UI's current view. */
    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }
}
