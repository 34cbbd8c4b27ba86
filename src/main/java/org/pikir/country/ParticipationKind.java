package org.pikir.country;

/** The activities counted on the front page's country cards. */
public enum ParticipationKind {
    OPEN_CONSULTATIONS("openConsultations"),
    APPEALS("appeals"),
    PETITIONS("petitions");

    private final String key;

    ParticipationKind(String key) {
        this.key = key;
    }

    /** Suffix of the translation key that labels this count. */
    public String key() {
        return key;
    }
}
