package org.pikir.consultation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.pikir.consultation.Poll;
import org.pikir.consultation.PollCount;
import org.pikir.consultation.PollResults;
import org.pikir.consultation.PollService;
import org.pikir.country.CountryCode;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.ui.Feedback;

/**
 * The polls of a draft on its page: the question, the caller's ballot (or why they cannot vote), and the results
 * with the breakdown by country of residence once they are public. Rendered only when the draft has polls or the
 * caller manages it.
 */
class PollSection extends Div {

    private final PollService polls;
    private final long draftId;
    private final CountryCode country;
    private final boolean canManage;

    PollSection(PollService polls, long draftId, CountryCode country, boolean canManage) {
        this.polls = polls;
        this.draftId = draftId;
        this.country = country;
        this.canManage = canManage;
        setId("draft-polls");
        addClassName("consultation-polls");
        render();
    }

    private void render() {
        removeAll();
        List<Poll> list = polls.polls(draftId);
        setVisible(!list.isEmpty() || canManage);
        add(new H2(getTranslation("consultation.poll.heading")));
        if (canManage) {
            RouterLink manage = new RouterLink(
                    getTranslation("consultation.poll.manage"),
                    PollEditorView.class,
                    new RouteParameters("draftId", String.valueOf(draftId)));
            manage.setId("draft-polls-manage");
            add(manage);
        }
        for (Poll poll : list) {
            add(poll(poll));
        }
    }

    private Component poll(Poll poll) {
        Div box = new Div();
        box.addClassName("consultation-poll");
        box.setId("poll-" + poll.id());
        H3 question = new H3(ConsultationFormat.shown(this, poll.question(), "pikir-user-text"));
        box.add(question);
        box.add(new Paragraph(describe(this, poll, country)));
        if (poll.canVote()) {
            box.add(ballot(poll));
        } else if (poll.state() == Poll.State.OPEN) {
            Paragraph why = new Paragraph(getTranslation(poll.voteDenial().orElse("consultation.poll.error.closed")));
            why.addClassName("poll-denial");
            box.add(why);
        }
        if (!poll.myChoices().isEmpty()) {
            Paragraph mine = new Paragraph(getTranslation("consultation.poll.yourVote", chosenLabels(poll)));
            mine.addClassName("poll-my-vote");
            box.add(mine);
        }
        poll.results().ifPresentOrElse(r -> box.add(results(this, r)), () -> {
            if (poll.state() != Poll.State.CLOSED) {
                box.add(new Paragraph(getTranslation("consultation.poll.resultsOnClose")));
            }
        });
        return box;
    }

    private Component ballot(Poll poll) {
        Div ballot = new Div();
        ballot.addClassName("poll-ballot");
        String label =
                getTranslation(poll.multipleChoice() ? "consultation.poll.chooseMany" : "consultation.poll.chooseOne");
        com.vaadin.flow.component.AbstractField<?, ?> field;
        java.util.function.Supplier<Set<Long>> value;
        if (poll.multipleChoice()) {
            CheckboxGroup<Poll.Option> group = new CheckboxGroup<>(label);
            group.setItems(poll.options());
            group.setItemLabelGenerator(
                    o -> o.label().show(ConsultationFormat.language(this)).text());
            group.setValue(poll.options().stream()
                    .filter(o -> poll.myChoices().contains(o.id()))
                    .collect(Collectors.toSet()));
            value = () -> group.getValue().stream().map(Poll.Option::id).collect(Collectors.toSet());
            field = group;
        } else {
            RadioButtonGroup<Poll.Option> group = new RadioButtonGroup<>(label);
            group.setItems(poll.options());
            group.setItemLabelGenerator(
                    o -> o.label().show(ConsultationFormat.language(this)).text());
            poll.options().stream()
                    .filter(o -> poll.myChoices().contains(o.id()))
                    .findFirst()
                    .ifPresent(group::setValue);
            value = () -> group.getValue() == null
                    ? Set.of()
                    : Set.of(group.getValue().id());
            field = group;
        }
        field.setId("poll-" + poll.id() + "-choice");
        Button vote = new Button(
                getTranslation(poll.myChoices().isEmpty() ? "consultation.poll.vote" : "consultation.poll.changeVote"),
                e -> {
                    try {
                        polls.vote(poll.id(), value.get());
                        Feedback.success(getTranslation("consultation.poll.saved"));
                        render();
                    } catch (InvalidInputException ex) {
                        Feedback.showFieldErrors(
                                this, ex, Map.of("choice", (com.vaadin.flow.component.HasValidation) field));
                    } catch (DomainException ex) {
                        Feedback.error(this, ex);
                    }
                });
        vote.setId("poll-" + poll.id() + "-vote");
        vote.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ballot.add(field, vote);
        return ballot;
    }

