package org.pikir.shared;

/**
 * The thing does not exist or the caller may not know that it exists. Services throw this instead of an
 * access error where revealing existence would leak information (appeals, unpublished drafts).
 */
public class NotFoundException extends DomainException {

    public NotFoundException() {
        super("error.notFound");
    }
}
