package org.pikir.account;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.email) = lower(:email)")
    Optional<UserAccount> findByEmail(@Param("email") String email);

    Optional<UserAccount> findByOidcSubject(String subject);

    @Query("""
            select u from UserAccount u
            where (:text = '' or lower(u.email) like :text escape '\\' or lower(u.displayName) like :text escape '\\')
            """)
    Page<UserAccount> search(@Param("text") String likeText, Pageable pageable);

    @Query("select u from UserAccount u join u.roles r where r = :role and u.agencyId = :agencyId")
    java.util.List<UserAccount> findByRoleAndAgency(@Param("role") Role role, @Param("agencyId") Long agencyId);
}
