package com.example.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The host's own entity, in a table its own Flyway migration creates. */
@Entity
@Table(name = "portal_note")
public class PortalNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String text;

    protected PortalNote() {}

    public PortalNote(String text) {
        this.text = text;
    }

    public String getText() {
        return text;
    }
}
