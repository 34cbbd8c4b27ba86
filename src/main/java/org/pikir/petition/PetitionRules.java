package org.pikir.petition;

/** The petition rules of one country (country_rules): threshold, collection and response periods. */
public record PetitionRules(
        int threshold, int collectionDays, int responseDays, boolean responseInWorkingDays, boolean statutory) {}
