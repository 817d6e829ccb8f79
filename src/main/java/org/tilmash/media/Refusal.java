package org.tilmash.media;

import java.util.Map;

/** Why a file was not taken, as a message key and its arguments (the file name among them). */
public record Refusal(String messageKey, Map<String, Object> arguments) {

    public Refusal {
        arguments = Map.copyOf(arguments);
    }
}
