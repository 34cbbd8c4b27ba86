package org.pikir.consideration.ui;

import java.util.List;
import org.pikir.consideration.ConsiderationQueries;
import org.pikir.shared.web.RecordRoute;
import org.springframework.stereotype.Component;

/** A consideration report's page answers 404 until its consultation has closed, as the view shows. */
@Component
class ReportRecordRoute implements RecordRoute {

    private final ConsiderationQueries queries;

    ReportRecordRoute(ConsiderationQueries queries) {
        this.queries = queries;
    }

    @Override
    public List<Class<?>> views() {
        return List.of(ReportView.class);
    }

    @Override
    public String parameter() {
        return "draftId";
    }

    @Override
    public boolean exists(long id) {
        return queries.reportAvailable(id);
    }
}
