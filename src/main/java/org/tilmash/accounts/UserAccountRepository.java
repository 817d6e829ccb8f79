package org.tilmash.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select count(u) from UserAccount u join u.roles r"
            + " where r = org.tilmash.accounts.Role.ADMIN and u.enabled = true and u.id <> :id")
    long countEnabledAdministratorsOtherThan(Long id);

    @Query("select u.username, u.displayName from UserAccount u where u.username in ?1")
    List<Object[]> displayNames(Collection<String> usernames);
}
