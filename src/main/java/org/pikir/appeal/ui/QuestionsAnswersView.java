package org.pikir.appeal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.pikir.account.CurrentUser;
import org.pikir.account.Role;
import org.pikir.appeal.PublicAnswerService;
import org.pikir.appeal.PublicAnswerService.PublishedEntry;
import org.pikir.country.Agency;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.shell.UiPreferences;
import org.springframework.data.domain.PageRequest;

/** Questions and answers: the public answers of a country's agencies, searchable in kk/ru/en, page by page. */
@Route("answers")
@Menu(title = "nav.appeal.answers", order = 22, icon = "vaadin:question-circle-o")
@AnonymousAllowed
public class QuestionsAnswersView extends Div implements HasDynamicTitle {

    static final int PAGE_SIZE = 10;

    private final PublicAnswerService answers;
    private final Select<CountryCode> country = new Select<>();
    private final ComboBox<Agency> agency = new ComboBox<>();
    private final TextField search = new TextField();
    private final Div results = new Div();
    private final Span pageInfo = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private int page;

    public QuestionsAnswersView(PublicAnswerService answers, CountryService countries, CurrentUser currentUser) {
        this.answers = answers;
        addClassName("pikir-page");
        add(new H1(getTranslation("appeal.answers.title")));
        Paragraph intro = new Paragraph(getTranslation("appeal.answers.intro"));
        intro.addClassName("pikir-muted");
        add(intro);
        if (currentUser.get().map(u -> u.hasRole(Role.OFFICIAL)).orElse(false)) {
            RouterLink write = new RouterLink(getTranslation("appeal.answers.write"), PublicAnswerEditView.class);
            write.setId("answers-write");
            add(new Div(write));
        }

        country.setLabel(getTranslation("appeal.submit.country"));
        country.setItems(CountryCode.values());
        country.setItemLabelGenerator(code ->
                countries.country(code).map(c -> c.getName().in(getLocale())).orElse(code.name()));
        country.setValue(UiPreferences.country());
        country.setId("answers-country");
        agency.setLabel(getTranslation("appeal.submit.agency"));
        agency.setItemLabelGenerator(a -> a.getName().in(getLocale()));
        agency.setItems(query -> countries
                .searchAgencies(
                        country.getValue(),
                        query.getFilter().orElse(""),
                        true,
                        PageRequest.of(query.getOffset() / query.getLimit(), query.getLimit()))
                .stream());
        agency.setClearButtonVisible(true);
        agency.setId("answers-agency");
        agency.setMinWidth("20em");
        search.setLabel(getTranslation("appeal.answers.search"));
        search.setValueChangeMode(ValueChangeMode.TIMEOUT);
        search.setValueChangeTimeout(600);
        search.setMaxLength(500);
        search.setClearButtonVisible(true);
        search.setId("answers-search");
        country.addValueChangeListener(e -> {
            agency.clear();
            agency.getDataProvider().refreshAll();
            show(0);
        });
        agency.addValueChangeListener(e -> show(0));
        search.addValueChangeListener(e -> show(0));
        HorizontalLayout filters = new HorizontalLayout(country, agency, search);
        filters.setWrap(true);
        filters.setWidthFull();
        // the search box takes the rest of the row, so its label ("Search the questions and answers") is not cut
        filters.setFlexGrow(1, search);
        search.setMinWidth("16em");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);

        results.setId("answers-results");
        results.getElement().setAttribute("aria-live", "polite");
        previous.setText(getTranslation("appeal.answers.previous"));
        previous.setId("answers-previous");
        previous.addClickListener(e -> show(page - 1));
        next.setText(getTranslation("appeal.answers.next"));
        next.setId("answers-next");
        next.addClickListener(e -> show(page + 1));
        pageInfo.setId("answers-page");
        HorizontalLayout pager = new HorizontalLayout(previous, pageInfo, next);
        pager.setAlignItems(FlexComponent.Alignment.CENTER);
        add(filters, results, pager);
        show(0);
    }

    private void show(int requested) {
        CountryCode code = country.getValue();
        Long agencyId = agency.getValue() == null ? null : agency.getValue().getId();
        String query = search.getValue();
        long total = answers.count(code, agencyId, query);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.max(0, Math.min(requested, pages - 1));
        List<PublishedEntry> rows = answers.search(code, agencyId, query, page * PAGE_SIZE, PAGE_SIZE);
        results.removeAll();
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(
                    query == null || query.isBlank() ? "appeal.answers.empty" : "appeal.answers.noMatch"));
            empty.setId("answers-empty");
            empty.addClassName("pikir-muted");
            results.add(empty);
        }
        for (PublishedEntry e : rows) {
            results.add(new PublicAnswerCard(e, "answer-"));
        }
        pageInfo.setText(getTranslation("appeal.answers.page", page + 1, pages, total));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("appeal.answers.title");
    }
}
