package org.pikir.country.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.pikir.country.CalendarDayKind;
import org.pikir.country.CalendarException;
import org.pikir.country.CalendarExceptionForm;
import org.pikir.country.CountryAdminService;
import org.pikir.country.CountryCode;
import org.pikir.country.CountryService;
import org.pikir.country.WorkingDayCalendar;
import org.pikir.shared.DomainException;
import org.pikir.shared.InvalidInputException;
import org.pikir.shared.i18n.DateFormats;
import org.pikir.shared.ui.Feedback;

/** Holidays and moved working days of one country, per year, with add and remove. */
class CalendarExceptionsPanel extends Div {

    private final CountryService countries;
    private final CountryAdminService admin;
    private final CountryCode country;
    private final Select<Integer> year = new Select<>();
    private final Grid<CalendarException> grid = new Grid<>();
    private final DatePicker day = new DatePicker();
    private final Select<CalendarDayKind> kind = new Select<>();
    private final TextField nameKk = new TextField();
    private final TextField nameRu = new TextField();
    private final TextField nameEn = new TextField();

    CalendarExceptionsPanel(
            CountryService countries, CountryAdminService admin, WorkingDayCalendar calendar, CountryCode country) {
        this.countries = countries;
        this.admin = admin;
        this.country = country;
        setId("holidays-panel");
        add(new H2(getTranslation("country.holiday.title")));

        int thisYear = calendar.today(country).getYear();
        year.setLabel(getTranslation("country.holiday.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList());
        year.setValue(thisYear);
        year.setId("holidays-year");
        year.addValueChangeListener(e -> refresh());
        add(year);

        DateTimeFormatter dates = DateFormats.fullDate(getLocale());
        grid.addColumn(e -> e.getDay().format(dates))
                .setHeader(getTranslation("country.holiday.day"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("country.dayKind." + e.getKind().name()))
                .setHeader(getTranslation("country.dayKind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.getName().in(getLocale())).setHeader(getTranslation("country.holiday.name"));
        grid.addComponentColumn(this::removeButton)
                .setHeader(getTranslation("action.delete"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("country.holiday.empty"));
        grid.setAriaLabel(getTranslation("country.holiday.title"));
        grid.setId("holidays-grid");
        add(grid);
        add(addForm());
        refresh();
    }

    private void refresh() {
        // At most a few dozen rows per country and year, so the list is loaded whole.
        List<CalendarException> rows =
                year.getValue() == null ? List.of() : countries.calendarExceptions(country, year.getValue());
        grid.setItems(rows);
    }

    private Div addForm() {
        day.setLabel(getTranslation("country.holiday.day"));
        day.setLocale(getLocale());
        day.setRequiredIndicatorVisible(true);
        day.setId("holiday-day");
        kind.setLabel(getTranslation("country.holiday.kind"));
        kind.setItems(CalendarDayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("country.dayKind." + k.name()));
        kind.setValue(CalendarDayKind.HOLIDAY);
        kind.setHelperText(getTranslation("country.holiday.kindHelp"));
        kind.setId("holiday-kind");
        name(nameKk, "country.holiday.nameKk", "kk", "holiday-name-kk");
        name(nameRu, "country.holiday.nameRu", "ru", "holiday-name-ru");
        name(nameEn, "country.holiday.nameEn", "en", "holiday-name-en");
        Button add = new Button(getTranslation("country.holiday.add"), VaadinIcon.PLUS.create(), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("holiday-add");
        Div box = new Div(
                new H3(getTranslation("country.holiday.addTitle")),
                new FormLayout(day, kind, nameKk, nameRu, nameEn),
                add);
        box.setId("holiday-add-form");
        return box;
    }

    private void name(TextField field, String labelKey, String lang, String id) {
        field.setLabel(getTranslation(labelKey));
        field.setRequired(true);
        field.setMaxLength(200);
        field.getElement().setAttribute("lang", lang);
        field.setId(id);
    }

    private void add() {
        try {
            admin.addCalendarException(
                    country,
                    new CalendarExceptionForm(
                            day.getValue(), kind.getValue(), nameKk.getValue(), nameRu.getValue(), nameEn.getValue()));
            Feedback.success(getTranslation("action.saved"));
            if (day.getValue() != null) {
                year.setValue(day.getValue().getYear());
            }
            day.clear();
            nameKk.clear();
            nameRu.clear();
            nameEn.clear();
            fields().values().forEach(f -> f.setInvalid(false));
            refresh();
        } catch (InvalidInputException e) {
            Feedback.showFieldErrors(this, e, fields());
        } catch (DomainException e) {
            Feedback.error(this, e);
        }
    }

    private Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("day", day);
        fields.put("kind", kind);
        fields.put("nameKk", nameKk);
        fields.put("nameRu", nameRu);
        fields.put("nameEn", nameEn);
        return fields;
    }

    private Button removeButton(CalendarException exception) {
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(exception));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(
                getTranslation("country.holiday.remove", exception.getName().in(getLocale())));
        remove.setTooltipText(getTranslation("action.delete"));
        return remove;
    }

    private void confirmRemove(CalendarException exception) {
        String text = getTranslation(
                "country.holiday.confirmRemove",
                exception.getName().in(getLocale()),
                exception.getDay().format(DateFormats.longDate(getLocale())));
        ConfirmDialog confirm =
                new ConfirmDialog(getTranslation("action.delete"), text, getTranslation("action.confirm"), ok -> {
                    try {
                        admin.removeCalendarException(country, exception.getDay());
                        Feedback.success(getTranslation("action.saved"));
                        refresh();
                    } catch (DomainException e) {
                        Feedback.error(this, e);
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("holiday-confirm-remove");
        confirm.open();
    }
}
