package org.pikir.appeal.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Span;

/** An error line for inputs that have no error slot of their own (the upload), usable with Feedback. */
class FieldMessage extends Span implements HasValidation {

    private String errorMessage;
    private boolean invalid;

    FieldMessage(String id) {
        setId(id);
        addClassName("pikir-overdue");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return errorMessage;
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
