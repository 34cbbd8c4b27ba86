package org.pikir.search;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SearchDocumentRepository extends JpaRepository<SearchDocument, Long> {

    Optional<SearchDocument> findByKindAndRefId(String kind, String refId);

    List<SearchDocument> findByGroupRef(String groupRef);
}
