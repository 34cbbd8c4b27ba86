package org.pikir.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.pikir.account.AccountService;
import org.pikir.account.Role;
import org.pikir.account.UserAccount;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.Roles;
import org.pikir.shared.ui.Feedback;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Administrators find accounts, set roles and bindings, verify identities and block accounts. */
@Route("admin/users")
@Menu(title = "nav.adminUsers", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
@AccessDeniedErrorRouter(rerouteToError = com.vaadin.flow.router.AccessDeniedException.class)
public class UserAdminView extends Div implements HasDynamicTitle {

    private final AccountService accounts;
    private final CountryService countries;
    private final Grid<UserAccount> grid = new Grid<>();
    private final TextField search = new TextField();

    public UserAdminView(AccountService accounts, CountryService countries) {
        this.accounts = accounts;
        this.countries = countries;
        addClassName("pikir-page");
        add(new H1(getTranslation("account.admin.title")));
        search.setPlaceholder(getTranslation("account.admin.search"));
        search.setAriaLabel(getTranslation("account.admin.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("user-search");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search);

        grid.addColumn(UserAccount::getEmail)
                .setHeader(getTranslation("account.email"))
                .setSortProperty("email")
                .setAutoWidth(true);
        grid.addColumn(UserAccount::getDisplayName)
                .setHeader(getTranslation("account.displayName"))
                .setSortProperty("displayName");
        grid.addColumn(a -> a.getRoles().stream()
                        .map(r -> getTranslation("account.role." + r.name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("account.admin.roles"));
        grid.addColumn(a -> getTranslation(a.isVerified() ? "account.admin.verified" : "account.admin.unverified"))
                .setHeader(getTranslation("account.admin.verification"));
        grid.addColumn(a -> getTranslation(a.isEnabled() ? "account.admin.active" : "account.admin.blocked"))
                .setHeader(getTranslation("account.admin.status"));
        grid.setItems(query -> {
            Sort sort = query.getSortOrders().isEmpty()
                    ? Sort.by("email")
                    : Sort.by(query.getSortOrders().stream()
                            .map(o -> o.getDirection() == com.vaadin.flow.data.provider.SortDirection.ASCENDING
                                    ? Sort.Order.asc(o.getSorted())
                                    : Sort.Order.desc(o.getSorted()))
                            .toList());
            return accounts
                    .search(search.getValue(), PageRequest.of(query.getPage(), query.getPageSize(), sort))
                    .stream();
        });
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setEmptyStateText(getTranslation("account.admin.empty"));
        grid.setId("user-grid");
        add(grid);
    }

    private void edit(UserAccount account) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(account.getEmail());
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("account.admin.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("account.role." + r.name()));
        roles.setValue(account.getRoles());
        ComboBox<Agency> agency = new ComboBox<>(getTranslation("account.admin.agency"));
        agency.setItemLabelGenerator(a -> a.getCountry() + " · " + a.getName().in(getLocale()));
        agency.setItems(q -> countries
                .searchAgencies(
                        null,
                        q.getFilter().orElse(""),
                        true,
                        PageRequest.of(q.getPage(), q.getPageSize(), Sort.by("nameEn")))
                .stream());
        if (account.getAgencyId() != null) {
            countries.agency(account.getAgencyId()).ifPresent(agency::setValue);
        }
        Select<CountryCode> moderatorCountry = new Select<>();
        moderatorCountry.setLabel(getTranslation("account.admin.moderatorCountry"));
        moderatorCountry.setItems(CountryCode.values());
        moderatorCountry.setEmptySelectionAllowed(true);
        moderatorCountry.setValue(account.getModeratorCountry());
        TextField evidence = new TextField(getTranslation("account.admin.verifyNote"));
        evidence.setHelperText(getTranslation("account.admin.verifyNoteHelp"));
        dialog.add(new FormLayout(roles, agency, moderatorCountry, evidence));
        if (account.isVerified()) {
            dialog.add(new Paragraph(getTranslation("account.admin.verifiedBy", account.getVerifiedBy())));
        }

        Button save = new Button(
                getTranslation("action.save"),
                e -> run(
                        () -> {
                            accounts.assignRoles(
                                    account.getId(),
                                    roles.getValue().isEmpty()
                                            ? EnumSet.noneOf(Role.class)
                                            : EnumSet.copyOf(roles.getValue()),
                                    agency.getValue() == null
                                            ? null
                                            : agency.getValue().getId(),
                                    moderatorCountry.getValue());
                            dialog.close();
                        },
                        Map.of("roles", roles, "agency", agency, "moderatorCountry", moderatorCountry)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button verify = new Button(
                getTranslation(account.isVerified() ? "account.admin.unverify" : "account.admin.verify"),
                e -> run(
                        () -> {
                            if (account.isVerified()) {
                                accounts.unverify(account.getId());
                            } else {
                                accounts.verify(account.getId(), evidence.getValue());
                            }
                            dialog.close();
                        },
                        Map.of("evidence", evidence)));
        Button block =
                new Button(getTranslation(account.isEnabled() ? "account.admin.block" : "account.admin.unblock"), e -> {
                    ConfirmDialog confirm = new ConfirmDialog(
                            getTranslation("account.admin.confirmTitle"),
                            getTranslation(
                                    account.isEnabled() ? "account.admin.confirmBlock" : "account.admin.confirmUnblock",
                                    account.getEmail()),
                            getTranslation("action.confirm"),
                            ok -> run(
                                    () -> {
                                        accounts.setEnabled(account.getId(), !account.isEnabled());
                                        dialog.close();
                                    },
                                    Map.of()));
                    confirm.setCancelable(true);
                    confirm.setCancelText(getTranslation("action.cancel"));
                    confirm.open();
                });
        block.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        dialog.getFooter().add(block, verify, cancel, save);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                grid.getDataProvider().refreshAll();
            }
        });
        dialog.open();
    }

    private void run(Runnable action, Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            action.run();
            Feedback.success(getTranslation("action.saved"));
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(this, e, fields);
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.admin.title");
    }
}
