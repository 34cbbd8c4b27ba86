package org.pikir.country;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A public holiday (HOLIDAY) or a weekend day moved to be a working day (WORKDAY) in one country. */
@Entity
@Table(name = "calendar_exception")
public class CalendarException {

    /** Country and day identify an exception: a day is either a holiday or a moved working day. */
    @Embeddable
    public record Key(
            @Enumerated(EnumType.STRING) @Column(name = "country_code", columnDefinition = "bpchar(2)")
            CountryCode country,

            @Column(name = "day") LocalDate day)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    private CalendarDayKind kind;

    private String nameKk;
    private String nameRu;
    private String nameEn;

    protected CalendarException() {}

    CalendarException(CountryCode country, LocalDate day, CalendarDayKind kind, LocalizedName name) {
        this.key = new Key(country, day);
        this.kind = kind;
        this.nameKk = name.kk();
        this.nameRu = name.ru();
        this.nameEn = name.en();
    }

    public CountryCode getCountry() {
        return key.country();
    }

    public LocalDate getDay() {
        return key.day();
    }

    public CalendarDayKind getKind() {
        return kind;
    }

    public LocalizedName getName() {
        return new LocalizedName(nameKk, nameRu, nameEn);
    }
}
