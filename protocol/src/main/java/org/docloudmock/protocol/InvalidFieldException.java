package org.docloudmock.protocol;

/**
 * A request field that breaks a DO rule. Services answer it with a 400 problem naming {@link #field()}.
 */
public class InvalidFieldException extends IllegalArgumentException {

    private final String field;

    public InvalidFieldException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 2);
    }
}
