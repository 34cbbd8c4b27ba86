package org.pikir.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.pikir.shared.KaribuTest;
import org.pikir.shared.TestUsers;
import org.pikir.shared.i18n.UiLanguage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class RegisterViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void showsTranslatedErrorsNextToTheFieldsAndStoresNothing() {
        useLanguage("kk");
        UI.getCurrent().navigate(RegisterView.class);
        RegisterView view = _get(RegisterView.class);
        view.email.setValue("bad-address");
        view.password.setValue("short");
        view.passwordRepeat.setValue("short");
        view.displayName.setValue("A");
        ButtonKt._click(view.submit);

        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Дұрыс мекенжай енгізіңіз, мысалы name@example.kz.");
        assertThat(view.password.getErrorMessage()).isEqualTo("Құпиясөз кемінде 10 таңбадан тұруы керек.");
        assertThat(view.displayName.getErrorMessage()).isEqualTo("Кемінде 2 таңба.");
        assertThat(view.residence.getErrorMessage()).isEqualTo("Міндетті өріс.");
        assertThat(jdbc.queryForObject("select count(*) from user_account where email = 'bad-address'", Integer.class))
                .isZero();
    }

    @Test
    void registersAndGoesToSignIn() {
        UI.getCurrent().navigate(RegisterView.class);
        RegisterView view = _get(RegisterView.class);
        String email = TestUsers.uniqueEmail("ui");
        view.email.setValue(email);
        view.password.setValue("ui-pass-2026");
        view.passwordRepeat.setValue("ui-pass-2026");
        view.displayName.setValue("Ана Тест");
        view.residence.setValue("RU");
        view.citizenship.setValue("KG");
        view.language.setValue(UiLanguage.RU);
        ButtonKt._click(view.submit);

        assertThat(_get(LoginView.class)).isNotNull();
        assertThat(jdbc.queryForObject(
                        "select citizenship || residence_country || preferred_language from user_account where email = ?",
                        String.class,
                        email))
                .isEqualTo("KGRUru");
    }
}
