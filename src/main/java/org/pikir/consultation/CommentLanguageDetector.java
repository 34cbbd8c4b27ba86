package org.pikir.consultation;

/**
 * Tags a comment with its language (ISO 639-1 code, or "und" when unsure). The analysis module replaces the
 * placeholder by providing its own bean of this type.
 */
public interface CommentLanguageDetector {

    String UNDETERMINED = "und";

    String detect(String text);
}
