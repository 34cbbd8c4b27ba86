package org.pikir.appeal;

import java.util.EnumMap;
import java.util.Map;
import org.pikir.country.CountryCode;
import org.pikir.country.ParticipationCounter;
import org.pikir.country.ParticipationKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The front page's appeal count per country: all appeals ever registered (a count, no personal data). */
@Component
class AppealParticipationCounter implements ParticipationCounter {

    private final AppealRepository appeals;

    AppealParticipationCounter(AppealRepository appeals) {
        this.appeals = appeals;
    }

    @Override
    public ParticipationKind kind() {
        return ParticipationKind.APPEALS;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<CountryCode, Long> countByCountry() {
        Map<CountryCode, Long> counts = new EnumMap<>(CountryCode.class);
        for (Object[] row : appeals.countPerCountry()) {
            counts.put((CountryCode) row[0], (Long) row[1]);
        }
        return counts;
    }
}
