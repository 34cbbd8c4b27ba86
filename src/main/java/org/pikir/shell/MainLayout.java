package org.pikir.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import org.pikir.account.AccountService;
import org.pikir.account.CurrentUser;
import org.pikir.account.PikirUser;
import org.pikir.account.ui.LoginView;
import org.pikir.account.ui.ProfileView;
import org.pikir.account.ui.RegisterView;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.notification.NotificationService;
import org.pikir.notification.ui.NotificationsView;
import org.pikir.shared.i18n.UiLanguage;
import org.pikir.shared.ui.DraftKeeper;

/**
 * The frame around every page: brand, country and language switchers, account menu, and a navigation
 * built from the views' {@code @Menu} annotations — Vaadin lists only the views the visitor may open.
 * Menu titles are translation keys.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();
    private Anchor skip;

    private final NotificationService notifications;

    public MainLayout(
            AuthenticationContext authentication,
            CurrentUser currentUser,
            CountryService countries,
            AccountService accounts,
            NotificationService notifications) {
        this.notifications = notifications;
        setPrimarySection(Section.DRAWER);
        skip = new Anchor("#pikir-main", getTranslation("shell.skipToContent"));
        skip.addClassName("pikir-skip-link");

        RouterLink brand = new RouterLink(getTranslation("shell.brand"), HomeView.class);
        brand.addClassName("pikir-brand");

        Div header = new Div(
                skip,
                new DrawerToggle(),
                brand,
                spacer(),
                countrySwitcher(countries),
                languageSwitcher(currentUser, accounts),
                accountMenu(authentication, currentUser));
        header.addClassName("pikir-header");
        addToNavbar(header);

        nav.setLabel(getTranslation("shell.navigation"));
        addToDrawer(nav);
        getElement().setAttribute("id", "pikir-main-layout");
    }

    @Override
    public void showRouterLayoutContent(com.vaadin.flow.component.HasElement content) {
        super.showRouterLayoutContent(content);
        // The skip link jumps to the page content, whatever id the view gave itself.
        if (content.getElement().getAttribute("id") == null) {
            content.getElement().setAttribute("id", "pikir-main");
        }
        skip.setHref("#" + content.getElement().getAttribute("id"));
        content.getElement().setAttribute("role", "main");
        content.getElement().setAttribute("tabindex", "-1");
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
    }

    private Component countrySwitcher(CountryService countries) {
        Select<CountryCode> select = new Select<>();
        select.setItems(Arrays.asList(CountryCode.values()));
        var names = countries.countries();
        select.setItemLabelGenerator(code -> names.stream()
                .filter(c -> c.getCode() == code)
                .findFirst()
                .map(c -> c.getName().in(getLocale()))
                .orElse(code.name()));
        select.setValue(UiPreferences.country());
        select.setAriaLabel(getTranslation("shell.country"));
        select.setTooltipText(getTranslation("shell.country"));
        select.setId("country-switcher");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiPreferences.setCountry(e.getValue());
                UI.getCurrent().refreshCurrentRoute(true);
            }
        });
        return select;
    }

    private Component languageSwitcher(CurrentUser currentUser, AccountService accounts) {
        Select<UiLanguage> select = new Select<>();
        select.setItems(UiLanguage.values());
        select.setItemLabelGenerator(UiLanguage::nativeName);
        select.setValue(UiLanguage.of(getLocale()));
        select.setAriaLabel(getTranslation("shell.language"));
        select.setTooltipText(getTranslation("shell.language"));
        select.setId("language-switcher");
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiPreferences.rememberLanguage(e.getValue());
                if (currentUser.get().isPresent()) {
                    accounts.rememberLanguage(e.getValue());
                }
                UI ui = UI.getCurrent();
                UiPreferences.applyLanguage(ui, e.getValue());
                ui.refreshCurrentRoute(true);
            }
        });
        return select;
    }

    private Component accountMenu(AuthenticationContext authentication, CurrentUser currentUser) {
        var user = currentUser.get();
        if (user.isEmpty()) {
            RouterLink login = new RouterLink(getTranslation("shell.signIn"), LoginView.class);
            login.setId("nav-login");
            RouterLink register = new RouterLink(getTranslation("shell.register"), RegisterView.class);
            register.setId("nav-register");
            Div links = new Div(login, new Span(" · "), register);
            return links;
        }
        PikirUser me = user.get();
        int unread = notifications.unreadCount();
        RouterLink bell = new RouterLink(NotificationsView.class);
        bell.add(new Icon(VaadinIcon.BELL));
        if (unread > 0) {
            Span badge = new Span(String.valueOf(unread));
            badge.getElement().getThemeList().add("badge error small pill");
            bell.add(badge);
        }
        bell.getElement().setAttribute("aria-label", getTranslation("notification.unread", unread));
        bell.setId("notification-bell");
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.setId("account-menu");
        var root = menu.addItem(new Icon(VaadinIcon.USER));
        root.add(" " + me.displayName());
        root.setAriaLabel(getTranslation("shell.accountMenu"));
        SubMenu sub = root.getSubMenu();
        sub.addItem(getTranslation("shell.profile"), e -> UI.getCurrent().navigate(ProfileView.class));
        sub.addItem(getTranslation("shell.signOut"), e -> {
                    // Nothing typed stays behind on a shared computer (see DraftKeeper).
                    DraftKeeper.forgetAll(UI.getCurrent());
                    authentication.logout();
                })
                .setId("sign-out");
        Div account = new Div(bell, menu);
        account.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-s)");
        return account;
    }

    private static Component spacer() {
        Div spacer = new Div();
        spacer.addClassName("spacer");
        return spacer;
    }
}
