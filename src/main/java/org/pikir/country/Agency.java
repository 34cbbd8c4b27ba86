package org.pikir.country;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A government body of one country that receives appeals, drafts laws or answers petitions. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    private CountryCode country;

    private String code;

    @Enumerated(EnumType.STRING)
    private AgencyKind kind;

    private String nameKk;
    private String nameRu;
    private String nameEn;
    private Long parentId;
    private boolean active = true;

    protected Agency() {}

    public Agency(CountryCode country, String code, AgencyKind kind, LocalizedName name, Long parentId) {
        this.country = country;
        this.code = code;
        this.kind = kind;
        rename(name);
        this.parentId = parentId;
    }

    /** Changes everything but the country, which stays fixed once created. */
    void change(String code, AgencyKind kind, LocalizedName name, Long parentId) {
        this.code = code;
        this.kind = kind;
        rename(name);
        this.parentId = parentId;
    }

    public void rename(LocalizedName name) {
        this.nameKk = name.kk();
        this.nameRu = name.ru();
        this.nameEn = name.en();
    }

    public Long getId() {
        return id;
    }

    public CountryCode getCountry() {
        return country;
    }

    public String getCode() {
        return code;
    }

    public AgencyKind getKind() {
        return kind;
    }

    public LocalizedName getName() {
        return new LocalizedName(nameKk, nameRu, nameEn);
    }

    public Long getParentId() {
        return parentId;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
