package org.pikir.appeal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppealAttachmentRepository extends JpaRepository<AppealAttachment, Long> {

    /** Metadata only; the content stays in the database until someone downloads it. */
    @Query("""
            select new org.pikir.appeal.AttachmentInfo(a.id, a.fileName, a.contentType, a.sizeBytes)
            from AppealAttachment a where a.appealId = :appealId order by a.id
            """)
    List<AttachmentInfo> infos(long appealId);

    Optional<AppealAttachment> findByIdAndAppealId(long id, long appealId);
}
