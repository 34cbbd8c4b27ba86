package org.pikir.country;

import java.util.Map;

/**
 * Implemented by a feature module (consultations, appeals, petitions) to contribute its live count per
 * country to the front page. Countries missing from the map count as zero.
 */
public interface ParticipationCounter {

    ParticipationKind kind();

    Map<CountryCode, Long> countByCountry();
}
