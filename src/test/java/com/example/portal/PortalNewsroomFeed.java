package com.example.portal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tilmash.workflow.WorkflowEvents;

/** The host reacting to Tilmash's published events, as the README shows: here it only remembers them. */
@Component
public class PortalNewsroomFeed {

    private final List<WorkflowEvents.VersionPublished> published = new CopyOnWriteArrayList<>();

    @EventListener
    void on(WorkflowEvents.VersionPublished event) {
        published.add(event);
    }

    public List<WorkflowEvents.VersionPublished> published() {
        return List.copyOf(published);
    }
}
