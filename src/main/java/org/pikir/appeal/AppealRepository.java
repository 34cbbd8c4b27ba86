package org.pikir.appeal;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AppealRepository extends JpaRepository<Appeal, Long>, JpaSpecificationExecutor<Appeal> {

    Page<Appeal> findByAuthorId(long authorId, Pageable pageable);

    long countByAuthorId(long authorId);

    List<Appeal> findByAuthorIdAndSubmissionId(long authorId, java.util.UUID submissionId);

    @Query("select a.country, count(a) from Appeal a group by a.country")
    List<Object[]> countPerCountry();

    List<Appeal> findByIdInAndAgencyId(java.util.Collection<Long> ids, long agencyId);

    @Query("select a.number from Appeal a where a.id = :id")
    String numberOf(long id);
}