    private String chosenLabels(Poll poll) {
        return poll.options().stream()
                .filter(o -> poll.myChoices().contains(o.id()))
                .map(o -> o.label().show(ConsultationFormat.language(this)).text())
                .collect(Collectors.joining("; "));
    }

    /** Window, state, kind and when results are shown, in one line. */
    static String describe(Component c, Poll poll, CountryCode country) {
        return c.getTranslation(
                "consultation.poll.meta",
                c.getTranslation("consultation.poll.state." + poll.state().name()),
                ConsultationFormat.dateTime(c, poll.opensAt(), country),
                ConsultationFormat.dateTime(c, poll.closesAt(), country),
                c.getTranslation(poll.multipleChoice() ? "consultation.poll.multiple" : "consultation.poll.single"),
                c.getTranslation(
                        "consultation.poll.visibility." + poll.visibility().name()));
    }

    /** The results table (totals, then one row per country of residence); every cell is text. */
    static Component results(Component c, PollResults r) {
        Div wrapper = new Div();
        wrapper.addClassNames("poll-results", "pikir-report-table-wrapper");
        wrapper.setId("poll-" + r.pollId() + "-results");
        wrapper.add(new Paragraph(c.getTranslation(
                r.closed() ? "consultation.poll.resultsFinal" : "consultation.poll.resultsLive", cell(c, r.voters()))));
        Locale locale = ConsultationFormat.locale(c);
        String language = ConsultationFormat.language(c);
        Element table = new Element("table");
        table.getClassList().add("pikir-report-table");
        Element caption = new Element("caption").setText(c.getTranslation("consultation.poll.tableCaption"));
        table.appendChild(caption);
        Element head = new Element("tr");
        List<String> header = new ArrayList<>();
        header.add(c.getTranslation("consultation.poll.residence"));
        header.add(c.getTranslation("consultation.poll.voters"));
        r.options().forEach(o -> header.add(o.label().show(language).text()));
        header.forEach(h -> head.appendChild(new Element("th").setText(h).setAttribute("scope", "col")));
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        Element total = new Element("tr");
        total.appendChild(new Element("th")
                .setText(c.getTranslation("consultation.poll.total"))
                .setAttribute("scope", "row"));
        total.appendChild(new Element("td").setText(cell(c, r.voters())));
        r.options().forEach(o -> total.appendChild(new Element("td").setText(cell(c, o.votes()))));
        body.appendChild(total);
        for (PollResults.CountryRow row : r.byResidence()) {
            Element tr = new Element("tr");
            tr.appendChild(new Element("th")
                    .setText(Locale.of("", row.country()).getDisplayCountry(locale))
                    .setAttribute("scope", "row"));
            tr.appendChild(new Element("td").setText(cell(c, row.voters())));
            row.votes().forEach(v -> tr.appendChild(new Element("td").setText(cell(c, v))));
            body.appendChild(tr);
        }
        table.appendChild(body);
        wrapper.getElement().appendChild(table);
        wrapper.add(new Span(c.getTranslation("consultation.poll.suppressionNote")));
        return wrapper;
    }

    private static String cell(Component c, PollCount count) {
        return count.suppressed()
                ? c.getTranslation("consultation.poll.suppressed")
                : String.format(ConsultationFormat.locale(c), "%,d", count.value());
    }
}
