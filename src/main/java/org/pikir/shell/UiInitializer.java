package org.pikir.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Chooses the language of every new UI (see {@link UiLanguageChoice}). */
@Component
class UiInitializer implements VaadinServiceInitListener {

    private final UiLanguageChoice languages;

    UiInitializer(UiLanguageChoice languages) {
        this.languages = languages;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init ->
                        UiPreferences.applyLanguage(init.getUI(), languages.of(VaadinService.getCurrentRequest())));
    }
}
