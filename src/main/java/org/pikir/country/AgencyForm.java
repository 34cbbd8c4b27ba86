package org.pikir.country;

/**
 * An agency as entered in the admin form. {@code parentId} is optional (a department under a ministry);
 * field names double as form field keys for error messages.
 */
public record AgencyForm(
        CountryCode country, String code, AgencyKind kind, String nameKk, String nameRu, String nameEn, Long parentId) {

    /** The current values of an agency, for editing. */
    public static AgencyForm of(Agency agency) {
        LocalizedName name = agency.getName();
        return new AgencyForm(
                agency.getCountry(),
                agency.getCode(),
                agency.getKind(),
                name.kk(),
                name.ru(),
                name.en(),
                agency.getParentId());
    }
}
