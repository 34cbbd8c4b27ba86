package org.pikir.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/** One of the five countries with its reference figures (UN E-Government Survey, population). */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "bpchar(2)")
    private CountryCode code;

    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String timeZone;
    private String officialLanguages;
    private long population;
    private LocalDate populationAsOf;
    private String populationSource;

    @Column(name = "egdi_2012")
    private BigDecimal egdi2012;

    @Column(name = "egdi_2022")
    private BigDecimal egdi2022;

    @Column(name = "egdi_rank_2022")
    private int egdiRank2022;

    @Column(name = "epart_2012")
    private BigDecimal epart2012;

    @Column(name = "epart_2022")
    private BigDecimal epart2022;

    @Column(name = "epart_rank_2022")
    private int epartRank2022;

    private BigDecimal internetUsersPct;
    private String internetUsersNote;
    private int sortOrder;

    protected Country() {}

    public CountryCode getCode() {
        return code;
    }

    public LocalizedName getName() {
        return new LocalizedName(nameKk, nameRu, nameEn);
    }

    public ZoneId getZone() {
        return ZoneId.of(timeZone);
    }

    public List<String> getOfficialLanguages() {
        return Arrays.stream(officialLanguages.split(",")).map(String::strip).toList();
    }

    public long getPopulation() {
        return population;
    }

    public LocalDate getPopulationAsOf() {
        return populationAsOf;
    }

    public String getPopulationSource() {
        return populationSource;
    }

    public BigDecimal getEgdi2012() {
        return egdi2012;
    }

    public BigDecimal getEgdi2022() {
        return egdi2022;
    }

    public int getEgdiRank2022() {
        return egdiRank2022;
    }

    public BigDecimal getEpart2012() {
        return epart2012;
    }

    public BigDecimal getEpart2022() {
        return epart2022;
    }

    public int getEpartRank2022() {
        return epartRank2022;
    }

    public BigDecimal getInternetUsersPct() {
        return internetUsersPct;
    }

    public String getInternetUsersNote() {
        return internetUsersNote;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
