package org.pikir.country;

/**
 * The editable statutory rules of one country, as entered in the admin form. Validated by
 * {@link CountryAdminService#updateRules}; field names double as form field keys for error messages.
 */
public record CountryRulesForm(
        int appealPeriod,
        PeriodUnit appealPeriodUnit,
        int appealExtensionMax,
        PeriodUnit appealExtensionUnit,
        String appealLegalBasis,
        int petitionThreshold,
        int petitionCollectionDays,
        int petitionResponseDays,
        PeriodUnit petitionResponseUnit,
        boolean petitionStatutory,
        String petitionLegalBasis,
        int consultationMinDays,
        PeriodUnit consultationMinUnit,
        String consultationLegalBasis) {}
