package org.pikir.petition;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PetitionRepository extends JpaRepository<Petition, Long> {

    List<Petition> findByAuthorIdAndSubmissionId(long authorId, java.util.UUID submissionId);

    @Query(
            "select p.id from Petition p where p.status = org.pikir.petition.PetitionStatus.COLLECTING and p.closesAt <= :now")
    List<Long> collectingEndedBy(@Param("now") Instant now);

    @Query("select p.id from Petition p where p.status = org.pikir.petition.PetitionStatus.COLLECTING")
    List<Long> collectingIds();

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Petition p where p.id = :id")
    Optional<Petition> findByIdForUpdate(@Param("id") long id);
}
