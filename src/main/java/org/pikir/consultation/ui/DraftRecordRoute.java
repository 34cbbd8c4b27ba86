package org.pikir.consultation.ui;

import java.util.List;
import org.pikir.consultation.ConsultationQueries;
import org.pikir.shared.web.RecordRoute;
import org.springframework.stereotype.Component;

/** A draft's page and its comparison answer 404 for a draft the caller cannot see, as the views show. */
@Component
class DraftRecordRoute implements RecordRoute {

    private final ConsultationQueries queries;

    DraftRecordRoute(ConsultationQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(DraftView.class, DraftDiffView.class);
    }

    @Override
    public String parameter() {
        return "draftId";
    }

    @Override
    public boolean exists(long id) {
        return queries.isVisible(id);
    }
}
