package org.pikir.consideration.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.consideration.ConsiderationQueries.MyComment;

/** A citizen's own comments, each with what was decided and why. */
@Route("my-comments")
@Menu(title = "nav.consideration.myComments", order = 12, icon = "vaadin:comment-ellipsis-o")
@PermitAll
public class MyCommentsView extends Div implements HasDynamicTitle {

    public MyCommentsView(ConsiderationQueries queries) {
        addClassName("pikir-page");
        add(new H1(getTranslation("consideration.my.title")));
        List<MyComment> mine = queries.myComments(0, 200);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("consideration.my.empty")));
        }
        Div cards = new Div();
        cards.addClassName("pikir-cards");
        for (MyComment c : mine) {
            Div card = new Div();
            card.addClassName("pikir-card");
            card.setId("my-comment-" + c.commentId());
            card.add(new H3(ConsiderationFormat.text(this, c.draftTitle())));
            if (c.articleNumber() != null) {
                card.add(new Span(getTranslation("consideration.my.article", c.articleNumber())));
            }
            Paragraph body = new Paragraph(c.body());
            body.addClassName("pikir-user-text");
            card.add(body);
            Paragraph decision = new Paragraph(
                    c.outcome() == null
                            ? getTranslation("consideration.my.undecided")
                            : getTranslation(
                                            "consideration.my.decision", ConsiderationFormat.outcome(this, c.outcome()))
                                    + " · " + ConsiderationFormat.date(this, c.decidedAt()));
            decision.addClassName("consideration-decision");
            card.add(decision);
            if (c.reason() != null) {
                Paragraph reason = new Paragraph(getTranslation("consideration.my.reason", c.reason()));
                reason.addClassName("pikir-user-text");
                card.add(reason);
            }
            if (!c.articles().isEmpty()) {
                card.add(new Paragraph(
                        getTranslation("consideration.my.articles", ConsiderationFormat.articles(this, c.articles()))));
            }
            cards.add(card);
        }
        add(cards);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consideration.my.title");
    }
}
