package org.pikir.country;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarExceptionRepository extends JpaRepository<CalendarException, CalendarException.Key> {

    List<CalendarException> findByKeyCountryOrderByKeyDay(CountryCode country);

    List<CalendarException> findByKeyCountryAndKeyDayBetweenOrderByKeyDay(
            CountryCode country, LocalDate from, LocalDate to);
}
