package org.pikir.appeal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.pikir.appeal.PublicAnswerService.PublishedEntry;

/** One published answer: question, agency, answer and legal basis, all as text. */
class PublicAnswerCard extends Div {

    PublicAnswerCard(PublishedEntry e, String idPrefix) {
        addClassName("pikir-card");
        addClassName("public-answer");
        setId(idPrefix + e.id());
        if (e.languages().size() == 1) {
            getElement().setAttribute("lang", e.languages().getFirst());
        }
        H3 question = new H3(e.question());
        question.addClassName("pikir-user-text");
        question.addClassName("public-answer-question");
        Paragraph meta = new Paragraph(getTranslation(
                "appeal.answers.meta",
                e.agencyName().in(getLocale()),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale())
                        .format(e.publishedAt().atZone(ZoneOffset.UTC))));
        meta.addClassName("pikir-muted");
        Paragraph answer = new Paragraph(e.answer());
        answer.addClassName("pikir-user-text");
        answer.addClassName("public-answer-text");
        answer.getStyle().set("white-space", "pre-line");
        add(question, meta, answer);
        if (e.legalBasis() != null && !e.legalBasis().isBlank()) {
            Span basis = new Span(e.legalBasis());
            basis.addClassName("pikir-user-text");
            Paragraph legal = new Paragraph(new Span(getTranslation("appeal.answers.legalBasis") + ": "), basis);
            legal.addClassName("public-answer-legal");
            add(legal);
        }
    }
}
