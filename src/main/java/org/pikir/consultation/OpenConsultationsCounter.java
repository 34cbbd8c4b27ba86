package org.pikir.consultation;

import java.util.Map;
import org.pikir.country.CountryCode;
import org.pikir.country.ParticipationCounter;
import org.pikir.country.ParticipationKind;
import org.springframework.stereotype.Component;

/** Front-page count: consultations open for comments right now, per country. */
@Component
class OpenConsultationsCounter implements ParticipationCounter {

    private final ConsultationQueries queries;

    OpenConsultationsCounter(ConsultationQueries queries) {
        this.queries = queries;
    }

    @Override
    public ParticipationKind kind() {
        return ParticipationKind.OPEN_CONSULTATIONS;
    }

    @Override
    public Map<CountryCode, Long> countByCountry() {
        return queries.openPerCountry();
    }
}
