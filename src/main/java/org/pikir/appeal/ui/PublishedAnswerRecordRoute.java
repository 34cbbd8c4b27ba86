package org.pikir.appeal.ui;

import java.util.List;
import org.pikir.appeal.PublishedAnswers;
import org.pikir.shared.web.RecordRoute;
import org.springframework.stereotype.Component;

/** A published answer's page answers 404 unless the answer is published, as the view shows. */
@Component
class PublishedAnswerRecordRoute implements RecordRoute {

    private final PublishedAnswers answers;

    PublishedAnswerRecordRoute(PublishedAnswers answers) {
        this.answers = answers;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(PublishedAnswerView.class);
    }

    @Override
    public String parameter() {
        return "id";
    }

    @Override
    public boolean exists(long id) {
        return answers.find(id).isPresent();
    }
}
