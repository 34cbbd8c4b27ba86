package org.pikir.appeal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AppealEventRepository extends JpaRepository<AppealEvent, Long> {

    List<AppealEvent> findByAppealIdOrderByAtAscIdAsc(long appealId);

    boolean existsByAppealIdAndAgencyId(long appealId, long agencyId);
}
