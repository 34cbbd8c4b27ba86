package org.pikir.search.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.pikir.search.SearchRecords.RebuildStatus;
import org.pikir.search.SearchRecords.Subscription;
import org.pikir.search.SearchService;

/**
 * Administrators' "rebuild the index" action. The rebuild runs in the background; its progress is pushed to this
 * panel (server push) while it is attached, so the page stays usable and a long rebuild never blocks the UI thread.
 */
class RebuildPanel extends Div {

    private final SearchService search;
    private final Button start;
    private final ProgressBar progress = new ProgressBar(0, 100);
    private final Span status = new Span();
    private Subscription subscription;

    RebuildPanel(SearchService search) {
        this.search = search;
        addClassName("search-admin");
        add(new H2(getTranslation("search.admin.title")));
        start = new Button(getTranslation("search.rebuild"), e -> show(search.startRebuild()));
        start.setId("search-rebuild");
        progress.setWidth("16em");
        progress.getElement().setAttribute("aria-label", getTranslation("search.rebuild"));
        progress.setVisible(false);
        status.setId("search-rebuild-status");
        status.getElement().setAttribute("role", "status");
        add(start, progress, status);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = search.onRebuildProgress(s -> {
            try {
                ui.access(() -> show(s));
            } catch (UIDetachedException e) {
                // the page was closed while a rebuild runs; nothing to show
            }
        });
        show(search.rebuildStatus());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    private void show(RebuildStatus s) {
        start.setEnabled(!s.running());
        progress.setVisible(s.running());
        progress.setIndeterminate(s.phase() == RebuildStatus.Phase.COLLECTING);
        progress.setValue(s.percent());
        status.setText(
                switch (s.phase()) {
                    case IDLE -> "";
                    case COLLECTING -> getTranslation("search.rebuild.collecting", s.done());
                    case INDEXING -> getTranslation("search.rebuild.indexing", s.percent());
                    case DONE -> getTranslation("search.rebuild.done", s.total());
                    case FAILED -> getTranslation("search.rebuild.failed");
                });
    }
}
