package org.pikir.country;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AgencyRepository extends JpaRepository<Agency, Long> {

    List<Agency> findByCountryAndActiveTrueOrderByNameEn(CountryCode country);

    Optional<Agency> findByCountryAndCode(CountryCode country, String code);

    @Query("""
            select a from Agency a
            where (:country is null or a.country = :country)
              and (:activeOnly = false or a.active = true)
              and (:text = '' or lower(a.nameKk) like :text escape '\\' or lower(a.nameRu) like :text escape '\\'
                   or lower(a.nameEn) like :text escape '\\' or lower(a.code) like :text escape '\\')
            """)
    Page<Agency> search(
            @Param("country") CountryCode country,
            @Param("text") String likeText,
            @Param("activeOnly") boolean activeOnly,
            Pageable pageable);
}
