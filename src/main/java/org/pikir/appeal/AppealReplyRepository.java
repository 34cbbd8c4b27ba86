package org.pikir.appeal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppealReplyRepository extends JpaRepository<AppealReply, Long> {

    List<AppealReply> findByAppealIdOrderByCreatedAtAscIdAsc(long appealId);

    Optional<AppealReply> findFirstByAppealIdOrderByCreatedAtDescIdDesc(long appealId);
}
