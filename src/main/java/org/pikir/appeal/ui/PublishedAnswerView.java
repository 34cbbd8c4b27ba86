package org.pikir.appeal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.pikir.appeal.PublishedAnswers;
import org.pikir.appeal.PublishedAnswers.PublishedAnswer;
import org.pikir.country.CountryService;
import org.pikir.shared.NotFoundException;

/**
 * The public, read-only page of an answer whose author chose "publish anonymised": agency, country, kind of
 * appeal, date and the anonymised answer — nothing of the citizen. Any other appeal id is "not found".
 */
@Route("answers/:id([0-9]{1,18})")
@AnonymousAllowed
public class PublishedAnswerView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishedAnswers answers;
    private final AppealText format;
    private String title;

    public PublishedAnswerView(PublishedAnswers answers, CountryService countries) {
        this.answers = answers;
        this.format = new AppealText(this, getLocale(), countries);
        addClassName("pikir-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long id = event.getRouteParameters().getLong("id").orElseThrow(NotFoundException::new);
            render(answers.answer(id));
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void render(PublishedAnswer a) {
        removeAll();
        String agency = a.agencyName().in(getLocale());
        title = getTranslation("appeal.published.title", agency);
        H1 heading = new H1(title);
        heading.setId("published-answer-title");
        add(heading);
        Div facts = new Div();
        facts.setId("published-answer-facts");
        facts.add(new Div(getTranslation("appeal.published.country", format.country(a.country()))));
        facts.add(new Div(getTranslation("appeal.detail.type", format.enumLabel("appeal.type.", a.type()))));
        facts.add(new Div(getTranslation("appeal.published.answered", format.date(a.answeredAt(), a.country()))));
        add(facts);
        Paragraph text = new Paragraph(a.text());
        text.addClassName("pikir-user-text");
        text.setId("published-answer-text");
        add(text);
        Paragraph note = new Paragraph(getTranslation("appeal.published.note"));
        note.addClassName("pikir-muted");
        add(note);
    }

    @Override
    public String getPageTitle() {
        return title == null ? getTranslation("appeal.published.pageTitle") : title;
    }
}
