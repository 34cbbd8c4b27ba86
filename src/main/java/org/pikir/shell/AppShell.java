package org.pikir.shell;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: theme, own styles, server push for background progress. Not Lumo's utility sheet: the few
 * utility classes the views use are in styles/pikir.css (ShellStylesTest keeps them in step).
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/pikir.css")
@Meta(name = "description", content = "Pikir: e-participation and citizen appeals for Central Asia")
@Push
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Pikir");
    }
}
