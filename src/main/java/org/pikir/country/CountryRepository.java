package org.pikir.country;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CountryRepository extends JpaRepository<Country, CountryCode> {

    List<Country> findAllByOrderBySortOrder();
}
