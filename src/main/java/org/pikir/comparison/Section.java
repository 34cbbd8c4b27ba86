package org.pikir.comparison;

/** Groups of rows in the comparison table. */
public enum Section {
    PARTICIPATION("comparison.section.participation"),
    CONSIDERATION("comparison.section.consideration"),
    APPEALS("comparison.section.appeals"),
    PETITIONS("comparison.section.petitions"),
    LANGUAGES("comparison.section.languages");

    private final String labelKey;

    Section(String labelKey) {
        this.labelKey = labelKey;
    }

    public String labelKey() {
        return labelKey;
    }
}
