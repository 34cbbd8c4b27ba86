package org.pikir.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DraftLawRepository extends JpaRepository<DraftLaw, Long> {

    List<DraftLaw> findByStatusAndClosesAtLessThanEqual(DraftStatus status, java.time.Instant now);
}

interface DraftVersionRepository extends JpaRepository<DraftVersion, Long> {

    Optional<DraftVersion> findByDraftIdAndNumber(long draftId, int number);

    List<DraftVersion> findByDraftIdOrderByNumber(long draftId);
}

interface CommentRepository extends JpaRepository<ConsultationComment, Long> {

    List<ConsultationComment> findByAuthorIdAndSubmissionId(long authorId, java.util.UUID submissionId);
}
