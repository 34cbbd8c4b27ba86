package org.pikir.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Persists a {@link LanguageCode} as its code ("kk", …, "und"); a row with an unknown code reads as {@code UND}. */
@Converter(autoApply = true)
public class LanguageCodeConverter implements AttributeConverter<LanguageCode, String> {

    @Override
    public String convertToDatabaseColumn(LanguageCode language) {
        return language == null ? null : language.code();
    }

    @Override
    public LanguageCode convertToEntityAttribute(String code) {
        return code == null ? null : LanguageCode.parse(code).orElse(LanguageCode.UND);
    }
}
