package org.tilmash.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Gathers translations that arrive one by one in id order (Joomla rows, WXR items) into their groups, handing each
 * group over as soon as its last member arrives: memory holds only groups still incomplete, not the whole site.
 */
final class Grouping<T> {

    private final Map<Long, String> groupOf;
    private final Map<String, Integer> sizes = new HashMap<>();
    private final Map<String, List<T>> pending = new HashMap<>();
    private final Consumer<List<T>> sink;

    /** {@code groupOf}: the group of each member that has translations; members not in it are groups of their own. */
    Grouping(Map<Long, String> groupOf, Consumer<List<T>> sink) {
        this.groupOf = groupOf;
        this.sink = sink;
        groupOf.values().forEach(group -> sizes.merge(group, 1, Integer::sum));
    }

    void add(long id, T member) {
        String group = groupOf.get(id);
        if (group == null || sizes.get(group) == 1) {
            sink.accept(List.of(member));
            return;
        }
        List<T> members = pending.computeIfAbsent(group, key -> new ArrayList<>());
        members.add(member);
        if (members.size() == sizes.get(group)) {
            pending.remove(group);
            sink.accept(members);
        }
    }

    /** Hands over the groups some of whose members never came (filtered out, or missing from the source). */
    void finish() {
        pending.values().forEach(sink);
        pending.clear();
    }
}
