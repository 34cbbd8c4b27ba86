package org.pikir.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.pikir.country.CountryCode;
import org.pikir.shared.i18n.UiLanguage;

/** A person's account. Officials are bound to one agency; moderators to one country. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String passwordHash;
    private String displayName;

    @Column(columnDefinition = "bpchar(2)")
    private String residenceCountry;

    @Column(columnDefinition = "bpchar(2)")
    private String citizenship;

    private String preferredLanguage;

    @Enumerated(EnumType.STRING)
    private NameDisplay nameDisplay = NameDisplay.INITIALS;

    @Enumerated(EnumType.STRING)
    private Verification verification = Verification.UNVERIFIED;

    private Instant verifiedAt;
    private String verifiedBy;
    private Long agencyId;

    @Enumerated(EnumType.STRING)
    @Column(columnDefinition = "bpchar(2)")
    private CountryCode moderatorCountry;

    private String oidcSubject;
    private boolean enabled = true;
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected UserAccount() {}

    UserAccount(
            String email,
            String passwordHash,
            String displayName,
            String residenceCountry,
            String citizenship,
            UiLanguage language,
            Instant createdAt) {
        this.email = email;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.residenceCountry = residenceCountry;
        this.citizenship = citizenship;
        this.preferredLanguage = language.code();
        this.createdAt = createdAt;
        this.roles.add(Role.CITIZEN);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getResidenceCountry() {
        return residenceCountry;
    }

    public String getCitizenship() {
        return citizenship;
    }

    public UiLanguage getPreferredLanguage() {
        return UiLanguage.fromCode(preferredLanguage).orElse(UiLanguage.FALLBACK);
    }

    void updateProfile(String displayName, String residenceCountry, String citizenship, UiLanguage language) {
        this.displayName = displayName;
        this.residenceCountry = residenceCountry;
        this.citizenship = citizenship;
        this.preferredLanguage = language.code();
    }

    /** How the name appears on public comments. */
    public NameDisplay getNameDisplay() {
        return nameDisplay == null ? NameDisplay.INITIALS : nameDisplay;
    }

    void setNameDisplay(NameDisplay nameDisplay) {
        this.nameDisplay = nameDisplay;
    }

    void setPreferredLanguage(UiLanguage language) {
        this.preferredLanguage = language.code();
    }

    public Verification getVerification() {
        return verification;
    }

    public boolean isVerified() {
        return verification == Verification.VERIFIED;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    void markVerified(Instant at, String by) {
        this.verification = Verification.VERIFIED;
        this.verifiedAt = at;
        this.verifiedBy = by;
    }

    void markUnverified() {
        this.verification = Verification.UNVERIFIED;
        this.verifiedAt = null;
        this.verifiedBy = null;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public CountryCode getModeratorCountry() {
        return moderatorCountry;
    }

    void assignRoles(Set<Role> roles, Long agencyId, CountryCode moderatorCountry) {
        this.roles.clear();
        this.roles.addAll(roles);
        this.agencyId = roles.contains(Role.OFFICIAL) ? agencyId : null;
        this.moderatorCountry = roles.contains(Role.MODERATOR) ? moderatorCountry : null;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    String getOidcSubject() {
        return oidcSubject;
    }

    void linkOidcSubject(String subject) {
        this.oidcSubject = subject;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
