package org.pikir.country;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to countries and their agencies; public reference data, open to everyone. */
@Service
@Transactional(readOnly = true)
public class CountryService {

    private final CountryRepository countries;
    private final AgencyRepository agencies;

    CountryService(CountryRepository countries, AgencyRepository agencies) {
        this.countries = countries;
        this.agencies = agencies;
    }

    /** The five countries in display order. */
    public List<Country> countries() {
        return countries.findAllByOrderBySortOrder();
    }

    /** One country by code. */
    public Optional<Country> country(CountryCode code) {
        return countries.findById(code);
    }

    /** Active agencies of a country. */
    public List<Agency> agencies(CountryCode country) {
        return agencies.findByCountryAndActiveTrueOrderByNameEn(country);
    }

    /** One agency by id. */
    public Optional<Agency> agency(long id) {
        return agencies.findById(id);
    }

    /** Agencies matching a text in any of the three languages (or the code), optionally in one country. */
    public Page<Agency> searchAgencies(CountryCode country, String text, boolean activeOnly, Pageable pageable) {
        String like = text == null || text.isBlank() ? "" : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
        return agencies.search(country, like, activeOnly, pageable);
    }
}
