package org.pikir.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The statutory participation rules of one country: appeal period, petition threshold, minimum consultation
 * period. Values are data an ADMIN maintains; see docs/decisions/002-statutory-rules.md for their sources.
 */
@Entity
@Table(name = "country_rules")
public class CountryRules {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    private CountryCode country;

    private int appealPeriod;

    @Enumerated(EnumType.STRING)
    private PeriodUnit appealPeriodUnit;

    private int appealExtensionMax;

    @Enumerated(EnumType.STRING)
    private PeriodUnit appealExtensionUnit;

    private String appealLegalBasis;
    private int petitionThreshold;
    private int petitionCollectionDays;
    private int petitionResponseDays;

    @Enumerated(EnumType.STRING)
    private PeriodUnit petitionResponseUnit;

    private boolean petitionStatutory;
    private String petitionLegalBasis;
    private int consultationMinDays;

    @Enumerated(EnumType.STRING)
    private PeriodUnit consultationMinUnit;

    private String consultationLegalBasis;

    protected CountryRules() {}

    /** Replaces every value; the caller ({@link CountryAdminService}) has validated the form. */
    void apply(CountryRulesForm form) {
        appealPeriod = form.appealPeriod();
        appealPeriodUnit = form.appealPeriodUnit();
        appealExtensionMax = form.appealExtensionMax();
        appealExtensionUnit = form.appealExtensionUnit();
        appealLegalBasis = form.appealLegalBasis().strip();
        petitionThreshold = form.petitionThreshold();
        petitionCollectionDays = form.petitionCollectionDays();
        petitionResponseDays = form.petitionResponseDays();
        petitionResponseUnit = form.petitionResponseUnit();
        petitionStatutory = form.petitionStatutory();
        petitionLegalBasis = form.petitionLegalBasis().strip();
        consultationMinDays = form.consultationMinDays();
        consultationMinUnit = form.consultationMinUnit();
        consultationLegalBasis = form.consultationLegalBasis().strip();
    }

    /** The current values as a form, for editing. */
    public CountryRulesForm toForm() {
        return new CountryRulesForm(
                appealPeriod,
                appealPeriodUnit,
                appealExtensionMax,
                appealExtensionUnit,
                appealLegalBasis,
                petitionThreshold,
                petitionCollectionDays,
                petitionResponseDays,
                petitionResponseUnit,
                petitionStatutory,
                petitionLegalBasis,
                consultationMinDays,
                consultationMinUnit,
                consultationLegalBasis);
    }

    public CountryCode getCountry() {
        return country;
    }

    public int getAppealPeriod() {
        return appealPeriod;
    }

    public PeriodUnit getAppealPeriodUnit() {
        return appealPeriodUnit;
    }

    public int getAppealExtensionMax() {
        return appealExtensionMax;
    }

    public PeriodUnit getAppealExtensionUnit() {
        return appealExtensionUnit;
    }

    public String getAppealLegalBasis() {
        return appealLegalBasis;
    }

    public int getPetitionThreshold() {
        return petitionThreshold;
    }

    public int getPetitionCollectionDays() {
        return petitionCollectionDays;
    }

    public int getPetitionResponseDays() {
        return petitionResponseDays;
    }

    public PeriodUnit getPetitionResponseUnit() {
        return petitionResponseUnit;
    }

    public boolean isPetitionStatutory() {
        return petitionStatutory;
    }

    public String getPetitionLegalBasis() {
        return petitionLegalBasis;
    }

    public int getConsultationMinDays() {
        return consultationMinDays;
    }

    public PeriodUnit getConsultationMinUnit() {
        return consultationMinUnit;
    }

    public String getConsultationLegalBasis() {
        return consultationLegalBasis;
    }
}
