package org.pikir.petition;

import java.util.EnumMap;
import java.util.Map;
import org.pikir.country.CountryCode;
import org.pikir.country.ParticipationCounter;
import org.pikir.country.ParticipationKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Open petitions (collecting signatures or awaiting the response) per country, for the front page. */
@Component
class PetitionParticipationCounter implements ParticipationCounter {

    private final PetitionQueries queries;

    PetitionParticipationCounter(PetitionQueries queries) {
        this.queries = queries;
    }

    @Override
    public ParticipationKind kind() {
        return ParticipationKind.PETITIONS;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CountryCode, Long> countByCountry() {
        Map<CountryCode, Long> counts = new EnumMap<>(CountryCode.class);
        for (Object[] row : queries.openPerCountry()) {
            CountryCode.parse((String) row[0]).ifPresent(c -> counts.put(c, (Long) row[1]));
        }
        return counts;
    }
}
