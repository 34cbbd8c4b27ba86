package org.pikir.country;

import org.springframework.data.jpa.repository.JpaRepository;

interface CountryRulesRepository extends JpaRepository<CountryRules, CountryCode> {}
