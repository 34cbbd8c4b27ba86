package org.pikir.appeal;

import java.util.List;
import org.pikir.country.CountryCode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublicAnswerRepository extends JpaRepository<PublicAnswer, Long> {

    @Query("""
            select a from PublicAnswer a
            where a.status = org.pikir.appeal.PublicAnswerStatus.PUBLISHED and a.country = :country
              and (:agency is null or a.agencyId = :agency)
            order by a.publishedAt desc, a.id desc""")
    List<PublicAnswer> published(CountryCode country, Long agency, Pageable page);

    @Query("""
            select count(a) from PublicAnswer a
            where a.status = org.pikir.appeal.PublicAnswerStatus.PUBLISHED and a.country = :country
              and (:agency is null or a.agencyId = :agency)""")
    long countPublished(CountryCode country, Long agency);

    @Query("select a from PublicAnswer a where a.agencyId = :agency order by a.updatedAt desc, a.id desc")
    List<PublicAnswer> ofAgency(long agency, Pageable page);
}
